// Real git repositories and the real unzip tool.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  commitFiles,
  createTag,
  git,
  initRepo,
  makeTempDir,
  removeDir,
} from '../../../test/support/git-fixtures';
import { checkoutCopy, cloneBundle, createBundle, zipDirectory } from './repository-archive.util';

describe('repository archives', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('dg-archive-')));
  afterEach(() => removeDir(dir));

  it('round-trips every ref through a bundle, and zips a checkout that git accepts after unzip', async () => {
    const work = initRepo(join(dir, 'work'));
    commitFiles(work, { 'a.txt': 'one\n' }, 'first');
    commitFiles(work, { 'b/c.txt': 'two\n' }, 'second');
    createTag(work, 'v1', { message: 'tag' });
    git(work, ['branch', 'side']);
    git(work, ['gc', '--quiet']); // packs refs: refs/heads is left empty, the zip must keep it

    await createBundle(work, join(dir, 'r.bundle'));
    const mirror = join(dir, 'mirror.git');
    await cloneBundle(join(dir, 'r.bundle'), mirror);
    expect(git(mirror, ['for-each-ref', '--format=%(refname)']).split('\n').sort()).toEqual([
      'refs/heads/main',
      'refs/heads/side',
      'refs/tags/v1',
    ]);
    expect(git(mirror, ['remote'])).toBe('');

    const tree = join(dir, 'tree');
    mkdirSync(tree);
    await checkoutCopy(mirror, tree);
    const files = await zipDirectory(tree, join(dir, 'r.zip'), 'repository');
    expect(files).toBeGreaterThan(3);
    const out = join(dir, 'out');
    mkdirSync(out);
    execFileSync('unzip', ['-q', join(dir, 'r.zip')], { cwd: out });
    const repo = join(out, 'repository');
    git(repo, ['fsck', '--strict']);
    expect(git(repo, ['status', '--porcelain'])).toBe('');
    expect(git(repo, ['rev-parse', 'HEAD'])).toBe(git(work, ['rev-parse', 'HEAD']));
  });
});
