// The scan configuration for a repository: --config, else .deployguard.yml|yaml|json at its root.
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAMES, defaultRules, loadScanConfig, type ScanConfig } from '@deployguard/detect';

/**
 * The config given with --config (the user's own choice, read as given), else the first of
 * CONFIG_FILE_NAMES at the repository root that is a regular file: the repository is untrusted,
 * so a link there (to a file outside the root) is not followed. Throws ScanConfigError.
 */
export function scanConfigFor(repoPath: string, explicit?: string): ScanConfig {
  const file =
    explicit ??
    CONFIG_FILE_NAMES.map((n) => join(repoPath, n)).find(
      (f) => lstatSync(f, { throwIfNoEntry: false })?.isFile() ?? false,
    ) ??
    null;
  return loadScanConfig(file, defaultRules);
}
