// Every git process DeployGuard starts goes through here, with the safe invocation of
// git-invocation.ts (nothing the repository names runs), bounded run time, and stderr scrubbed
// of credentials before it can become an error message.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { filterOverrides, gitEnv, producesDiffs, runsFilters, SAFE_GIT_CONFIG } from './git-invocation';
import { scrubCredentials } from './scrub.util';

export interface GitOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  // Values (tokens, passwords) to remove from any error text, on top of URL user-info.
  secrets?: readonly string[];
  // Exit codes that are not errors (e.g. 1 for `git diff --quiet`).
  okCodes?: readonly number[];
  // Stops git (SIGTERM) when aborted, e.g. by a size watchdog or a cancelled job.
  signal?: AbortSignal;
}

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

export class GitError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

/**
 * Starts git with the safe invocation (git-invocation.ts) in front of `args`. Synchronous, so it
 * cannot look up filter drivers: commands that may run filters must go through runGit.
 */
export function spawnGit(args: readonly string[], options: GitOptions & SpawnOptions = {}): ChildProcess {
  if (runsFilters(commandName(args)))
    throw new Error(`git ${commandName(args)} may run filter drivers: start it with runGit`);
  return startGit(args, [], options);
}

function startGit(
  args: readonly string[],
  overrides: readonly string[],
  options: GitOptions & SpawnOptions,
): ChildProcess {
  const { cwd, env, input: _input, timeoutMs: _t, secrets: _s, okCodes: _o, ...rest } = options;
  return spawn('git', ['--no-pager', ...SAFE_GIT_CONFIG, ...overrides, ...withDiffGuards(args)], {
    cwd,
    env: gitEnv(env),
    stdio: ['pipe', 'pipe', 'pipe'],
    ...rest,
  });
}

// Where the sub-command is in `args`: `git -c a=b push …` is "push".
function commandIndex(args: readonly string[]): number {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-c' || args[i] === '-C') i++;
    else if (!args[i].startsWith('-')) return i;
  }
  return -1;
}

function commandName(args: readonly string[]): string {
  const i = commandIndex(args);
  return i < 0 ? (args[0] ?? 'git') : args[i];
}

// Diff-producing commands never run an external diff or textconv program named by the repository.
function withDiffGuards(args: readonly string[]): readonly string[] {
  const i = commandIndex(args);
  if (i < 0 || !producesDiffs(args[i])) return args;
  return [...args.slice(0, i + 1), '--no-ext-diff', '--no-textconv', ...args.slice(i + 1)];
}

export async function runGit(args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  const name = commandName(args);
  const overrides = runsFilters(name) ? await filterOverrides(options.cwd) : [];
  return new Promise((resolve, reject) => {
    const child = startGit(args, overrides, options);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      fn();
    };
    const stderrText = () => scrubCredentials(Buffer.concat(err).toString('utf8'), options.secrets);
    // SIGTERM first: git then removes its lock files and temporary packs and stops its own
    // children (remote helpers, pack-objects); SIGKILL if it does not go away.
    const timer = options.timeoutMs
      ? setTimeout(() => {
          child.kill('SIGTERM');
          killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
          // 'exit' rather than 'close': a stuck grandchild may keep the pipes open.
          child.once('exit', (code) => {
            // Release pipes a surviving grandchild may still hold, so nothing keeps us waiting.
            child.stdout?.destroy();
            child.stderr?.destroy();
            settle(() =>
              reject(new GitError(`git ${name} timed out after ${options.timeoutMs} ms`, code, stderrText())),
            );
          });
        }, options.timeoutMs)
      : undefined;
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) =>
      settle(() =>
        reject(
          e.name === 'AbortError'
            ? new GitError(`git ${name} was stopped`, null, stderrText())
            : new GitError(`could not start git: ${e.message}`, null, ''),
        ),
      ),
    );
    child.on('close', (code) =>
      settle(() => {
        const stderr = stderrText();
        const result = { stdout: Buffer.concat(out), stderr, code: code ?? -1 };
        if (code === 0 || (code !== null && options.okCodes?.includes(code))) {
          resolve(result);
        } else {
          const detail = stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${code}`;
          reject(new GitError(`git ${name} failed: ${detail}`, code, stderr));
        }
      }),
    );
    // A child that exits without reading its input must not crash us with EPIPE.
    child.stdin!.on('error', () => undefined);
    if (options.input !== undefined) child.stdin!.end(options.input);
    else child.stdin!.end();
  });
}

export async function gitText(args: readonly string[], options: GitOptions = {}): Promise<string> {
  return (await runGit(args, options)).stdout.toString('utf8');
}
