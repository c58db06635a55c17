// Long-running git processes whose stdout/stdin are streamed (cat-file, fast-export, fast-import).
// runGit buffers everything, which is fine for small commands but not for a whole history.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { GitError, scrubCredentials, spawnGit } from '@deployguard/git';
import { EXACT_GIT_ARGS, EXACT_GIT_ENV } from './exact-git';

export interface GitStream {
  child: ChildProcess;
  // Resolves when git exits with 0; rejects with a GitError whose text is scrubbed of `secrets`.
  exited: Promise<void>;
}

export function startGit(args: readonly string[], cwd: string, secrets: readonly string[] = []): GitStream {
  const child = spawnGit([...EXACT_GIT_ARGS, ...args], { cwd, env: EXACT_GIT_ENV });
  const name = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c') ?? 'git';
  const err: Buffer[] = [];
  child.stderr!.on('data', (d: Buffer) => err.push(d));
  // A child that exits early must not crash us with EPIPE; its exit code tells what happened.
  child.stdin!.on('error', () => undefined);
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', (e) => reject(new GitError(`could not start git ${name}: ${e.message}`, null, '')));
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const stderr = scrubCredentials(Buffer.concat(err).toString('utf8'), secrets);
      const detail = stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${code}`;
      reject(new GitError(`git ${name} failed: ${detail}`, code, stderr));
    });
  });
  // Callers await `exited` later; until then a rejection must not count as unhandled.
  exited.catch(() => undefined);
  return { child, exited };
}

// Writes with back-pressure: waits for 'drain' when the pipe is full.
export async function writeAll(stream: Writable, data: Buffer | string): Promise<void> {
  if (!stream.write(data)) await once(stream, 'drain');
}

export function killQuietly(stream: GitStream | undefined): void {
  if (stream && stream.child.exitCode === null) stream.child.kill('SIGTERM');
}
