// Which blob was introduced at which path by which commit, for every commit reachable from the
// selected refs. One `git log --raw` pass: each commit lists the blobs it added or changed
// (combined diff for merges, so a conflict resolution counts as an introduction), after its
// author, committer and message, which go to the caller (the metadata scan) as they stream by.
import { StringDecoder } from 'node:string_decoder';
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

/**
 * `exclude`: commits whose history is already known (a previous scan's ref tips); they go to git
 * on stdin as ^<id>, so any number of them fits. `onCommit` receives each commit's metadata.
 * Throws GitError when git fails (an empty repository is no failure).
 */
export async function buildHistoryIndex(
  repo: string,
  revs: readonly string[],
  exclude: readonly string[] = [],
  onCommit: CommitMetadataSink = () => undefined,
): Promise<HistoryIndex> {
  const commits: string[] = [];
  const paths: string[] = [];
  const pathIds = new Map<string, number>();
  const introductions = new Map<string, number[]>();
  const child = spawnScanGit(repo, [
    'log',
    ...revs,
    ...(exclude.length > 0 ? ['--stdin'] : []),
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
  child.stdin!.end(exclude.map((id) => `^${id}`).join('\n') + (exclude.length > 0 ? '\n' : ''));
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let pendingBlob: string | null = null; // set by an entry line, consumed by the path token after it
  let metadataLeft = 0; // metadata tokens still to come after a commit id (any may be empty)
  let metadata: string[] = [];

  const onToken = (raw: string): void => {
    const token = raw.charCodeAt(0) === 10 ? raw.slice(1) : raw;
    if (pendingBlob !== null) {
      let id = pathIds.get(token);
      if (id === undefined) {
        id = paths.length;
        paths.push(token);
        pathIds.set(token, id);
      }
      let list = introductions.get(pendingBlob);
      if (!list) introductions.set(pendingBlob, (list = []));
      list.push(id, commits.length - 1);
      pendingBlob = null;
      return;
    }
    if (token.charCodeAt(0) === 1) {
      commits.push(token.slice(1));
      metadataLeft = METADATA_FIELDS;
    } else if (token.charCodeAt(0) === 58 /* ':' */) {
      // ":<modes...> <shas...> <status>", one more mode and sha than the number of colons
      // for combined output; the last mode and sha describe the commit's own version.
      const colons = token.lastIndexOf(':') + 1;
      const fields = token.slice(colons).split(' ');
      const mode = fields[colons];
      const blob = fields[2 * colons + 1];
      const status = fields[fields.length - 1];
      const isFile = mode === '100644' || mode === '100755' || mode === '120000';
      // Deleted files and submodule links introduce no content; the path token still follows.
      pendingBlob = isFile && !status.startsWith('D') && !/^0+$/.test(blob) ? blob : SKIP;
    }
  };

  const stderr: Buffer[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d));
  child.stdout!.on('data', (chunk: Buffer) => {
    const text = rest + decoder.write(chunk);
    let start = 0;
    for (let nul = text.indexOf('\0'); nul !== -1; nul = text.indexOf('\0', start)) {
      const token = text.slice(start, nul);
      start = nul + 1;
      if (metadataLeft > 0) {
        metadata.push(token);
        if (--metadataLeft === 0) {
          onCommit(commits[commits.length - 1], metadata[0], metadata[1], metadata[2]);
          metadata = [];
        }
        continue;
      }
      if (token.length === 0 && pendingBlob === null) continue;
      if (pendingBlob === SKIP) {
        pendingBlob = null;
        continue;
      }
      onToken(token);
    }
    rest = text.slice(start);
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
