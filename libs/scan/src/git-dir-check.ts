// git opens the files of its own directory without asking what they are: a FIFO there (a loose
// object, objects/info/alternates, packed-refs) leaves it waiting forever for a writer, and a
// device or socket is no better. A repository handed to the scan is checked for them first.
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { ScanInputError } from './scan.types';

/**
 * Throws ScanInputError naming the first file of the repository's git directory (and of the
 * common directory a linked work tree's points at) that is not a regular file, a directory or a
 * link to one. `root`: the work tree's top, or the git directory of a bare repository.
 */
export async function assertPlainGitDirectory(root: string, bare: boolean): Promise<void> {
  const dirs = await gitDirectories(root, bare);
  for (const dir of [...dirs, ...(await alternateStores(dirs.map((d) => join(d, 'objects'))))]) {
    const found = await firstSpecialFile(dir);
    if (found)
      throw new ScanInputError(
        `${found} is not a regular file (a named pipe, socket or device): git would wait on it or ` +
          `fail; a repository's own files are regular files and directories, so remove it and scan again`,
      );
  }
}

async function gitDirectories(root: string, bare: boolean): Promise<string[]> {
  let dir = bare ? root : join(root, '.git');
  const info = await lstat(dir).catch(() => null);
  if (info?.isFile()) {
    // a gitfile (linked work tree, submodule): `gitdir: <path>`
    const named = /^gitdir: (.+)$/m.exec(await readFile(dir, 'utf8').catch(() => ''))?.[1]?.trim();
    if (!named) return [];
    dir = isAbsolute(named) ? named : resolve(root, named);
  } else if (!info?.isDirectory()) return [];
  const common = (await readFile(join(dir, 'commondir'), 'utf8').catch(() => '')).trim();
  return common ? [dir, isAbsolute(common) ? common : resolve(dir, common)] : [dir];
}

// The object stores that `objects/info/alternates` files name (`git clone --shared`), and theirs
// in turn (git follows five levels): git reads them as its own. Lines are paths, absolute or
// relative to the store naming them; `#` starts a comment.
async function alternateStores(stores: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  let level = [...stores];
  for (let depth = 0; depth < 5 && level.length > 0; depth++) {
    const next: string[] = [];
    for (const store of level) {
      const file = join(store, 'info', 'alternates');
      // a named pipe there is reported by the walk of its own directory, never read here
      if (!(await lstat(file).catch(() => null))?.isFile()) continue;
      for (const line of (await readFile(file, 'utf8').catch(() => '')).split('\n')) {
        const path = line.trim();
        if (path === '' || path.startsWith('#')) continue;
        const alternate = isAbsolute(path) ? path : resolve(store, path);
        if (!found.includes(alternate) && !stores.includes(alternate)) next.push(alternate);
      }
    }
    found.push(...next);
    level = next;
  }
  return found;
}

// Depth first; a link is followed to see what it names, never walked into.
async function firstSpecialFile(top: string): Promise<string | null> {
  const pending = [top];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        if (target && !target.isFile() && !target.isDirectory()) return path;
      } else if (!entry.isFile()) return path;
    }
  }
  return null;
}
