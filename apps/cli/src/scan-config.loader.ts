// The scan configuration for a repository: --config, else .deployguard.yml|yaml|json at its root.
import { lstatSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CONFIG_FILE_NAMES, defaultRules, loadScanConfig, type ScanConfig } from '@deployguard/detect';

/**
 * The config given with --config (the user's own choice, read as given), else the first of
 * CONFIG_FILE_NAMES at the repository root that is a regular file: the repository is untrusted,
 * so a link there (to a file outside the root) is not followed. `notice` says when the
 * repository's own file was applied: its allowlist can hide findings. Throws ConfigError.
 */
export function scanConfigFor(repoPath: string, explicit?: string): { config: ScanConfig; notice?: string } {
  if (explicit) return { config: loadScanConfig(explicit, defaultRules) };
  const own = CONFIG_FILE_NAMES.map((n) => join(repoPath, n)).find(
    (f) => lstatSync(f, { throwIfNoEntry: false })?.isFile() ?? false,
  );
  if (!own) return { config: loadScanConfig(null, defaultRules) };
  return {
    config: loadScanConfig(own, defaultRules),
    notice:
      `the repository's own ${basename(own)} was applied (its rules and allowlist decide what is ` +
      'reported); pass --config to use another file',
  };
}
