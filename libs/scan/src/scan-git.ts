// How the scan calls git: always on the real objects of this repository (REAL_OBJECTS_ENV, for
// every command). A partial clone's missing objects are reported, never fetched from its remote
// (GIT_NO_LAZY_FETCH, git >= 2.44; older git is kept from asking for blobs by packOrder).
import { REAL_OBJECTS_ENV, runGit, spawnGit, type GitOptions } from '@deployguard/git';
import type { ChildProcess, SpawnOptions } from 'node:child_process';

export const SCAN_GIT_ENV: NodeJS.ProcessEnv = { ...REAL_OBJECTS_ENV, GIT_NO_LAZY_FETCH: '1' };

/** `git <args>` in `repo` with the scan's environment; resolves to stdout bytes. Throws GitError. */
export async function scanGit(
  repo: string,
  args: readonly string[],
  options: GitOptions = {},
): Promise<Buffer> {
  return (await runGit(args, { ...options, cwd: repo, env: { ...SCAN_GIT_ENV, ...options.env } })).stdout;
}

/** Same as scanGit, decoded as UTF-8. */
export async function scanGitText(
  repo: string,
  args: readonly string[],
  options: GitOptions = {},
): Promise<string> {
  return (await scanGit(repo, args, options)).toString('utf8');
}

/** Starts `git <args>` in `repo` with the scan's environment (stdio piped unless `stdio` says). */
export function spawnScanGit(
  repo: string,
  args: readonly string[],
  { stdio }: Pick<SpawnOptions, 'stdio'> = {},
): ChildProcess {
  return spawnGit(args, { cwd: repo, env: SCAN_GIT_ENV, ...(stdio ? { stdio } : {}) });
}
