// A job's `source_branch` (SPEC §5): the scan reads that branch's history only. The mirror clone
// has every ref; the branch is resolved there, and a name that is no branch fails the job for good
// (no retry can create it) with the branches that do exist, so the user can correct the request.
import { gitText } from '@deployguard/git';
import { PermanentTaskError } from './task.errors';

const LISTED_BRANCHES = 20;

export interface ScannedRefs {
  // what the scan walks: the branch's commit, or every ref
  readonly revs?: string[];
  // one line for the job and the report, e.g. `branch main at 1a2b3c4d5e6f`, `all refs`
  readonly description: string;
}

/**
 * The history to scan in mirror clone `mirror` for job branch `branch` (null: every ref).
 * Throws PermanentTaskError naming the existing branches when `refs/heads/<branch>` does not exist.
 */
export async function resolveSourceBranch(
  mirror: string,
  branch: string | null,
  signal?: AbortSignal,
): Promise<ScannedRefs> {
  if (!branch) return { description: 'all refs' };
  const ref = `refs/heads/${branch}`;
  const sha = (
    await gitText(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
      cwd: mirror,
      okCodes: [1],
      signal,
    })
  ).trim();
  if (!sha) {
    const branches = (
      await gitText(
        ['for-each-ref', '--format=%(refname:lstrip=2)', `--count=${LISTED_BRANCHES + 1}`, 'refs/heads/'],
        {
          cwd: mirror,
          signal,
        },
      )
    )
      .split('\n')
      .filter(Boolean);
    const named =
      branches.length === 0
        ? 'the repository has no branches'
        : `its branches: ${branches.slice(0, LISTED_BRANCHES).join(', ')}${branches.length > LISTED_BRANCHES ? ', …' : ''}`;
    throw new PermanentTaskError(
      `source_branch "${branch}" does not exist in the source repository (${named}); create the job again with an existing branch, or without source_branch to scan every ref`,
    );
  }
  return { revs: [sha], description: `branch ${branch} at ${sha.slice(0, 12)}` };
}
