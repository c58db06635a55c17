// The scan configuration for a repository: --config, else .deployguard.yml|yaml|json at its root.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAMES, defaultRules, loadScanConfig, type ScanConfig } from '@deployguard/detect';

export function scanConfigFor(repoPath: string, explicit?: string): ScanConfig {
  const file = explicit ?? CONFIG_FILE_NAMES.map((n) => join(repoPath, n)).find((f) => existsSync(f)) ?? null;
  return loadScanConfig(file, defaultRules);
}
