// What only a reflog reaches must survive a clean, which expires every reflog (they would keep the
// secrets reachable). The stash is the one reflog that is user data: its entries are exported with
// the rest of the history, and its reflog is written again over the rewritten commits. Other
// reflog-only commits (a branch reset away, an amended commit) are kept under the backup refs of an
// in-place clean; a mirror leaves them in the untouched original.
import { gitText, runGit } from '@deployguard/git';

export const STASH_REF = 'refs/stash';

export interface StashEntry {
  oid: string;
  // The reflog message `git stash list` shows ("WIP on main: …", "On main: my work").
  message: string;
  // Identity and time of the reflog entry, written back unchanged ("<unix seconds> <tz>").
  name: string;
  email: string;
  date: string;
}

export interface StashRestore {
  before: number;
  restored: number;
  // Entries that could not be written back, with the reason (e.g. the commit was not rewritten).
  dropped: { entry: number; oid: string; reason: string }[];
}

// The stash entries of a repository, newest first (stash@{0} first); empty without a stash reflog.
export async function readStashEntries(
  repoPath: string,
  refs: ReadonlyMap<string, string>,
): Promise<StashEntry[]> {
  if (!refs.has(STASH_REF)) return [];
  const out = await gitText(
    ['log', '--walk-reflogs', '--date=raw', '--format=%H%x00%gs%x00%gn%x00%ge%x00%gd', STASH_REF, '--'],
    { cwd: repoPath },
  );
  const entries: StashEntry[] = [];
  for (const line of out.split('\n')) {
    const [oid, message, name, email, selector] = line.split('\0');
    if (!oid || selector === undefined) continue;
    const date = /@\{(\d+ [+-]\d{4})\}$/.exec(selector)?.[1] ?? '';
    entries.push({ oid, message, name, email, date });
  }
  return entries;
}

// Commits named by a reflog entry and reachable from no ref: what an in-place clean must back up.
export async function reflogOnlyCommits(repoPath: string): Promise<string[]> {
  const [named, unreachable] = await Promise.all([
    // --stdin (empty): without any reflog, rev-list would otherwise fail for lack of revisions.
    gitText(['rev-list', '--no-walk', '--reflog', '--stdin'], { cwd: repoPath }),
    gitText(['rev-list', '--reflog', '--not', '--all'], { cwd: repoPath }),
  ]);
  const hidden = new Set(unreachable.split('\n').filter(Boolean));
  return named.split('\n').filter((oid) => hidden.has(oid));
}

/**
 * Writes `refs/stash` and its reflog again in `targetPath`, oldest entry first, each entry pointing
 * at the rewritten stash commit (`commitMap`: original id → new id, `zeroId` when pruned). Must run
 * after the clean expired the reflogs and before its gc. Keeps each entry's time, and its message
 * as `cleanMessage` returns it (the message of `git stash list` may name a selected value: the
 * commit it was made on, "WIP on main: <id> <subject>").
 */
export async function restoreStash(
  targetPath: string,
  entries: readonly StashEntry[],
  commitMap: ReadonlyMap<string, string>,
  zeroId: string,
  cleanMessage: (message: string) => string,
): Promise<StashRestore> {
  const result: StashRestore = { before: entries.length, restored: 0, dropped: [] };
  if (entries.length === 0) return result;
  await runGit(['update-ref', '-d', STASH_REF], { cwd: targetPath });
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    const next = commitMap.get(entry.oid);
    if (!next || next === zeroId) {
      result.dropped.push({ entry: i, oid: entry.oid, reason: 'the stash commit was not rewritten' });
      continue;
    }
    await runGit(['update-ref', '--create-reflog', '-m', cleanMessage(entry.message), STASH_REF, next], {
      cwd: targetPath,
      env: {
        GIT_COMMITTER_NAME: entry.name,
        GIT_COMMITTER_EMAIL: entry.email,
        ...(entry.date ? { GIT_COMMITTER_DATE: `@${entry.date}` } : {}),
      },
    });
    result.restored++;
  }
  return result;
}
