// simple-git for the porcelain commands (clone, push, ref listing, config), started
// with the same hardened invocation as runGit: SAFE_GIT_SETTINGS first, gitEnv() as the whole
// environment, no prompts, a time limit, stderr scrubbed before it becomes an error. Plumbing
// (rev-parse, cat-file --batch, fast-export/import) stays on runGit and spawnGit.
//
// simple-git refuses, by default, any command line that sets a program-naming key or passes a
// GIT_* variable — which is exactly how our invocation switches those programs off (hooksPath
// /dev/null, askPass empty, gpg.program false, our one-shot credential helper, …). Every command
// line here is built by this library from validated input (URLs and refs after `--`), so the
// categories we set ourselves are allowed, and nothing a repository says reaches a command line.
import type { SimpleGit, SimpleGitOptions } from 'simple-git';
import { gitEnv, SAFE_GIT_SETTINGS } from './git-invocation';
import { GitError, type GitOptions, type GitResult } from './git.runner';
import { scrubCredentials } from './scrub.util';

// The simple-git checks our own settings trip, each named for the setting that trips it.
const OWN_SETTINGS: SimpleGitOptions['unsafe'] = {
  allowUnsafeHooksPath: true, // core.hooksPath=/dev/null
  allowUnsafeFsMonitor: true, // core.fsmonitor=false
  allowUnsafeSshCommand: true, // core.sshCommand=ssh, GIT_SSH_COMMAND (BatchMode, our known_hosts)
  allowUnsafeAskPass: true, // core.askPass=, GIT_ASKPASS=, SSH_ASKPASS=
  allowUnsafePager: true, // core.pager=cat, GIT_PAGER=cat
  allowUnsafeEditor: true, // GIT_EDITOR=:
  allowUnsafeGpgProgram: true, // gpg.*.program=false
  allowUnsafeCredentialHelper: true, // credential.helper= (cleared), then our one-shot helper
  allowUnsafeProtocolOverride: true, // protocol.*.allow: only the transports the URL policy allows
  allowUnsafePack: true, // push --receive-pack=git-receive-pack (not one the repository names)
  // The operator's own GIT_CONFIG_GLOBAL / GIT_CONFIG_COUNT…, passed on as runGit does; our -c
  // settings are read after them.
  allowUnsafeConfigPaths: true,
  allowUnsafeConfigEnvCount: true,
};

export type PorcelainOptions = Pick<
  GitOptions,
  'cwd' | 'env' | 'timeoutMs' | 'secrets' | 'okCodes' | 'signal'
>;

/** `-c key=value` argv words (as credentials.ts and remote-failure.ts build them) → `key=value` settings. */
export function settingsOf(configArgs: readonly string[]): string[] {
  return configArgs.filter((_, i) => configArgs[i - 1] === '-c');
}

/**
 * Runs `run` with a simple-git client bound to `options` and `settings` (extra `key=value`
 * settings after the safe ones). Failures become GitError (`git <command> failed: …`, `… timed
 * out after N ms`, `… was stopped`) with scrubbed stderr and git's exit code; exit codes in
 * `okCodes` are not failures.
 */
export async function withPorcelain<T>(
  command: string,
  options: PorcelainOptions,
  run: (git: SimpleGit) => Promise<T>,
  settings: readonly string[] = [],
): Promise<T> {
  return (await porcelain(command, options, run, settings)).value;
}

/**
 * `git <args>` through simple-git's raw(), with withPorcelain's invocation and errors; resolves
 * like runGit (stdout, scrubbed stderr, exit code) for commands whose exit code says something.
 */
export async function porcelainRaw(
  args: readonly string[],
  options: PorcelainOptions,
  settings: readonly string[] = [],
): Promise<GitResult> {
  const { value, code, stderr } = await porcelain(args[0], options, (git) => git.raw([...args]), settings);
  return { stdout: Buffer.from(value, 'utf8'), stderr, code };
}

async function porcelain<T>(
  command: string,
  options: PorcelainOptions,
  run: (git: SimpleGit) => Promise<T>,
  settings: readonly string[],
): Promise<{ value: T; code: number; stderr: string }> {
  // Loaded on first use: the CLI's hot paths (a pre-commit hook) need no porcelain command.
  const { simpleGit } = await import('simple-git');
  const env = gitEnv(options.env);
  const timeout = options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : undefined;
  const signals = [options.signal, timeout].filter((s): s is AbortSignal => s !== undefined);
  let exitCode: number | null = null;
  let stderr = '';
  const client = (): SimpleGit =>
    simpleGit({
      baseDir: options.cwd,
      binary: 'git',
      config: [...SAFE_GIT_SETTINGS, ...settings],
      unsafe: OWN_SETTINGS,
      // The environment is ours (gitEnv): every GIT_* variable in it is meant, the ambient ones too.
      allowEnvironment: Object.keys(env),
      ...(signals.length > 0 ? { abort: AbortSignal.any(signals) } : {}),
      errors: (error, result) => {
        exitCode = result.exitCode;
        stderr = scrubCredentials(Buffer.concat(result.stdErr).toString('utf8'), options.secrets);
        return options.okCodes?.includes(result.exitCode) ? undefined : error;
      },
    }).env(env);
  try {
    // simple-git throws at once when `cwd` does not exist: a failure like any other
    const value = await run(client());
    return { value, code: exitCode ?? 0, stderr };
  } catch (e) {
    if (timeout?.aborted)
      throw new GitError(`git ${command} timed out after ${options.timeoutMs} ms`, exitCode, stderr);
    if (options.signal?.aborted) throw new GitError(`git ${command} was stopped`, exitCode, stderr);
    if (exitCode === null) {
      // git did not start (or simple-git refused the command line): no stderr to show.
      const reason = scrubCredentials(e instanceof Error ? e.message : String(e), options.secrets);
      throw new GitError(`could not start git: ${reason}`, null, '');
    }
    const detail = stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${exitCode}`;
    throw new GitError(`git ${command} failed: ${detail}`, exitCode, stderr);
  }
}
