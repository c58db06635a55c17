// What a history scan sees beyond the blobs that commits introduce: refs in scope, tags that point
// at a blob or a tree, secrets in paths, and the warnings for an incomplete history.
import type { Detector, RawFinding } from '@deployguard/detect';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { BACKUP_REF_PREFIX, DELETE_BACKUP_REFS } from '@deployguard/git';
import type { FindingLocation } from '@deployguard/report';
import { secretsInNames } from './file-names';
import { treeFiles, type HistoryIndex } from './history-index';
import type { RefEntry } from './ref-listing';
import { scanGitText } from './scan-git';

// A raw finding waiting for attribution. `order`: the commit's age (index into index.commits);
// a value past the end stands for a tag (see TaggedObjects.refs), after every commit.
export interface Pending {
  raw: RawFinding;
  file: string | null;
  location: FindingLocation;
  order: number;
  ref?: string;
  commit?: string | null; // metadata: the commit named directly (else the one `order` stands for)
}

const LISTED_BOUNDARY_COMMITS = 5;

/**
 * The refs whose history `revs` selects: every ref for `--all` minus `--exclude=<glob>` patterns
 * that precede it; null when revs name commits or branches instead (no ref is scanned as such).
 */
export function refsInScope(refs: readonly RefEntry[], revs: readonly string[]): RefEntry[] | null {
  if (!revs.includes('--all')) return null;
  const excluded = revs
    .filter((r) => r.startsWith('--exclude='))
    .map((r) => globToRegExp(r.slice('--exclude='.length)));
  return refs.filter((r) => !excluded.some((re) => re.test(r.name)));
}

// git's ref globs (wildmatch without FNM_PATHNAME): `*` and `?` match any character, `/` included.
function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/** Annotated tag objects of the refs, each with a ref naming it and the commit it ends at. */
export function tagObjects(refs: readonly RefEntry[]): Map<string, { ref: string; commit: string | null }> {
  const tags = new Map<string, { ref: string; commit: string | null }>();
  for (const r of refs)
    if (r.type === 'tag' && !tags.has(r.id))
      tags.set(r.id, { ref: r.name, commit: r.target.type === 'commit' ? r.target.id : null });
  return tags;
}

export interface TaggedObjects {
  refs: string[]; // the tags that point at a blob or a tree; tag k has order commits.length + k
  blobs: Map<string, number>; // blob a tag points at directly (and no commit introduced) -> order
}

/**
 * Blobs reachable only through a tag on a blob or on a tree: a tree's blobs are added to the index
 * (at their path in the tree, with the tag's order); a tagged blob has no path and is returned.
 * A blob that a commit also introduced is left to that commit.
 */
export async function taggedObjects(
  repo: string,
  refs: readonly RefEntry[],
  index: HistoryIndex,
): Promise<TaggedObjects> {
  const result: TaggedObjects = { refs: [], blobs: new Map() };
  const seen = new Set<string>();
  for (const ref of refs) {
    const { type, id } = ref.target;
    if ((type !== 'blob' && type !== 'tree') || seen.has(id)) continue;
    seen.add(id);
    const order = index.commits.length + result.refs.length;
    result.refs.push(ref.name);
    if (type === 'blob') {
      if (!index.introductions.has(id)) result.blobs.set(id, order);
      continue;
    }
    for (const { blob, path } of await treeFiles(repo, id)) {
      if (index.introductions.has(blob)) continue;
      index.introductions.set(blob, [index.paths.length, order]);
      index.paths.push(path);
    }
  }
  return result;
}

/**
 * Secrets in file and directory names: every path of the history (not ignored) is scanned once
 * (secretsInNames). A hit is attributed to the earliest commit that introduced a blob at that
 * path; line 1, column within the path.
 */
export function pathFindings(
  index: HistoryIndex,
  ignoredPath: readonly boolean[],
  detector: Detector,
): Pending[] {
  const included: number[] = [];
  for (let i = 0; i < index.paths.length; i++) if (!ignoredPath[i]) included.push(i);
  const hits = secretsInNames(
    detector,
    included.map((i) => index.paths[i]),
  );
  if (hits.length === 0) return [];
  const firstOrder = new Map<number, number>();
  const wanted = new Set(hits.map((h) => included[h.name]));
  for (const intro of index.introductions.values())
    for (let i = 0; i < intro.length; i += 2)
      if (wanted.has(intro[i]))
        firstOrder.set(intro[i], Math.min(firstOrder.get(intro[i]) ?? Infinity, intro[i + 1]));
  return hits.map(({ raw, name }) => {
    const path = included[name];
    return {
      raw,
      file: index.paths[path],
      location: 'path' as const,
      order: firstOrder.get(path) ?? index.commits.length,
    };
  });
}

/** The warning for a shallow clone, naming its first boundary commits. */
export function shallowWarning(boundary: ReadonlySet<string>): string {
  const listed = [...boundary].slice(0, LISTED_BOUNDARY_COMMITS).map((c) => c.slice(0, 12));
  const more = boundary.size > listed.length ? `, … ${boundary.size - listed.length} more` : '';
  return (
    `shallow clone: the history stops at ${boundary.size} boundary commit(s) (${listed.join(', ')}${more}); ` +
    `secrets that only exist in older history are not seen, and a finding at a boundary commit ` +
    `(commit_boundary: true) was introduced at or before it; fetch the full history (git fetch --unshallow) to scan it all`
  );
}

/** The warning for refs that name an object the repository does not have (null when none do). */
export function missingRefsWarning(refs: readonly RefEntry[]): string | null {
  const broken = refs.filter((r) => r.type === 'missing');
  if (broken.length === 0) return null;
  const shown = broken.slice(0, LISTED_BOUNDARY_COMMITS).map((r) => `${r.name} -> ${r.id.slice(0, 12)}`);
  const more = broken.length > shown.length ? `, … ${broken.length - shown.length} more` : '';
  return (
    `damaged history: ${broken.length} ref(s) name an object git cannot find ` +
    `(${shown.join(', ')}${more}): run git fsck; their history was not scanned`
  );
}

/** The warnings for a history git could not list in full (see HistoryIndex.damaged), if any. */
export function damagedHistoryWarnings(index: HistoryIndex): string[] {
  const listed = (commits: readonly string[]): string => {
    const shown = commits.slice(0, LISTED_BOUNDARY_COMMITS).map((c) => c.slice(0, 12));
    return (
      shown.join(', ') + (commits.length > shown.length ? `, … ${commits.length - shown.length} more` : '')
    );
  };
  const warnings: string[] = [];
  if (index.damaged.length > 0)
    warnings.push(
      `damaged history: ${index.damaged.length} commit(s) could not be compared with their parents ` +
        `(${listed(index.damaged)}): a damaged tree, run git fsck; each one's files were scanned whole, ` +
        `and a finding there (commit_boundary: true) was introduced at or before it`,
    );
  if (index.unreadable.length > 0)
    warnings.push(
      `damaged history: ${index.unreadable.length} commit(s) or tag(s) could not be read, or their trees ` +
        `(${listed(index.unreadable)}): run git fsck; what only they hold was not scanned (a child ` +
        `of such a commit is scanned whole: commit_boundary: true)`,
    );
  if (index.unindexed > 0)
    warnings.push(
      `damaged history: after ${index.damaged.length + index.unreadable.length} damaged commits, ` +
        `${index.unindexed} more commit(s) were not indexed and what only they hold was not scanned`,
    );
  return warnings;
}

/**
 * The warning for the backup refs an in-place clean leaves (null when none of `refs` is one): they
 * hold the history from before the clean, secrets included, and the scan reports what they reach.
 */
export function backupRefsWarning(refs: readonly RefEntry[]): string | null {
  const count = refs.filter((r) => r.name.startsWith(BACKUP_REF_PREFIX)).length;
  if (count === 0) return null;
  return (
    `${count} ref(s) under ${BACKUP_REF_PREFIX} keep the history from before an in-place clean, ` +
    `secrets included, and findings reached from them are reported; once the cleaned history is ` +
    `checked, delete them: ${DELETE_BACKUP_REFS}, then git gc --prune=now`
  );
}

/**
 * The commits of the notes refs among `refs` (refs/notes/*): a blob they hold is a note, at the
 * fan-out path of the object it annotates. Throws GitError when git fails.
 */
export async function notesCommitsOf(repo: string, refs: readonly RefEntry[]): Promise<Set<string>> {
  const tips = refs
    .filter((r) => r.name.startsWith('refs/notes/') && r.target.type === 'commit')
    .map((r) => r.target.id);
  if (tips.length === 0) return new Set();
  const out = await scanGitText(repo, ['rev-list', '--stdin'], { input: `${tips.join('\n')}\n` }).catch(
    () => tips.join('\n'), // a damaged notes history: its tips at least
  );
  return new Set(out.split('\n').filter(Boolean));
}

/**
 * The commits of stash@{1} and older (refs/stash's reflog; refs/stash itself is a ref like any
 * other), newest first; empty without a stash. Throws GitError when git fails.
 */
export async function olderStashEntries(repo: string, refs: readonly RefEntry[]): Promise<string[]> {
  if (!refs.some((r) => r.name === 'refs/stash')) return [];
  const out = await scanGitText(repo, ['log', '--walk-reflogs', '--format=%H', 'refs/stash', '--']).catch(
    () => stashReflogFile(repo),
  );
  return out.split('\n').filter(Boolean).slice(1);
}

// The stash's entries, newest first, from its reflog file (`<old> <new> <identity>\t<message>`
// lines, oldest first) when git log stops at a damaged entry; empty when there is no such file.
async function stashReflogFile(repo: string): Promise<string> {
  const path = (await scanGitText(repo, ['rev-parse', '--git-path', 'logs/refs/stash'])).trim();
  const text = await readFile(isAbsolute(path) ? path : join(repo, path), 'utf8').catch(() => '');
  return text
    .split('\n')
    .map((line) => line.split(' ')[1] ?? '')
    .filter((id) => /^[0-9a-f]{40,64}$/.test(id))
    .reverse()
    .join('\n');
}

/** The object id a notes tree's path names (`0f/3412…` fan-out, or whole), or null for another path. */
export function annotatedObject(path: string): string | null {
  const id = path.replace(/\//g, '');
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(id) ? id : null;
}

/** The warning for objects the scan could not read. */
export function missingWarning(count: number, partial: boolean): string {
  return partial
    ? `partial clone: ${count} object(s) are not in this repository (its remote only promised them) and ` +
        `were not scanned; scan a full clone (without --filter) to see them (listed under "skipped")`
    : `${count} object(s) could not be read (missing or damaged: run git fsck) and were not scanned ` +
        `(listed under "skipped")`;
}
