// What a history scan of a work tree adds: everything not committed yet. That is every file whose
// staged (index) or work-tree content differs from HEAD, and every untracked, non-ignored file; and
// the staged version itself where it differs from the work-tree file (a secret staged, then edited
// out of the file, is still what the next commit records). An unborn HEAD compares with the empty
// tree: everything staged is uncommitted.
import { FILE_MODES } from './history-index';
import { splitPaths } from './path-text';
import { scanGit, scanGitText } from './scan-git';

const NULL_ID = /^0+$/;

/** A staged version to scan from the object store: its path and blob id. */
export interface StagedBlob {
  path: string;
  blob: string;
}

export interface Uncommitted {
  // Work-tree files to read (repository-relative, `/`-separated), in git's order.
  files: string[];
  // Staged versions that differ from the work-tree file (or whose file was deleted since).
  staged: StagedBlob[];
  // Why every file counts as uncommitted, when HEAD's commit could not be read.
  warning?: string;
}

/**
 * The uncommitted files of the work tree whose root is `root` (see the top of this file).
 * Throws GitError when git fails (`root` is no work tree).
 */
export async function listUncommitted(root: string): Promise<Uncommitted> {
  // GIT_WORK_TREE: the root we scan, whatever the repository's own core.worktree names.
  const options = { env: { GIT_WORK_TREE: root } };
  let warning: string | undefined;
  const base = await headOrEmptyTree(root).catch(async (e: Error) => {
    warning =
      `HEAD's commit could not be read (${e.message.split('\n')[0]}): every staged and work-tree ` +
      `file was scanned as uncommitted`;
    return emptyTree(root);
  });
  const [stagedOut, changedOut] = await Promise.all([
    // Index against HEAD, blob ids included; a staged deletion has nothing to scan.
    scanGit(root, ['diff-index', '--cached', '-z', '--no-renames', '--diff-filter=d', base], options),
    // -m -o: work tree against the index (deleted files too), and untracked files.
    scanGit(root, ['ls-files', '-z', '-m', '-o', '--exclude-standard', '--deduplicate'], options),
  ]);
  const changed = splitPaths(changedOut);
  const unstaged = new Set(changed);
  const files = [...changed];
  const staged: StagedBlob[] = [];
  // A staged file that the work tree still matches is read from disk; one that differs is in both
  // lists. An unmerged entry has no single staged blob (null id): its work-tree file is scanned.
  for (const { path, mode, blob } of parseRawDiff(stagedOut)) {
    if (!unstaged.has(path)) files.push(path);
    else if (FILE_MODES.has(mode) && !NULL_ID.test(blob)) staged.push({ path, blob });
  }
  return { files, staged, warning };
}

// HEAD's commit, or the empty tree when HEAD is unborn (a repository without commits).
async function headOrEmptyTree(root: string): Promise<string> {
  // Exit 1, no output: no such commit.
  const head = (
    await scanGitText(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { okCodes: [1] })
  ).trim();
  return head !== '' ? head : emptyTree(root);
}

// Hashed, not written: git knows the empty tree of its object format (SHA-1 or SHA-256).
async function emptyTree(root: string): Promise<string> {
  return (await scanGitText(root, ['hash-object', '-t', 'tree', '--stdin'], { input: '' })).trim();
}

interface RawDiffEntry {
  path: string;
  mode: string; // the new side's mode
  blob: string; // the new side's object id
}

// `git diff-index -z` raw output: `:<old mode> <new mode> <old id> <new id> <status>\0<path>\0`
// (no renames asked, so one path per entry).
function parseRawDiff(out: Buffer): RawDiffEntry[] {
  const fields = splitPaths(out);
  const entries: RawDiffEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [, mode, , blob] = fields[i].slice(1).split(' ');
    entries.push({ path: fields[i + 1], mode, blob });
  }
  return entries;
}
