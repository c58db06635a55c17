// How a clean runs git so that what it rewrites is exactly what every clone holds, whatever the
// user's configuration: the real objects rather than their `git replace` stand-ins
// (REAL_OBJECTS_ENV), and paths as bytes (a macOS/Windows clone has core.ignoreCase=true, with
// which fast-import merges `README.md` and `readme.md` into one entry; core.precomposeUnicode
// would rename decomposed paths).
import { REAL_OBJECTS_ENV, runGit, type GitOptions, type GitResult } from '@deployguard/git';

export const EXACT_GIT_ARGS: readonly string[] = [
  '-c',
  'core.ignoreCase=false',
  '-c',
  'core.precomposeUnicode=false',
];
export const EXACT_GIT_ENV = REAL_OBJECTS_ENV;

/** runGit with the clean's exact settings in front of `args`; same results and errors. */
export function runExactGit(args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  return runGit([...EXACT_GIT_ARGS, ...args], { ...options, env: { ...EXACT_GIT_ENV, ...options.env } });
}
