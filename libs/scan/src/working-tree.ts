// The files of a working tree: tracked and untracked, minus ignored ones (git's rules in a
// repository; .gitignore at the root for a plain directory), and how each is opened. The tree is
// untrusted (SPEC §6): a symbolic link is never followed (git stores a link as its target's path,
// which the history scan reads as the link's content), nothing outside the root is read, and
// anything that is not a regular file (FIFO, socket, device) is skipped without being opened
// for long: a FIFO would otherwise block the scan forever.
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { opendir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ignore from 'ignore';
import { pathBytes, splitPaths } from './path-text';
import { scanGit } from './scan-git';

/** Why a listed path was not read: it is no regular file inside the root. */
export class NotAFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAFileError';
  }
}

/** Every tracked and untracked file of a repository's work tree, minus ignored ones. Throws GitError. */
export async function listRepositoryFiles(root: string): Promise<string[]> {
  const args = ['ls-files', '-z', '-c', '-o', '--exclude-standard', '--deduplicate'];
  // GIT_WORK_TREE: the root we scan, whatever the repository's own core.worktree names.
  return splitPaths(await scanGit(root, args, { env: { GIT_WORK_TREE: root } }));
}

/**
 * Every entry of a plain directory except directories and ignored paths. Links and special files
 * are listed too, so that the scan notes them as skipped; linked directories are not entered.
 */
export async function listDirectoryFiles(root: string): Promise<string[]> {
  const ig = ignore();
  const gitignore = readRootFile(root, '.gitignore');
  if (gitignore !== null) ig.add(gitignore);
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let handle;
    try {
      handle = await opendir(dir);
    } catch {
      return; // unreadable directory: reported by the caller's read step if files were expected
    }
    for await (const entry of handle) {
      if (entry.name === '.git') continue;
      const full = join(dir, entry.name);
      const rel = relative(root, full).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!ig.ignores(rel + '/')) await walk(full);
      } else if (!ig.ignores(rel)) {
        files.push(rel);
      }
    }
  };
  await walk(root);
  return files.sort();
}

const O_READ = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** Opens the files of one working tree without following links or leaving its root. */
export class WorkingTreeReader {
  private readonly realRoot: string;
  // directory (absolute, as listed) -> whether it is a real directory inside the root
  private readonly parents = new Map<string, boolean>();

  constructor(private readonly root: string) {
    this.realRoot = realpathSync(root);
  }

  /**
   * Opens `file` (relative to the root, `/`-separated) for reading and returns its descriptor.
   * Throws NotAFileError for a symbolic link, anything that is not a regular file, and a path
   * under a linked directory; other failures are the usual errno errors (ENOENT when the file
   * vanished since it was listed).
   */
  open(file: string): number {
    // A name that is not UTF-8 (see path-text.ts) is opened by its bytes, unless a file has that
    // very name, escapes and all.
    const bytes = pathBytes(file);
    const raw = bytes !== null && !existsSync(join(this.root, file)) ? bytes : null;
    const cut = raw ? raw.lastIndexOf(0x2f) : file.lastIndexOf('/');
    const full = raw ? Buffer.concat([Buffer.from(`${this.root}/`), raw]) : join(this.root, file);
    const key = raw ? `\0${raw.toString('latin1', 0, Math.max(cut, 0))}` : file.slice(0, Math.max(cut, 0));
    let inside = this.parents.get(key);
    if (inside === undefined) {
      // Resolves to exactly the listed path: no directory between the root and the file is a link.
      if (cut === -1) inside = true;
      else if (raw) {
        const dir = raw.subarray(0, cut);
        const real = realpathOrNull(Buffer.concat([Buffer.from(`${this.root}/`), dir]));
        inside =
          real !== null &&
          Buffer.from(real as Buffer).equals(Buffer.concat([Buffer.from(`${this.realRoot}/`), dir]));
      } else {
        const dir = file.slice(0, cut);
        inside = realpathOrNull(join(this.root, dir)) === join(this.realRoot, dir);
      }
      this.parents.set(key, inside);
    }
    if (!inside) throw new NotAFileError('under a symbolic link to a directory: not followed');
    // lstat first, so a device or FIFO is not even opened.
    checkRegular(lstatSync(full));
    const fd = openSync(full, O_READ);
    try {
      // Again on what was opened: the entry may have been swapped since lstat.
      checkRegular(fstatSync(fd));
    } catch (e) {
      closeSync(fd);
      throw e;
    }
    return fd;
  }
}

// The real path of `path`, as bytes when asked by bytes; null when it cannot be resolved.
function realpathOrNull(path: string | Buffer): string | Buffer | null {
  try {
    // (the native call: the JavaScript one decodes a Buffer path as UTF-8)
    return typeof path === 'string' ? realpathSync(path) : realpathSync.native(path, { encoding: 'buffer' });
  } catch {
    return null;
  }
}

function checkRegular(stats: Stats): void {
  if (stats.isFile()) return;
  if (stats.isSymbolicLink()) throw new NotAFileError('symbolic link: not followed');
  const kind = stats.isFIFO()
    ? 'a FIFO'
    : stats.isSocket()
      ? 'a socket'
      : stats.isCharacterDevice() || stats.isBlockDevice()
        ? 'a device'
        : 'a directory';
  throw new NotAFileError(`${kind}, not a regular file`);
}

/** A small text file at the root (an ignore list), or null when absent or not a regular file. */
export function readRootFile(root: string, name: string): string | null {
  let fd: number | null = null;
  try {
    fd = new WorkingTreeReader(root).open(name);
    return readFileSync(fd, 'utf8');
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
