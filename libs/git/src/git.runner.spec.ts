import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError, runGit } from './git.runner';
import { findRepositoryRoot } from './porcelain';

let tmp: string;
beforeAll(() => {
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'dg-runner-')));
  execFileSync('git', ['init', '--quiet', join(tmp, 'work')]);
  execFileSync('git', ['init', '--quiet', '--bare', join(tmp, 'bare.git')]);
  mkdirSync(join(tmp, 'work', 'sub'));
  mkdirSync(join(tmp, 'plain'));
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

  it('returns null outside a repository', async () => {
    expect(await findRepositoryRoot(join(tmp, 'plain'))).toBeNull();
  });
});

describe('runGit', () => {
  it('names the sub-command after -c options and stops at the timeout', async () => {
    const started = Date.now();
    // `git -c alias.slow=!sleep 5 slow` runs a shell for 5 s.
    const error = await runGit(['-c', 'alias.slow=!sleep 5', 'slow'], { timeoutMs: 200 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).message).toBe('git slow timed out after 200 ms');
    expect(Date.now() - started).toBeLessThan(4000);
  });
});
