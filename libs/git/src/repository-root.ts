// Where a repository starts: the top of its work tree, or the git directory of a bare one.
// `deployguard protect` asks this on every commit, so the usual case costs one git process.
import { dirname } from 'node:path';
import { gitText } from './git.runner';

/**
 * The top of the work tree holding `path` (or the git dir of a bare repository), or null when
 * `path` is in no repository (or does not exist). A repository's own core.worktree may name any
 * directory (/etc): it is followed only to a directory whose `.git` leads back to the repository
 * (a submodule's); otherwise the work tree is the directory holding the git dir when that is its
 * `.git`, else there is none and the git dir is returned as a bare repository's.
 */
export async function findRepositoryRoot(path: string): Promise<{ root: string; bare: boolean } | null> {
  try {
    // One process answers the usual cases: a work tree whose top holds its git directory, and a
    // bare repository (git prints the first three answers, then fails on --show-toplevel, with
    // 128); any other layout takes the long way.
    const [bare, insideGitDir, gitDir, top] = (
      await gitText(
        ['rev-parse', '--is-bare-repository', '--is-inside-git-dir', '--absolute-git-dir', '--show-toplevel'],
        { cwd: path, okCodes: [128] },
      )
    )
      .trim()
      .split('\n');
    if (bare === 'true' && gitDir) return { root: gitDir, bare: true };
    if (bare === 'false' && insideGitDir === 'false' && top !== undefined && top === dirname(gitDir))
      return { root: top, bare: false };
  } catch {
    // the long way tells a bare repository and a .git directory from no repository
  }
  return findRootStepByStep(path);
}

// The long way, for the layouts the one process does not settle: a bare repository, a `.git`
// directory, a linked work tree, a submodule, a separate git directory (GIT_DIR), core.worktree.
// The repository's own core.worktree may name any directory: a work tree is accepted only where
// that directory itself leads git back to this git directory (its `.git` is, or points at, it).
// A git directory with no such work tree is treated as bare: its history and index are read,
// never files of a directory its config names.
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
    const worktree = await gitText(['config', '--get', 'core.worktree'], { cwd: path, okCodes: [1] });
    if (worktree.trim() === '' && insideGitDir === 'false') {
      // Where git itself puts the top (below the path asked, or the current directory with GIT_DIR).
      const top = await gitText(['rev-parse', '--show-toplevel'], { cwd: path });
      return { root: top.trim(), bare: false };
    }
    const named =
      worktree.trim() === ''
        ? []
        : [(await gitText(['rev-parse', '--show-toplevel'], { cwd: path }).catch(() => '')).trim()];
    for (const candidate of [...named, dirname(gitDir)])
      if (candidate !== '' && (await leadsTo(candidate, gitDir))) return { root: candidate, bare: false };
    return { root: gitDir, bare: true };
  } catch {
    return null;
  }
}

// Whether git, started in `dir` with no GIT_DIR of the caller's, finds `gitDir` there (not above).
async function leadsTo(dir: string, gitDir: string): Promise<boolean> {
  const env = { GIT_DIR: undefined, GIT_WORK_TREE: undefined, GIT_CEILING_DIRECTORIES: dirname(dir) };
  const found = await gitText(['rev-parse', '--absolute-git-dir'], { cwd: dir, env }).catch(() => '');
  return found.trim() === gitDir;
}
