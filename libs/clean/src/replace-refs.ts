// `git replace` refs are named by the id of the object they stand in for. The clean rewrites the
// real objects (REAL_OBJECTS_ENV everywhere) and the replacement commits with them, so a
// replace ref would name an id the result no longer has. Each one is kept deliberately: moved to
// the rewritten id of the commit it replaces, kept as is when that commit did not change, or
// dropped with the reason (the commit was pruned, or the replaced object is not a commit).
import { runGit } from '@deployguard/git';

const REPLACE_PREFIX = 'refs/replace/';

export interface ReplaceRefOutcome {
  ref: string;
  // The ref in the result: the same, a new name, or null when dropped.
  now: string | null;
  reason: string;
}

/**
 * Moves or drops the replace refs of `refsBefore` in `resultPath` (the result already holds them
 * under their original names, pointing at the rewritten replacements); returns one outcome per ref.
 */
export async function carryReplaceRefs(
  resultPath: string,
  refsBefore: ReadonlyMap<string, string>,
  refsAfter: ReadonlyMap<string, string>,
  commitMap: ReadonlyMap<string, string>,
  zeroId: string,
): Promise<ReplaceRefOutcome[]> {
  const outcomes: ReplaceRefOutcome[] = [];
  let updates = '';
  for (const ref of refsBefore.keys()) {
    if (!ref.startsWith(REPLACE_PREFIX)) continue;
    const replaced = ref.slice(REPLACE_PREFIX.length);
    const next = commitMap.get(replaced);
    const value = refsAfter.get(ref);
    if (!value) {
      outcomes.push({ ref, now: null, reason: 'its replacement was not rewritten' });
    } else if (next === undefined || next === zeroId) {
      updates += `delete ${ref}\n`;
      const why =
        next === undefined ? 'it replaces a blob, tree or tag' : 'the commit it replaces was pruned';
      outcomes.push({ ref, now: null, reason: `dropped: ${why}; recreate it with git replace if needed` });
    } else if (next === replaced) {
      outcomes.push({ ref, now: ref, reason: 'kept: the commit it replaces did not change' });
    } else {
      const moved = REPLACE_PREFIX + next;
      updates += `delete ${ref}\ncreate ${moved} ${value}\n`;
      outcomes.push({ ref, now: moved, reason: `renamed to ${moved}: the commit it replaces was rewritten` });
    }
  }
  if (updates) await runGit(['update-ref', '--stdin'], { cwd: resultPath, input: updates });
  return outcomes;
}
