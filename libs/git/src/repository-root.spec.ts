import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepositoryRoot } from './repository-root';

let tmp: string;
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
beforeAll(() => {
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'dg-root-')));
  git(tmp, 'init', '--quiet', join(tmp, 'work'));
  git(tmp, 'init', '--quiet', '--bare', join(tmp, 'bare.git'));
  mkdirSync(join(tmp, 'work', 'sub'));
  mkdirSync(join(tmp, 'plain'));
  mkdirSync(join(tmp, 'elsewhere'));
  git(tmp, 'init', '--quiet', join(tmp, 'redirected'));
  git(join(tmp, 'redirected'), 'config', 'core.worktree', join(tmp, 'elsewhere'));
  git(
    join(tmp, 'work'),
    '-c',
    'user.name=T',
    '-c',
    'user.email=t@example.com',
    'commit',
    '--quiet',
    '--allow-empty',
    '-m',
    'base',
  );
  git(join(tmp, 'work'), 'worktree', 'add', '--quiet', join(tmp, 'linked'));
  // A git directory kept apart from its work tree, which only its own core.worktree names.
  mkdirSync(join(tmp, 'apart-tree'));
  git(
    tmp,
    `--git-dir=${join(tmp, 'apart.git')}`,
    `--work-tree=${join(tmp, 'apart-tree')}`,
    'init',
    '--quiet',
  );
  // A submodule: git itself sets core.worktree in its git directory, and its `.git` file points back.
  git(
    join(tmp, 'work'),
    '-c',
    'protocol.file.allow=always',
    'submodule',
    'add',
    '--quiet',
    join(tmp, 'work'),
    'sub-module',
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('findRepositoryRoot', () => {
  // `--show-toplevel` fails in bare repositories; this used to return null for them.
  it('finds a bare repository', async () => {
    expect(await findRepositoryRoot(join(tmp, 'bare.git'))).toEqual({
      root: join(tmp, 'bare.git'),
      bare: true,
    });
  });

  it('finds the top of a work tree from below it and from its .git directory', async () => {
    const expected = { root: join(tmp, 'work'), bare: false };
    expect(await findRepositoryRoot(join(tmp, 'work', 'sub'))).toEqual(expected);
    expect(await findRepositoryRoot(join(tmp, 'work', '.git'))).toEqual(expected);
  });

  it("does not follow the repository's own core.worktree", async () => {
    expect(await findRepositoryRoot(join(tmp, 'redirected'))).toEqual({
      root: join(tmp, 'redirected'),
      bare: false,
    });
  });

  it('takes a git directory whose core.worktree names another directory as bare (F9: it was its parent)', async () => {
    const expected = { root: join(tmp, 'apart.git'), bare: true };
    expect(await findRepositoryRoot(join(tmp, 'apart.git'))).toEqual(expected);
    // GIT_DIR set by the user: still that git directory, not the directory holding it.
    process.env.GIT_DIR = join(tmp, 'apart.git');
    try {
      expect(await findRepositoryRoot(join(tmp, 'apart-tree'))).toEqual(expected);
    } finally {
      delete process.env.GIT_DIR;
    }
  });

  it('finds a submodule, whose `.git` leads back to its git directory', async () => {
    const sub = join(tmp, 'work', 'sub-module');
    expect(await findRepositoryRoot(sub)).toEqual({ root: sub, bare: false });
  });

  it('finds a linked work tree (its git directory is inside the main one)', async () => {
    expect(await findRepositoryRoot(join(tmp, 'linked'))).toEqual({ root: join(tmp, 'linked'), bare: false });
  });

  it('returns null outside a repository and for a directory that does not exist', async () => {
    expect(await findRepositoryRoot(join(tmp, 'plain'))).toBeNull();
    expect(await findRepositoryRoot(join(tmp, 'missing'))).toBeNull();
  });
});
