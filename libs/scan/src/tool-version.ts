// The version of DeployGuard, from the package.json above this file (in src/ or dist/ alike).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findVersion(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'deployguard' && pkg.version) return pkg.version;
    }
  }
  return '0.0.0';
}

export const TOOL_VERSION = findVersion();
