// The scan configuration for a repository: --config, else .deployguard.yml|yaml|json at its root
// (the work tree's; a bare repository's HEAD's; for a staged scan, the one the index holds: what
// the commit records).
import { lstatSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import {
  CONFIG_FILE_NAMES,
  defaultRules,
  loadScanConfig,
  parseScanConfig,
  type ScanConfig,
} from '@deployguard/detect';
import { apparentRepository, linkNotReadNotice, readGitFiles } from '@deployguard/scan';

type ConfigChoice = { config: ScanConfig; notice?: string };

/**
 * The config given with --config (the user's own choice, read as given), else the first of
 * CONFIG_FILE_NAMES at the repository root that is a regular file: the repository is untrusted,
 * so a link there (to a file outside the root) is not followed, and `notice` says so. A bare
 * repository (no work tree) has HEAD's file. `notice` says when the repository's own file was
 * applied: its allowlist can hide findings. Throws ConfigError.
 */
export async function scanConfigFor(repoPath: string, explicit?: string): Promise<ConfigChoice> {
  if (explicit) return { config: loadScanConfig(explicit, defaultRules) };
  const entries = CONFIG_FILE_NAMES.map((n) => ({ name: n, stat: entryAt(join(repoPath, n)) }));
  const own = entries.find((e) => e.stat?.isFile());
  if (own) {
    const path = join(repoPath, own.name);
    return { config: loadScanConfig(path, defaultRules), notice: ownConfigNotice(basename(path)) };
  }
  const link = entries.find((e) => e.stat?.isSymbolicLink());
  if (link) return { config: loadScanConfig(null, defaultRules), notice: linkNotReadNotice(link.name) };
  const other = entries.find((e) => e.stat !== undefined);
  if (other)
    return {
      config: loadScanConfig(null, defaultRules),
      notice: `the repository's ${other.name} is not a regular file: not read`,
    };
  if ((await apparentRepository(repoPath))?.bare) return headScanConfig(repoPath);
  return { config: loadScanConfig(null, defaultRules) };
}

// What is at `path`, or undefined when nothing can be (a path under a file: the scan says what
// is wrong with the repository path itself).
function entryAt(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

// A bare repository's config: HEAD's file (never a link).
async function headScanConfig(gitDir: string): Promise<ConfigChoice> {
  const names = CONFIG_FILE_NAMES.map((n) => `HEAD:${n}`);
  const files = await readGitFiles(gitDir, names).catch(() => null); // null: no HEAD (empty)
  const found = CONFIG_FILE_NAMES.find((n) => files?.texts.has(`HEAD:${n}`));
  if (found)
    return {
      config: parseScanConfig(files!.texts.get(`HEAD:${found}`)!, found, defaultRules),
      notice: ownConfigNotice(`${found} (HEAD's)`),
    };
  return { config: loadScanConfig(null, defaultRules), notice: linkNotice(files?.links ?? []) };
}

/**
 * As scanConfigFor, for the commits of a range (`--since`): the repository's own file is the one
 * its base commit has (`bases[0]`, what the target branch already holds), never one the range
 * adds or changes, which could loosen the range's own scan; `notice` says when the range's last
 * commit (`revs[0]`) has another. Throws ConfigError, or GitError when git fails.
 */
export async function rangeScanConfigFor(
  root: string,
  range: { revs: readonly string[]; bases: readonly string[] },
  explicit?: string,
): Promise<ConfigChoice> {
  if (explicit) return { config: loadScanConfig(explicit, defaultRules) };
  const base = range.bases[0];
  const tip = range.revs[0];
  const at = (rev: string | undefined) =>
    rev === undefined ? [] : CONFIG_FILE_NAMES.map((n) => `${rev}:${n}`);
  const { texts } = await readGitFiles(root, [...at(base), ...at(tip)]);
  const fileAt = (rev: string | undefined) =>
    CONFIG_FILE_NAMES.find((n) => rev !== undefined && texts.has(`${rev}:${n}`));
  const inBase = fileAt(base);
  const inTip = fileAt(tip);
  const config = inBase
    ? parseScanConfig(texts.get(`${base}:${inBase}`)!, inBase, defaultRules)
    : loadScanConfig(null, defaultRules);
  const changed = (inTip && texts.get(`${tip}:${inTip}`)) !== (inBase && texts.get(`${base}:${inBase}`));
  if (changed)
    return {
      config,
      notice:
        `the range changes the repository's ${inTip ?? inBase}: it is scanned with ` +
        `${inBase ? `its base's ${inBase}` : 'the default configuration'} (a range cannot loosen its own scan)`,
    };
  return { config, notice: inBase ? ownConfigNotice(`${inBase} (the range's base's)`) : undefined };
}

/**
 * As scanConfigFor, for the staged changes of the repository at `root`: the repository's own file
 * is the index's (a file that is not staged is not committed, and does not decide the scan), or
 * HEAD's when the commit changes it. Throws ConfigError, or GitError when git fails.
 */
export async function stagedScanConfigFor(root: string, explicit?: string): Promise<ConfigChoice> {
  if (explicit) return { config: loadScanConfig(explicit, defaultRules) };
  const { texts: files, links } = await readGitFiles(root, [
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
  if (!staged) return { config: loadScanConfig(null, defaultRules), notice: linkNotice(links) };
  return {
    config: parseScanConfig(stagedText!, staged, defaultRules),
    notice: ownConfigNotice(`staged ${staged}`),
  };
}

// The notice for the first of readGitFiles's `links` (`<rev>:<name>`), if any.
function linkNotice(links: readonly string[]): string | undefined {
  return links.length > 0 ? linkNotReadNotice(links[0].slice(links[0].indexOf(':') + 1)) : undefined;
}

function ownConfigNotice(name: string): string {
  return (
    `the repository's own ${name} was applied (its rules and allowlist decide what is reported); ` +
    'pass --config to use another file'
  );
}
