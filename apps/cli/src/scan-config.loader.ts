// The scan configuration for a repository: --config, else .deployguard.yml|yaml|json at its root
// (for a staged scan, the one the index holds: what the commit records).
import { lstatSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  CONFIG_FILE_NAMES,
  defaultRules,
  loadScanConfig,
  parseScanConfig,
  type ScanConfig,
} from '@deployguard/detect';
import { readGitFiles } from '@deployguard/scan';

type ConfigChoice = { config: ScanConfig; notice?: string };

/**
 * The config given with --config (the user's own choice, read as given), else the first of
 * CONFIG_FILE_NAMES at the repository root that is a regular file: the repository is untrusted,
 * so a link there (to a file outside the root) is not followed. `notice` says when the
 * repository's own file was applied: its allowlist can hide findings. Throws ConfigError.
 */
export function scanConfigFor(repoPath: string, explicit?: string): ConfigChoice {
  if (explicit) return { config: loadScanConfig(explicit, defaultRules) };
  const own = CONFIG_FILE_NAMES.map((n) => join(repoPath, n)).find(
    (f) => lstatSync(f, { throwIfNoEntry: false })?.isFile() ?? false,
  );
  if (!own) return { config: loadScanConfig(null, defaultRules) };
  return { config: loadScanConfig(own, defaultRules), notice: ownConfigNotice(basename(own)) };
}

/**
 * As scanConfigFor, for the staged changes of the repository at `root`: the repository's own file
 * is the index's (a file that is not staged is not committed, and does not decide the scan), or
 * HEAD's when the commit changes it. Throws ConfigError, or GitError when git fails.
 */
export async function stagedScanConfigFor(root: string, explicit?: string): Promise<ConfigChoice> {
  if (explicit) return { config: loadScanConfig(explicit, defaultRules) };
  const files = await readGitFiles(root, [
    ...CONFIG_FILE_NAMES.map((n) => `:${n}`),
    ...CONFIG_FILE_NAMES.map((n) => `HEAD:${n}`),
  ]);
  const staged = CONFIG_FILE_NAMES.find((n) => files.has(`:${n}`));
  const committed = CONFIG_FILE_NAMES.find((n) => files.has(`HEAD:${n}`));
  const stagedText = staged && files.get(`:${staged}`);
  const committedText = committed && files.get(`HEAD:${committed}`);
  // A commit that changes the config file is scanned with HEAD's: its allowlist could otherwise
  // hide the commit's own leak. The change applies from the next commit on.
  if (stagedText !== committedText) {
    const config = committed
      ? parseScanConfig(committedText!, committed, defaultRules)
      : loadScanConfig(null, defaultRules);
    return {
      config,
      notice:
        `this commit changes the repository's ${staged ?? committed}: it is scanned with ` +
        `${committed ? `HEAD's ${committed}` : 'the default configuration'} (a commit cannot loosen its own scan); ` +
        'commit the configuration change on its own first',
    };
  }
  if (!staged) return { config: loadScanConfig(null, defaultRules) };
  return {
    config: parseScanConfig(stagedText!, staged, defaultRules),
    notice: ownConfigNotice(`staged ${staged}`),
  };
}

function ownConfigNotice(name: string): string {
  return (
    `the repository's own ${name} was applied (its rules and allowlist decide what is reported); ` +
    'pass --config to use another file'
  );
}
