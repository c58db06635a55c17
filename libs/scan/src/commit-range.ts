// Scans only the commits of a range (`origin/main..HEAD`, a pull request's commits), for CI and
// `protect --since`: the history scan limited to those commits, attributing as usual, then without
// the values that were already at the same path before the range (a file the range edits still
// holds its old lines; they are not new leaks).
import { Detector, fingerprintOf, IGNORE_FILE_NAME, isBinary } from '@deployguard/detect';
import { GitError } from '@deployguard/git';
import { keepFindings, type Finding, type ScanReport } from '@deployguard/report';
import { readBlobs } from './blob-reader';
import { nameHolding } from './file-names';
import { RANGE_IGNORE_CHANGE_WARNING } from './ignore-file';
import { scanRepository } from './repository-scan';
import { scanGitText } from './scan-git';
import { ScanInputError, type ScanOptions, type ScanResult } from './scan.types';

export interface CommitRange {
  revs: string[]; // commit ids to walk from
  bases: string[]; // commit ids whose history is excluded (the `^` side)
}

/**
 * Resolves git revision arguments (`A..B`, `A...B`, `^A B`, `B`) to commit ids. Only revisions are
 * accepted, never options. Throws ScanInputError naming a token git cannot resolve.
 */
export async function resolveCommitRange(repo: string, tokens: readonly string[]): Promise<CommitRange> {
  // `^-…` too: an option behind the exclusion mark (`--since --all` becomes `^--all`).
  const bad = tokens.find((t) => t === '' || /^\^?-/.test(t) || /[\s\0]/.test(t));
  if (bad !== undefined)
    throw new ScanInputError(
      `"${bad}" is not a revision range: give revisions and ranges such as origin/main..HEAD, A...B, ^A B`,
    );
  if (tokens.length === 0) throw new ScanInputError('the commit range is empty: give e.g. origin/main..HEAD');
  let out: string;
  try {
    // The trailing `--` makes git refuse anything that is not a revision.
    out = await scanGitText(repo, ['rev-parse', ...tokens, '--']);
  } catch (e) {
    const detail = e instanceof GitError ? e.stderr.trim().split('\n')[0] : String(e);
    throw new ScanInputError(`cannot resolve the commit range "${tokens.join(' ')}" in ${repo}: ${detail}`);
  }
  const range: CommitRange = { revs: [], bases: [] };
  for (const line of out.split('\n')) {
    if (/^\^[0-9a-f]{40,64}$/.test(line)) range.bases.push(line.slice(1));
    else if (/^[0-9a-f]{40,64}$/.test(line)) range.revs.push(line);
  }
  // A tree or a blob (HEAD^{tree}, HEAD:README) resolves too, but is no point in history.
  const ids = [...range.revs, ...range.bases];
  const kinds = await scanGitText(repo, ['cat-file', '--batch-check=%(objecttype)'], {
    input: ids.map((id) => `${id}^{commit}`).join('\n') + '\n',
  });
  if (kinds.split('\n').some((kind, i) => i < ids.length && kind !== 'commit'))
    throw new ScanInputError(
      `the commit range "${tokens.join(' ')}" names an object that is not a commit: give commits, branches or tags`,
    );
  if (range.revs.length === 0)
    throw new ScanInputError(`the commit range "${tokens.join(' ')}" names no commit to scan`);
  return range;
}

/** The history scan of the commits in `range` only (uncommitted files are not part of a range). */
export async function scanCommitRange(
  options: Omit<ScanOptions, 'revs' | 'history' | 'incremental'>,
  range: CommitRange,
): Promise<ScanResult> {
  const result = await scanRepository({
    ...options,
    history: true,
    uncommitted: false,
    revs: [...range.revs, ...range.bases.map((b) => `^${b}`)],
    ignoreFrom: range.bases[0],
  });
  const report = await withoutPreexisting(options, result, range.bases);
  const ignoreChanged = await changesIgnoreFile(options.path, range);
  if (ignoreChanged) report.warnings.push(RANGE_IGNORE_CHANGE_WARNING);
  return { ...result, report };
}

// Whether a commit of the range adds, edits or removes the root's ignore file.
async function changesIgnoreFile(repo: string, range: CommitRange): Promise<boolean> {
  const out = await scanGitText(repo, [
    'log',
    '--format=%H',
    '--no-renames',
    ...range.revs,
    ...range.bases.map((b) => `^${b}`),
    '--',
    IGNORE_FILE_NAME,
  ]);
  return out.trim() !== '';
}

// Drops file findings whose value already sat at the same path in a base commit (same fingerprint:
// rule, path, value), and path findings of a path a base commit already had. Reads only the base
// versions of the paths that have findings (their real names: the report masks found values).
async function withoutPreexisting(
  options: Pick<ScanOptions, 'path' | 'config'>,
  { report, realFiles }: Pick<ScanResult, 'report' | 'realFiles'>,
  bases: readonly string[],
): Promise<ScanReport> {
  const realFile = (f: Finding): string | null => realFiles.get(f.fingerprint) ?? f.file;
  const inRange = report.findings.filter(
    (f) => (f.location === 'file' || f.location === 'path') && f.file !== null,
  );
  // A path finding's name is the component that holds its value (a directory may be older).
  const checked = (f: Finding): string =>
    f.location === 'path' ? nameHolding(realFile(f)!, f.column) : realFile(f)!;
  const paths = [...new Set(inRange.map(checked))].filter((p) => !/[\n\r]/.test(p)); // one name a line
  if (bases.length === 0 || paths.length === 0) return report;
  const { rules, allowRegexes, stopwords, maxFileSizeBytes } = options.config;
  const detector = new Detector(rules, { allowRegexes, stopwords });
  const before = new Set<string>();
  // `<base>:<path>` names the path's blob in that commit: one batch-check resolves every name to
  // its blob id (a path absent there is "missing"), then the blobs are read by id.
  const names = bases.flatMap((base) => paths.map((p) => ({ name: `${base}:${p}`, path: p })));
  const answer = await scanGitText(options.path, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
    input: names.map((n) => n.name).join('\n') + '\n',
  });
  const pathsOf = new Map<string, Set<string>>(); // blob id → the paths it had in a base
  const existed = new Set<string>(); // paths a base had, a file's or a directory's
  answer.split('\n').forEach((line, i) => {
    const [id, type] = line.split(' ');
    if (i >= names.length || (type !== 'blob' && type !== 'tree')) return;
    existed.add(names[i].path);
    if (type === 'blob') pathsOf.set(id, (pathsOf.get(id) ?? new Set()).add(names[i].path));
  });
  await readBlobs(options.path, [...pathsOf.keys()], maxFileSizeBytes, {
    blob: (id, data) => {
      if (isBinary(data)) return;
      for (const path of pathsOf.get(id) ?? [])
        for (const raw of detector.scanBuffer(data, path))
          before.add(fingerprintOf(raw.ruleId, path, raw.secret));
    },
    tooLarge: () => undefined,
    missing: () => undefined,
  });
  return keepFindings(
    report,
    (f) =>
      !(f.location === 'file' && before.has(f.fingerprint)) &&
      !(f.location === 'path' && existed.has(checked(f))),
    (left) => `${left} finding(s) already present before the range at the same path were left out (not new)`,
  );
}
