// Where a repository starts: the top of its work tree, or the git directory of a bare one.
// `deployguard protect` asks this on every commit, so the usual case costs one git process.
import { dirname } from 'node:path';
import { gitText } from './git.runner';

/**
 * The top of the work tree holding `path` (or the git dir of a bare repository), or null when
 * `path` is in no repository (or does not exist). A repository's own core.worktree may name any
 * directory (/etc): it is not followed, the work tree is then the directory holding the git dir.
 */
export async function findRepositoryRoot(path: string): Promise<{ root: string; bare: boolean } | null> {
  try {
    // One process answers the usual case: a work tree whose top holds its git directory. Git
    // prints the first three answers, then fails on --show-toplevel in a bare repository or inside
    // a .git directory; those, and any other layout, take the long way.
    const [bare, insideGitDir, gitDir, top] = (
      await gitText(
        ['rev-parse', '--is-bare-repository', '--is-inside-git-dir', '--absolute-git-dir', '--show-toplevel'],
        {
          cwd: path,
        },
      )
    )
      .trim()
      .split('\n');
    if (bare === 'false' && insideGitDir === 'false' && top !== undefined && top === dirname(gitDir))
      return { root: top, bare: false };
  } catch {
    // the long way tells a bare repository and a .git directory from no repository
  }
  return findRootStepByStep(path);
}

// Three steps: `--show-toplevel` fails in a bare repository and inside a `.git` directory, and
// follows core.worktree, which the repository itself may set.
async function findRootStepByStep(path: string): Promise<{ root: string; bare: boolean } | null> {
  try {
    const out = await gitText(
      ['rev-parse', '--is-bare-repository', '--is-inside-git-dir', '--absolute-git-dir'],
      {
        cwd: path,
      },
    );
    const [bare, insideGitDir, gitDir] = out.trim().split('\n');
    if (bare === 'true') return { root: gitDir, bare: true };
    const cwd = insideGitDir === 'true' ? dirname(gitDir) : path;
    const worktree = await gitText(['config', '--get', 'core.worktree'], { cwd, okCodes: [1] });
    if (worktree.trim() !== '') return { root: dirname(gitDir), bare: false };
    const top = await gitText(['rev-parse', '--show-toplevel'], { cwd });
    return { root: top.trim(), bare: false };
  } catch {
    return null;
  }
}
