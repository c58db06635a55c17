import { GitError, runGit } from './git.runner';

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
