// Where DeployGuard is installed: the directory of the package.json nearest above this file, from
// tsc's output (dist/libs/detect/src/), the CLI's bundle (dist/cli/) and the sources alike.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let root: string | null | undefined;

/** The package's root directory, or null when no package.json lies above this file. */
export function packageRoot(): string | null {
  if (root !== undefined) return root;
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(join(dir, 'package.json'))) return (root = dir);
  return (root = null);
}
