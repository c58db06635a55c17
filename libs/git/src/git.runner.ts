// Every git process DeployGuard starts goes through here: hooks disabled, no prompts, no pager,
// bounded run time, and stderr scrubbed of credentials before it can become an error message.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
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

const SAFE_CONFIG = [
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'core.fsmonitor=false',
  '-c', 'core.quotePath=false',
  '-c', 'submodule.recurse=false',
  '-c', 'protocol.ext.allow=never',
  '-c', 'credential.interactive=false',
];

export function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: process.env.GIT_ASKPASS ?? '',
    SSH_ASKPASS: '',
    GCM_INTERACTIVE: 'never',
    GIT_PAGER: 'cat',
    LC_ALL: 'C',
    ...extra,
  };
}

export function spawnGit(args: readonly string[], options: GitOptions & SpawnOptions = {}): ChildProcess {
  const { cwd, env, input: _input, timeoutMs: _t, secrets: _s, okCodes: _o, ...rest } = options;
  return spawn('git', [...SAFE_CONFIG, ...args], {
    cwd,
    env: gitEnv(env),
    stdio: ['pipe', 'pipe', 'pipe'],
    ...rest,
  });
}

export function runGit(args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, options);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      reject(new GitError(`could not start git: ${e.message}`, null, ''));
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      const stderr = scrubCredentials(Buffer.concat(err).toString('utf8'), options.secrets);
      const result = { stdout: Buffer.concat(out), stderr, code: code ?? -1 };
      if (timedOut) {
        reject(new GitError(`git ${args[0]} timed out after ${options.timeoutMs} ms`, code, stderr));
      } else if (code === 0 || (code !== null && options.okCodes?.includes(code))) {
        resolve(result);
      } else {
        const detail = stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${code}`;
        reject(new GitError(`git ${args[0]} failed: ${detail}`, code, stderr));
      }
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
    else child.stdin!.end();
  });
}

export async function gitText(args: readonly string[], options: GitOptions = {}): Promise<string> {
  return (await runGit(args, options)).stdout.toString('utf8');
}

// The top of the work tree (or the git dir of a bare repository), or null when `path` is no repository.
export async function findRepositoryRoot(path: string): Promise<{ root: string; bare: boolean } | null> {
  try {
    const out = await gitText(['rev-parse', '--is-bare-repository', '--show-toplevel', '--absolute-git-dir'], {
      cwd: path,
    });
    const [bare, ...rest] = out.trim().split('\n');
    if (bare === 'true') return { root: rest[rest.length - 1], bare: true };
    return { root: rest[0], bare: false };
  } catch {
    return null;
  }
}
