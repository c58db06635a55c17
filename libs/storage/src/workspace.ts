// Per-task temporary directories under one configured root. Nothing outside that root is ever
// deleted: paths are resolved (symlinks included) before removal. A directory's name records the
// host and pid that created it, so removeOrphans() at start-up keeps the live directories of other
// workers sharing the root and removes those of dead processes.
import { createHash, randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, realpath, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';

const TASK_ID = /^[A-Za-z0-9_-]{1,100}$/;
const TASK_DIR = /^task\.([0-9a-f]{8})\.(\d+)\.([A-Za-z0-9_-]{1,100})\.[0-9a-f]{8}$/;
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
// Directories made by this process: a restarted container often gets the same pid again, so a
// directory with our pid that we did not make is an orphan of the previous incarnation.
const createdHere = new Set<string>();

export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
}

export interface WorkspaceOptions {
  // A directory of another host (shared volume) or of a live pid is an orphan only after this
  // age; default 2 h, above the hard time limit of a task.
  maxAgeMs?: number;
}

export class Workspace {
  readonly root: string;
  private readonly maxAgeMs: number;

  constructor(root: string, options: WorkspaceOptions = {}) {
    if (!root || !isAbsolute(root)) throw new WorkspaceError('workspace root: expected an absolute path');
    if (resolve(root) === '/') throw new WorkspaceError('workspace root: refusing the filesystem root');
    this.root = resolve(root);
    this.maxAgeMs = options.maxAgeMs ?? 2 * 3600_000;
  }

  async create(taskId: string): Promise<string> {
    if (!TASK_ID.test(taskId)) throw new WorkspaceError('task id: expected letters, digits, "_" or "-"');
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    const name = `task.${HOST_TAG}.${process.pid}.${taskId}.${randomBytes(4).toString('hex')}`;
    const dir = join(await realpath(this.root), name);
    await mkdir(dir, { mode: 0o700 });
    createdHere.add(name);
    return dir;
  }

  // Removes a task directory. Refuses anything that is not strictly inside the root once every
  // symlink is resolved, and refuses a symlink itself. Returns false when it did not exist.
  async remove(dir: string): Promise<boolean> {
    const root = await realpath(this.root);
    let info;
    try {
      info = await lstat(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
    if (info.isSymbolicLink()) throw new WorkspaceError(`refusing to remove a symlink: ${dir}`);
    const real = await realpath(dir);
    const rel = relative(root, real);
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) {
      throw new WorkspaceError(`refusing to remove a path outside the workspace root: ${dir}`);
    }
    // rm does not follow symlinks inside the tree: a link to /etc is unlinked, not traversed.
    await rm(real, { recursive: true, force: true });
    createdHere.delete(basename(real));
    return true;
  }

  // Runs fn with a fresh directory that is removed however fn ends.
  async use<T>(taskId: string, fn: (dir: string) => Promise<T>): Promise<T> {
    const dir = await this.create(taskId);
    try {
      return await fn(dir);
    } finally {
      await this.remove(dir);
    }
  }

  // At start-up: removes task directories left by dead processes and returns them. Entries that
  // are not task directories are left alone.
  async removeOrphans(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const removed: string[] = [];
    for (const name of names) {
      const match = TASK_DIR.exec(name);
      if (!match) continue;
      const dir = join(this.root, name);
      // Only real directories: a symlink named like one is left alone (remove() would refuse it).
      const info = await lstat(dir).catch(() => null);
      if (!info?.isDirectory()) continue;
      if (!(await this.isOrphan(dir, match[1], Number(match[2])))) continue;
      if (await this.remove(dir)) removed.push(dir);
    }
    return removed;
  }

  private async isOrphan(dir: string, hostTag: string, pid: number): Promise<boolean> {
    if (hostTag === HOST_TAG) {
      if (pid === process.pid) return !createdHere.has(basename(dir));
      if (!isAlive(pid)) return true;
    }
    // Another host's, or a live pid's (which may be a reused pid): an orphan once too old.
    const info = await stat(dir).catch(() => null);
    return info !== null && Date.now() - info.mtimeMs > this.maxAgeMs;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
