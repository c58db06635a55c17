import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, realpath, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace, WorkspaceError } from './workspace';

let base: string;
let root: string;
let outside: string;

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'dg-ws-')));
  root = join(base, 'root');
  outside = join(base, 'outside');
  await mkdir(outside);
  await writeFile(join(outside, 'precious.txt'), 'keep me');
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

// The pid of a process that has exited.
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid as number;
}

describe('Workspace', () => {
  it('creates a private directory per task and removes it', async () => {
    const ws = new Workspace(root);
    const dir = await ws.create('3f1c7c2e-0000-4000-8000-000000000001');
    expect(dir.startsWith(root + '/')).toBe(true);
    await writeFile(join(dir, 'file'), 'x');
    expect(await ws.remove(dir)).toBe(true);
    expect(existsSync(dir)).toBe(false);
    expect(await ws.remove(dir)).toBe(false);
  });

  it('removes the directory in use() however the task ends', async () => {
    const ws = new Workspace(root);
    let seen = '';
    await expect(
      ws.use('task-1', async (dir) => {
        seen = dir;
        throw new Error('task failed');
      }),
    ).rejects.toThrow('task failed');
    expect(seen).not.toBe('');
    expect(existsSync(seen)).toBe(false);
  });

  it('refuses paths outside the root, the root itself and traversal', async () => {
    const ws = new Workspace(root);
    await ws.create('t1');
    await expect(ws.remove(outside)).rejects.toBeInstanceOf(WorkspaceError);
    await expect(ws.remove(root)).rejects.toBeInstanceOf(WorkspaceError);
    await expect(ws.remove(join(root, '..', 'outside'))).rejects.toBeInstanceOf(WorkspaceError);
    expect(existsSync(join(outside, 'precious.txt'))).toBe(true);
  });

  it('refuses a symlink that escapes the root, and never follows links inside a task dir', async () => {
    const ws = new Workspace(root);
    const dir = await ws.create('t2');
    const escape = join(root, 'task.link');
    await symlink(outside, escape);
    await expect(ws.remove(escape)).rejects.toBeInstanceOf(WorkspaceError);
    await expect(ws.remove(join(escape, 'precious.txt'))).rejects.toBeInstanceOf(WorkspaceError);

    await symlink(outside, join(dir, 'evil'));
    await ws.remove(dir);
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(join(outside, 'precious.txt'))).toBe(true);
  });

  it('rejects task ids that could build a path', async () => {
    const ws = new Workspace(root);
    await expect(ws.create('../x')).rejects.toBeInstanceOf(WorkspaceError);
    await expect(ws.create('a/b')).rejects.toBeInstanceOf(WorkspaceError);
    expect(() => new Workspace('relative/root')).toThrow(WorkspaceError);
    expect(() => new Workspace('/')).toThrow(WorkspaceError);
  });

  it('removes orphans of dead processes only, and leaves everything else under the root', async () => {
    const ws = new Workspace(root);
    const live = await ws.create('live-task');
    const host = live.split('/').pop()!.split('.')[1];
    const orphan = join(root, `task.${host}.${deadPid()}.crashed.0123abcd`);
    const reusedPid = join(root, `task.${host}.${process.pid}.previous.0123abcd`); // same pid, not ours
    const otherLiveProcess = join(root, `task.${host}.1.other-worker.0123abcd`);
    const otherHostFresh = join(root, 'task.00000000.42.remote.0123abcd');
    const otherHostOld = join(root, 'task.00000000.43.remote-old.0123abcd');
    const unrelated = join(root, 'not-a-task-dir');
    for (const d of [orphan, reusedPid, otherLiveProcess, otherHostFresh, otherHostOld, unrelated])
      await mkdir(d);
    await writeFile(join(orphan, 'leftover'), 'x');
    const old = new Date(Date.now() - 3 * 3600_000);
    await utimes(otherHostOld, old, old);
    const link = `task.${host}.${deadPid()}.linked.0123abcd`;
    await symlink(outside, join(root, link));

    const removed = await ws.removeOrphans();
    expect(removed.sort()).toEqual([orphan, reusedPid, otherHostOld].sort());
    expect(existsSync(join(outside, 'precious.txt'))).toBe(true);
    const left = (await readdir(root)).sort();
    expect(left).toEqual(
      [live, otherLiveProcess, otherHostFresh, unrelated, link].map((d) => d.split('/').pop()).sort(),
    );
  });

  it('does nothing when the root does not exist yet', async () => {
    expect(await new Workspace(join(base, 'missing')).removeOrphans()).toEqual([]);
  });
});
