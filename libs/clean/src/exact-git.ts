// How a clean runs git so that what it rewrites is exactly what every clone holds, whatever the
// user's configuration: the real objects rather than their `git replace` stand-ins, and paths as
// bytes (a macOS/Windows clone has core.ignoreCase=true, with which fast-import merges `README.md`
// and `readme.md` into one entry; core.precomposeUnicode would rename decomposed paths).
export const EXACT_GIT_ARGS: readonly string[] = [
  '--no-replace-objects',
  '-c',
  'core.ignoreCase=false',
  '-c',
  'core.precomposeUnicode=false',
];
