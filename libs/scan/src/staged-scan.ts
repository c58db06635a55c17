// `deployguard protect --staged`: scans exactly what the next commit would add, the added lines
// of the staged diff, at their real paths and line numbers. Small by nature, so it runs on this
// thread with no worker pool, and costs little more than Node's own start-up.
import { Buffer } from 'node:buffer';
import { Detector, IGNORE_FILE_NAME, isBinary, PathFilter } from '@deployguard/detect';
import { emptyStats, type Finding, type SkippedItem } from '@deployguard/report';
import { addedText, parseAddedLines } from './added-lines';
import { maskValuesInFiles, nameHolding, secretsInNames } from './file-names';
import { linkNotReadNotice } from './git-files';
import { toFinding } from './finding.factory';
import { STAGED_IGNORE_CHANGE_WARNING, stagedIgnoreFile } from './ignore-file';
import { scanGitText } from './scan-git';
import type { ScanOptions, ScanResult } from './scan.types';
import { TOOL_VERSION } from './tool-version';

export type StagedScanOptions = Pick<
  ScanOptions,
  'path' | 'config' | 'baseline' | 'displayName' | 'keepSecretValues'
>;

// What git's own binary check looks at: the first 8000 bytes (isBinary reads no more).
const BINARY_SNIFF_CHARS = 8000;

/**
 * Scans the staged changes of the repository at `path` (a work tree's root, or a git directory):
 * the index git would commit (inside a pre-commit hook, GIT_INDEX_FILE names it), with the
 * .deployguardignore that index holds (a path it newly ignores is still scanned: see
 * STAGED_IGNORE_CHANGE_WARNING); warns when the commit changes that file. Throws GitError
 * when git fails (`path` is no repository).
 */
export async function scanStaged(
  options: StagedScanOptions,
): Promise<Pick<ScanResult, 'report' | 'secrets'>> {
  const started = Date.now();
  const root = options.path;
  // -U0: added lines only; no renames, so a moved file's lines count as added (they are new at
  // that path, and fingerprints hold the path). --text: a staged .gitattributes (`-diff`,
  // `binary`) must not turn a file into "Binary files differ" and hide it; binary content is
  // told by our own NUL rule below, as in every other scan.
  const [diff, ignoreFile, addedPaths] = await Promise.all([
    scanGitText(root, [
      'diff',
      '--cached',
      '--text',
      '-U0',
      '--no-color',
      '--no-renames',
      '--diff-filter=d',
      '--src-prefix=a/',
      '--dst-prefix=b/',
    ]),
    // The index's ignore file, not the work tree's: an untracked or unstaged one is not committed.
    stagedIgnoreFile(root),
    // New paths, empty files included: a value used as a file or directory name is committed too.
    scanGitText(root, ['diff', '--cached', '--name-only', '--no-renames', '--diff-filter=A', '-z']),
  ]);
  const { config, baseline } = options;
  // A commit that changes the ignore file is scanned with both versions: a path counts as ignored
  // only when HEAD's file ignored it too, so the commit cannot hide its own leak.
  const staged = PathFilter.from(ignoreFile.text, config.allowPaths);
  const committed = ignoreFile.changed ? PathFilter.from(ignoreFile.committed, config.allowPaths) : staged;
  const filter = { ignores: (path: string) => staged.ignores(path) && committed.ignores(path) };
  const detector = new Detector(config.rules, {
    allowRegexes: config.allowRegexes,
    stopwords: config.stopwords,
  });
  const rulesById = new Map(config.rules.map((r) => [r.id, r]));
  const stats = emptyStats('staged', options.displayName ?? options.path, true);
  const findings = new Map<string, Finding>();
  const skipped: SkippedItem[] = [];
  const secrets = new Map<string, string>();
  const values = new Set<string>(); // every value found, to mask in file names
  for (const file of parseAddedLines(diff)) {
    if (filter.ignores(file.path)) continue;
    const text = addedText(file);
    if (isBinary(Buffer.from(text.slice(0, BINARY_SNIFF_CHARS), 'utf8'))) {
      stats.skipped_binary++;
      skipped.push({
        file: file.path,
        object: null,
        reason: 'binary',
        detail: 'NUL byte in the added lines',
      });
      continue;
    }
    const size = Buffer.byteLength(text);
    if (size > config.maxFileSizeBytes) {
      stats.skipped_too_large++;
      skipped.push({
        file: file.path,
        object: null,
        reason: 'too-large',
        detail: `${size} bytes added, over the ${config.maxFileSizeBytes}-byte limit`,
      });
      continue;
    }
    stats.blobs_scanned++;
    stats.bytes_scanned += size;
    for (const raw of detector.scanText(text, file.path)) {
      values.add(raw.secret);
      const finding = toFinding(raw, rulesById.get(raw.ruleId)!, {
        location: 'file',
        file: file.path,
        commit: null,
      });
      if (baseline?.has(finding.fingerprint)) stats.suppressed_by_baseline++;
      else if (!findings.has(finding.fingerprint)) {
        findings.set(finding.fingerprint, finding);
        if (options.keepSecretValues) secrets.set(finding.fingerprint, raw.secret);
      }
    }
  }
  const names = addedPaths.split('\0').filter((p) => p !== '' && !filter.ignores(p));
  const inNames = secretsInNames(detector, names);
  // A value in a directory HEAD already has (a new file in `dir-<token>/`) is not new.
  const older = await namesInHead(
    root,
    inNames.map(({ raw, name }) => nameHolding(names[name], raw.column)),
  );
  for (const { raw, name } of inNames) {
    values.add(raw.secret);
    if (older.has(nameHolding(names[name], raw.column))) continue;
    const finding = toFinding(raw, rulesById.get(raw.ruleId)!, {
      location: 'path',
      file: names[name],
      commit: null,
    });
    if (baseline?.has(finding.fingerprint)) stats.suppressed_by_baseline++;
    else if (!findings.has(finding.fingerprint)) {
      findings.set(finding.fingerprint, finding);
      if (options.keepSecretValues) secrets.set(finding.fingerprint, raw.secret);
    }
  }
  const list = maskValuesInFiles([...findings.values()], values).findings.sort(
    (a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line,
  );
  stats.findings = list.length;
  stats.duration_ms = Date.now() - started;
  const report = {
    tool: { name: 'deployguard' as const, version: TOOL_VERSION },
    findings: list,
    stats,
    skipped,
    warnings: [
      ...(ignoreFile.changed ? [STAGED_IGNORE_CHANGE_WARNING] : []),
      ...(ignoreFile.link ? [linkNotReadNotice(IGNORE_FILE_NAME)] : []),
    ],
  };
  return { report, secrets };
}

// Which of `paths` HEAD has (as a file or a directory); none without a HEAD (the first commit).
async function namesInHead(root: string, paths: readonly string[]): Promise<Set<string>> {
  const asked = [...new Set(paths)].filter((p) => !/[\n\r]/.test(p)); // one name a line
  if (asked.length === 0) return new Set();
  const out = await scanGitText(root, ['cat-file', '--batch-check=%(objecttype)'], {
    input: asked.map((p) => `HEAD:${p}`).join('\n') + '\n',
  }).catch(() => '');
  const types = out.split('\n');
  return new Set(asked.filter((_, i) => types[i] === 'blob' || types[i] === 'tree'));
}
