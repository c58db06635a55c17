// Which blob was introduced at which path by which commit, for every commit reachable from the
// selected refs. One `git log --raw` pass: each commit lists the blobs it added or changed
// (combined diff for merges, so a conflict resolution counts as an introduction), after its
// author, committer and message, which go to the caller (the metadata scan) as they stream by.
// A damaged tree stops that pass; the commits after it are then listed again, and a commit that
// cannot be compared with its parents counts its whole tree as introduced (see recover).
import { GitError, scrubCredentials, TokenStream } from '@deployguard/git';
import { salvageHistory } from './history-salvage';
import { pathText } from './path-text';
import { scanGit, scanGitText, spawnScanGit } from './scan-git';

// Marks an entry whose path token carries no content to scan (deletion, submodule link).
const SKIP = '\u0000skip';

export interface HistoryIndex {
  commits: string[]; // in order parents-first; the index is the "age" of a commit
  paths: string[];
  // blob id -> flat list of (path index, commit index) pairs where the blob was introduced
  introductions: Map<string, number[]>;
  refs: number;
  // Commits git could not compare with their parents (a damaged tree, theirs or a parent's): each
  // one's whole tree counts as introduced there, as at a shallow clone's boundary.
  damaged: string[];
  // Commits whose own tree could not be read (nothing of theirs is indexed), and how many commits
  // were not indexed at all, past MAX_DAMAGED damaged ones.
  unreadable: string[];
  unindexed: number;
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

// Whether the mode at `at` is a regular file's (100644, 100755) or a symlink's (120000): FILE_MODES,
// read from the bytes.
function isFileMode(data: Buffer, at: number): boolean {
  if (data[at + 6] !== 32) return false;
  let mode = 0;
  for (let i = at; i < at + 6; i++) mode = mode * 10 + data[i] - 48;
  return mode === 100644 || mode === 100755 || mode === 120000;
}

// git's own words for an object it could not read or inflate, or a pack it cannot use.
const DAMAGED =
  /corrupt|unable to read|could not read|failed to read|bad object|inflate|invalid object|is missing|does not match index/i;

/** Whether `e` is git failing on a damaged or missing object (see DAMAGED). */
export function isDamagedRepositoryError(e: unknown): e is GitError {
  return e instanceof GitError && DAMAGED.test(`${e.message}\n${e.stderr}`);
}

// Damaged commits listed whole, one git process each, before the rest is given up.
const MAX_DAMAGED = 50;
const FORMAT = '--format=%x01%H%x00%an <%ae>%x00%cn <%ce>%x00%B';
// What git lists of each commit: the blobs it introduced, against its parents (all of them for a
// merge), after its metadata; everything NUL-separated.
const CHANGES = ['--raw', '--no-abbrev', '--no-renames', '--root', '-c', '-z', FORMAT];
/** Modes of tree entries that hold file content: regular, executable, symlink (not a gitlink). */
export const FILE_MODES: ReadonlySet<string> = new Set(['100644', '100755', '120000']);

/** The files of a tree (or a commit's tree), recursively: blob id and path. Throws GitError. */
export async function treeFiles(repo: string, treeish: string): Promise<{ blob: string; path: string }[]> {
  const out = await scanGit(repo, ['ls-tree', '-r', '-z', '--full-tree', treeish]);
  const files: { blob: string; path: string }[] = [];
  // `<mode> <type> <id>\t<path>` records
  for (let start = 0; start < out.length;) {
    let end = out.indexOf(0, start);
    if (end === -1) end = out.length;
    const tab = out.indexOf(9, start);
    if (tab !== -1 && tab < end) {
      const [mode, , blob] = out.toString('latin1', start, tab).split(' ');
      if (FILE_MODES.has(mode)) files.push({ blob, path: pathText(out.subarray(tab + 1, end)) });
    }
    start = end + 1;
  }
  return files;
}

/** What buildHistoryIndex needs besides the revisions. */
export interface HistoryIndexOptions {
  // Revisions that go to git on stdin, so any number of them fits, and git starts (loads its
  // packs) before they are known; it walks once they are. `^<id>` excludes a commit's history (a
  // previous scan's ref tips). When this rejects, git is stopped and the index fails.
  more?: readonly string[] | Promise<readonly string[]>;
  // Receives each commit's metadata.
  onCommit?: CommitMetadataSink;
  // The objects the refs name (with `more`, what `revs` stand for): when git cannot walk the
  // history (a damaged commit, a ref naming a missing object), the walk starts from these.
  tips?: Promise<readonly string[]>;
}

/**
 * The history of `revs` (git log arguments) and options.more. Throws GitError when git fails (an
 * empty repository is no failure; damaged objects are reported in the index, see
 * HistoryIndex.damaged, unless git cannot list the store at all).
 */
export async function buildHistoryIndex(
  repo: string,
  revs: readonly string[],
  { more = [], onCommit = () => undefined, tips }: HistoryIndexOptions = {},
): Promise<HistoryIndex> {
  const builder = new IndexBuilder(repo, onCommit, tips);
  const run = await builder.log(
    ['log', ...revs, '--stdin', '--date-order', '--reverse', ...CHANGES, '--'],
    more,
  );
  if (run.code === 0) return builder.index;
  // An empty repository (no commits on any ref) has no history to scan: not an error.
  if (
    /does not have any commits|bad default revision|unknown revision/.test(run.stderr) &&
    builder.index.commits.length === 0 &&
    revs.includes('--all')
  )
    return builder.index;
  if (/from promisor remote/.test(run.stderr))
    throw new GitError(
      'git log failed: trees or commits of this history are not in the repository (a partial clone ' +
        'that only promised them, such as --filter=tree:0): scan a full clone, or one made with ' +
        '--filter=blob:none (its missing blobs are reported)',
      run.code,
      run.stderr,
    );
  if (run.code === null || !DAMAGED.test(run.stderr)) throw logError(run);
  await builder.recover(revs, await more, run);
  return builder.index;
}

interface LogRun {
  code: number | null;
  stderr: string;
}

function logError({ code, stderr }: LogRun): GitError {
  return new GitError(
    `git log failed: ${scrubCredentials(stderr.split('\n').slice(-2).join(' ')) || `exit code ${code}`}`,
    code,
    stderr,
  );
}

class IndexBuilder {
  readonly index: HistoryIndex = {
    commits: [],
    paths: [],
    introductions: new Map(),
    refs: 0,
    damaged: [],
    unreadable: [],
    unindexed: 0,
  };
  private readonly pathIds = new Map<string, number>();
  private readonly seen = new Set<string>(); // commits indexed

  constructor(
    private readonly repo: string,
    private readonly onCommit: CommitMetadataSink,
    private readonly tips: Promise<readonly string[]> | undefined,
  ) {}

  /** Runs `git <args>` with `input` lines on stdin, adding what it lists to the index. */
  async log(args: readonly string[], input: readonly string[] | Promise<readonly string[]>): Promise<LogRun> {
    const { commits } = this.index;
    const child = spawnScanGit(this.repo, args);
    child.stdin!.on('error', () => undefined);
    Promise.resolve(input).then(
      (lines) => child.stdin!.end(lines.map((line) => `${line}\n`).join('')),
      () => child.kill(),
    );
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
          this.onCommit(commits[commits.length - 1], metadata[0], metadata[1], metadata[2]);
          metadata = [];
        }
        return;
      }
      if (data[from] === 10) from++; // the newline between a commit's metadata and its entries
      if (pendingBlob !== null) {
        if (pendingBlob !== SKIP) this.addIntroduction(pendingBlob, pathText(data.subarray(from, to)));
        pendingBlob = null;
      } else if (data[from] === 1) {
        const commit = data.toString('latin1', from + 1, to);
        commits.push(commit);
        this.seen.add(commit);
        metadataLeft = METADATA_FIELDS;
      } else if (data[from] === 58 /* ':' */) {
        pendingBlob = entryBlob(data, from, to);
      }
    };

    const stderr: Buffer[] = [];
    child.stderr!.on('data', (d: Buffer) => stderr.push(d));
    const tokens = new TokenStream(0, onToken);
    child.stdout!.on('data', (chunk: Buffer) => tokens.push(chunk));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    return { code, stderr: Buffer.concat(stderr).toString('utf8').trim() };
  }

  /**
   * After `failed` (git stopped at a damaged object): lists the commits git had not listed yet, in
   * the same order, in passes that each stop at the next commit it cannot compare with its
   * parents; that commit's own tree is listed whole, and so is each child of a commit that could
   * not be read. Throws the first failure's error when not even the commits can be listed (see
   * historyOrder).
   */
  async recover(revs: readonly string[], more: readonly string[], failed: LogRun): Promise<void> {
    const parents = await this.historyOrder(revs, more, failed);
    const lost = new Set(this.index.unreadable);
    let todo = [...parents.keys()].filter((c) => !this.seen.has(c));
    while (todo.length > 0) {
      if (this.index.damaged.length + this.index.unreadable.length >= MAX_DAMAGED) {
        this.index.unindexed = todo.length;
        return;
      }
      // A child of a commit that could not be read is listed whole: what that commit introduced
      // is in the child's tree, if it is still there.
      const orphan = todo.findIndex((c) => parents.get(c)!.some((p) => lost.has(p)));
      const batch = orphan === -1 ? todo : todo.slice(0, orphan);
      let at = orphan;
      if (batch.length > 0) {
        const run = await this.log(['log', '--no-walk=unsorted', '--stdin', ...CHANGES, '--'], batch);
        if (run.code === null || (run.code !== 0 && !DAMAGED.test(run.stderr))) throw logError(run);
        if (run.code !== 0) at = todo.findIndex((c) => !this.seen.has(c));
      }
      if (at === -1) return;
      if (!(await this.listWhole(todo[at]))) lost.add(todo[at]);
      todo = todo.slice(at + 1).filter((c) => !this.seen.has(c));
    }
  }

  // Every commit of the history, parents first, with its parents: from git when it can still walk
  // the history (only trees are damaged), else salvaged from the readable commit objects (see
  // history-salvage.ts; the ones it could not read are added to the index's unreadable list).
  // Throws the first failure's error when neither works.
  private async historyOrder(
    revs: readonly string[],
    more: readonly string[],
    failed: LogRun,
  ): Promise<Map<string, string[]>> {
    const parents = new Map<string, string[]>();
    const listed = await scanGitText(
      this.repo,
      ['rev-list', ...revs, '--stdin', '--parents', '--date-order', '--reverse', '--'],
      { input: more.map((line) => `${line}\n`).join('') },
    ).catch(() => null);
    if (listed !== null) {
      for (const line of listed.split('\n')) {
        const [commit, ...ps] = line.split(' ');
        if (commit !== '') parents.set(commit, ps);
      }
      return parents;
    }
    const tips = this.tips ? await this.tips : null;
    // Only a whole history is salvaged: a range's exclusions (^<id>) need git's walk.
    if (!tips || more.some((line) => line.startsWith('^'))) throw logError(failed);
    const salvaged = await salvageHistory(this.repo, [...tips, ...more]);
    this.index.unreadable.push(...salvaged.unreadable);
    for (const commit of salvaged.order) parents.set(commit, salvaged.parents.get(commit)!);
    return parents;
  }

  // A commit git cannot compare with its parents: its metadata (no trees read), then every file of
  // its tree as introduced there. False when its tree could not be read.
  private async listWhole(commit: string): Promise<boolean> {
    await this.log(['log', '--no-walk', '--stdin', '-z', FORMAT, '--'], [commit]);
    if (!this.seen.has(commit)) {
      this.index.commits.push(commit);
      this.seen.add(commit);
    }
    const files = await treeFiles(this.repo, commit).catch(() => null);
    if (files === null) {
      this.index.unreadable.push(commit);
      return false;
    }
    this.index.damaged.push(commit);
    for (const { blob, path } of files) this.addIntroduction(blob, path);
    return true;
  }

  private addIntroduction(blob: string, path: string): void {
    const { paths, introductions, commits } = this.index;
    let id = this.pathIds.get(path);
    if (id === undefined) {
      id = paths.length;
      paths.push(path);
      this.pathIds.set(path, id);
    }
    let list = introductions.get(blob);
    if (!list) introductions.set(blob, (list = []));
    list.push(id, commits.length - 1);
  }
}
