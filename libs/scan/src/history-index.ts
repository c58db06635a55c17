// Which blob was introduced at which path by which commit, for every commit reachable from the
// selected refs. One `git log --raw` pass: each commit lists the blobs it added or changed
// (combined diff for merges, so a conflict resolution counts as an introduction), after its
// author, committer and message, which go to the caller (the metadata scan) as they stream by.
import { GitError } from '@deployguard/git';
import { spawnScanGit } from './scan-git';

// Marks an entry whose path token carries no content to scan (deletion, submodule link).
const SKIP = '\u0000skip';

export interface HistoryIndex {
  commits: string[]; // in order parents-first; the index is the "age" of a commit
  paths: string[];
  // blob id -> flat list of (path index, commit index) pairs where the blob was introduced
  introductions: Map<string, number[]>;
  refs: number;
}

// A commit's metadata: "Name <e-mail>" of author and committer, and the raw message (%B).
export type CommitMetadataSink = (sha: string, author: string, committer: string, message: string) => void;

// Tokens after each commit's id in the log stream: author, committer, message.
const METADATA_FIELDS = 3;

// The blob an entry line introduces, or SKIP. The line is ":<modes...> <ids...> <status>", with one
// more mode and id than the number of colons (combined output of a merge); the last mode and id
// describe the commit's own version. Deleted files and submodule links introduce no content (the
// path token still follows). Read from the bytes: one string per line cost a third of the index.
function entryBlob(data: Buffer, from: number, to: number): string {
  let colons = 0;
  while (data[from + colons] === 58 /* ':' */) colons++;
  // Field k starts at starts[k]: modes 0..colons, ids colons+1..2*colons+1, then the status.
  let at = from + colons;
  let modeAt = -1;
  let blobAt = -1;
  for (let field = 0; at < to; field++) {
    if (field === colons) modeAt = at;
    else if (field === 2 * colons + 1) blobAt = at;
    const space = data.indexOf(32, at);
    if (space === -1 || space >= to) {
      // `at` starts the last field: the status (D: deleted).
      if (modeAt === -1 || blobAt === -1 || data[at] === 68 /* 'D' */) return SKIP;
      break;
    }
    at = space + 1;
  }
  if (!isFileMode(data, modeAt)) return SKIP;
  const end = data.indexOf(32, blobAt);
  let zero = true;
  for (let i = blobAt; i < end && zero; i++) zero = data[i] === 48; /* '0' */
  return zero ? SKIP : data.toString('latin1', blobAt, end);
}

// Whether the mode at `at` is a regular file's (100644, 100755) or a symlink's (120000).
function isFileMode(data: Buffer, at: number): boolean {
  if (data[at + 6] !== 32) return false;
  let mode = 0;
  for (let i = at; i < at + 6; i++) mode = mode * 10 + data[i] - 48;
  return mode === 100644 || mode === 100755 || mode === 120000;
}

/**
 * The history of `revs` (git log arguments) and of `more`: revisions that go to git on stdin, so
 * any number of them fits, and git starts (loads its packs) before they are known; it walks once
 * they are. `^<id>` excludes a commit's history (a previous scan's ref tips). When `more` rejects,
 * git is stopped and the index fails. `onCommit` receives each commit's metadata.
 * Throws GitError when git fails (an empty repository is no failure).
 */
export async function buildHistoryIndex(
  repo: string,
  revs: readonly string[],
  more: readonly string[] | Promise<readonly string[]> = [],
  onCommit: CommitMetadataSink = () => undefined,
): Promise<HistoryIndex> {
  const commits: string[] = [];
  const paths: string[] = [];
  const pathIds = new Map<string, number>();
  const introductions = new Map<string, number[]>();
  const child = spawnScanGit(repo, [
    'log',
    ...revs,
    '--stdin',
    '--date-order',
    '--reverse',
    '--raw',
    '--no-abbrev',
    '--no-renames',
    '--root',
    '-c',
    '-z',
    '--format=%x01%H%x00%an <%ae>%x00%cn <%ce>%x00%B',
    '--',
  ]);
  child.stdin!.on('error', () => undefined);
  Promise.resolve(more).then(
    (lines) => child.stdin!.end(lines.map((line) => `${line}\n`).join('')),
    () => child.kill(),
  );
  let rest: Buffer | null = null; // a token cut by the end of a chunk
  let pendingBlob: string | null = null; // set by an entry line, consumed by the path token after it
  let metadataLeft = 0; // metadata tokens still to come after a commit id (any may be empty)
  let metadata: string[] = [];

  // Every string kept is made from the bytes of its own token: a slice of a larger decoded text
  // would keep that whole text alive (V8 slices share their parent), which on a large history
  // held most of the log's output in memory.
  const onToken = (data: Buffer, from: number, to: number): void => {
    if (metadataLeft > 0) {
      metadata.push(data.toString('utf8', from, to));
      if (--metadataLeft === 0) {
        onCommit(commits[commits.length - 1], metadata[0], metadata[1], metadata[2]);
        metadata = [];
      }
      return;
    }
    if (data[from] === 10) from++; // the newline between a commit's metadata and its entries
    if (pendingBlob !== null) {
      if (pendingBlob !== SKIP) addIntroduction(pendingBlob, data.toString('utf8', from, to));
      pendingBlob = null;
    } else if (data[from] === 1) {
      commits.push(data.toString('latin1', from + 1, to));
      metadataLeft = METADATA_FIELDS;
    } else if (data[from] === 58 /* ':' */) {
      pendingBlob = entryBlob(data, from, to);
    }
  };

  const addIntroduction = (blob: string, path: string): void => {
    let id = pathIds.get(path);
    if (id === undefined) {
      id = paths.length;
      paths.push(path);
      pathIds.set(path, id);
    }
    let list = introductions.get(blob);
    if (!list) introductions.set(blob, (list = []));
    list.push(id, commits.length - 1);
  };

  const stderr: Buffer[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d));
  child.stdout!.on('data', (chunk: Buffer) => {
    const data = rest ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nul = data.indexOf(0); nul !== -1; nul = data.indexOf(0, start)) {
      onToken(data, start, nul);
      start = nul + 1;
    }
    rest = start < data.length ? Buffer.from(data.subarray(start)) : null;
  });
  const code: number = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    const msg = Buffer.concat(stderr).toString('utf8').trim();
    // An empty repository (no commits on any ref) has no history to scan: not an error.
    if (
      /does not have any commits|bad default revision|unknown revision/.test(msg) &&
      commits.length === 0 &&
      revs.includes('--all')
    ) {
      return { commits, paths, introductions, refs: 0 };
    }
    throw new GitError(
      `git log failed: ${msg.split('\n').slice(-2).join(' ') || `exit code ${code}`}`,
      code,
      msg,
    );
  }
  return { commits, paths, introductions, refs: 0 };
}
