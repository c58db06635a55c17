// The preservation half of the verification: a clean may change file contents (and the names that
// held a selected value), nothing else. Every ref of the original must be in the result or listed
// as dropped with a reason; every rewritten commit must hold exactly the paths, with the same
// modes, of its original. Runs while the result still reaches the original objects (before the gc
// in place, before the alternates link is removed for a mirror).
import { startGit, writeAll } from './git-stream.util';
import { TokenStream } from '@deployguard/git';

export interface PreservationInput {
  resultPath: string;
  // Both without the backup refs of an in-place clean (listRefs leaves them out).
  refsBefore: ReadonlyMap<string, string>;
  refsAfter: ReadonlyMap<string, string>;
  // Refs left out on purpose, with the reason shown to the user.
  droppedRefs: ReadonlyMap<string, string>;
  // Original commit id → rewritten id (zero id when pruned).
  commitMap: ReadonlyMap<string, string>;
  zeroId: string;
  // Paths renamed because they held a value, raw (latin1) original → raw new path: the one
  // removal and addition a clean makes.
  renamedPaths: ReadonlyMap<string, string>;
}

export interface PreservationCheckReport {
  refsKept: number;
  refsDropped: { ref: string; reason: string }[];
  commitsCompared: number;
  // Wall time of the check. It runs beside the repack (or gc): `waitedMs` is the part past its
  // end, the time the check added, which counts as the verification's.
  durationMs: number;
  waitedMs: number;
  // Refs gone without a reason, paths added, removed or retyped: each one fails the verification.
  problems: string[];
}

// Enough to act on; the count says how many more there were.
const MAX_PROBLEMS = 50;

/** Compares refs and the paths of every rewritten commit; `problems` empty means all is kept. */
export async function checkPreservation(input: PreservationInput): Promise<PreservationCheckReport> {
  const t0 = Date.now();
  const problems: string[] = [];
  const report: PreservationCheckReport = {
    refsKept: 0,
    refsDropped: [],
    commitsCompared: 0,
    durationMs: 0,
    waitedMs: 0,
    problems,
  };
  for (const ref of input.refsBefore.keys()) {
    const reason = input.droppedRefs.get(ref);
    if (input.refsAfter.has(ref)) report.refsKept++;
    else if (reason) report.refsDropped.push({ ref, reason });
    else problems.push(`ref ${ref} is missing from the result`);
  }
  // Two paths renamed to one would be one file in the result: the other's content lost.
  const originalOfTarget = new Map<string, string>();
  for (const [original, target] of input.renamedPaths) {
    if (originalOfTarget.has(target) && problems.length < MAX_PROBLEMS)
      problems.push(`two paths would both be renamed ${Buffer.from(target, 'latin1').toString('utf8')}`);
    originalOfTarget.set(target, original);
  }
  // diff-tree reads "<commit> <parent>" pairs: the rewritten commit first, so the diff reads
  // original → result.
  const pairs: string[] = [];
  const originalOf = new Map<string, string>();
  for (const [before, after] of input.commitMap) {
    if (after === before || after === input.zeroId) continue;
    pairs.push(`${after} ${before}\n`);
    originalOf.set(after, before);
  }
  report.commitsCompared = pairs.length;
  if (pairs.length > 0) {
    let extra = 0;
    const renameTargets = new Set(input.renamedPaths.values());
    // Per commit, the renames seen: a path renamed (D) whose new name was not added (A) took the
    // name of a file that was there: that file's content is lost.
    const renamedIn = new Map<string, { gone: string[]; added: Set<string> }>();
    const renames = (commit: string) => {
      let r = renamedIn.get(commit);
      if (!r) renamedIn.set(commit, (r = { gone: [], added: new Set() }));
      return r;
    };
    await diffTrees(input.resultPath, pairs, (commit, status, path) => {
      if (status === 'D' && input.renamedPaths.has(path)) return void renames(commit).gone.push(path);
      if (status === 'A' && renameTargets.has(path)) return void renames(commit).added.add(path);
      if (problems.length >= MAX_PROBLEMS) return void extra++;
      const what =
        status === 'A'
          ? 'added'
          : status === 'D'
            ? 'removed'
            : status === 'M'
              ? 'changed mode'
              : 'changed type';
      // Never the name that held a value.
      const shown = Buffer.from(input.renamedPaths.get(path) ?? path, 'latin1').toString('utf8');
      problems.push(`commit ${originalOf.get(commit) ?? commit}: path ${shown} ${what}`);
    });
    for (const [commit, { gone, added }] of renamedIn)
      for (const original of gone) {
        const target = input.renamedPaths.get(original)!;
        if (added.has(target)) continue;
        if (problems.length >= MAX_PROBLEMS) extra++;
        else
          problems.push(
            `commit ${originalOf.get(commit) ?? commit}: path ${Buffer.from(target, 'latin1').toString('utf8')} ` +
              'was already there: a renamed path took its place',
          );
      }
    if (extra > 0) problems.push(`… and ${extra} more path problem(s)`);
  }
  report.durationMs = Date.now() - t0;
  return report;
}

// One `git diff-tree --stdin` for all pairs; calls `onProblem` for every entry that is not a pure
// content change (status M with the same mode).
async function diffTrees(
  repoPath: string,
  pairs: readonly string[],
  onProblem: (commit: string, status: string, path: string) => void,
): Promise<void> {
  const diff = startGit(['diff-tree', '--stdin', '-r', '-z', '--no-renames'], repoPath);
  const feed = (async () => {
    for (const pair of pairs) await writeAll(diff.child.stdin!, pair);
    diff.child.stdin!.end();
  })();
  let commit = '';
  let meta: string | null = null;
  const tokens = new TokenStream(0, (data, from, to) => {
    const token = data.toString('latin1', from, to);
    if (meta !== null) {
      // ":<old mode> <new mode> <old id> <new id> <status>" then the path.
      const [oldMode, newMode, , , status] = meta.slice(1).split(' ');
      if (status !== 'M' || oldMode !== newMode) onProblem(commit, status, token);
      meta = null;
    } else if (token.startsWith(':')) meta = token;
    else commit = token.trim();
  });
  for await (const chunk of diff.child.stdout!) tokens.push(chunk as Buffer);
  await Promise.all([feed, diff.exited]);
}
