// The maps a clean leaves behind, in git-filter-repo's formats so existing tooling reads them:
// `commit-map` ("old new" per line, zero id for a pruned commit) and `ref-map` ("old new ref").
import { writeFile } from 'node:fs/promises';
import type { RefMapEntry } from './clean.report';

export async function writeCommitMap(path: string, commitMap: ReadonlyMap<string, string>): Promise<void> {
  const lines = ['old new'];
  for (const [oldId, newId] of commitMap) lines.push(`${oldId} ${newId}`);
  await writeFile(path, lines.join('\n') + '\n');
}

export async function writeRefMap(path: string, refMap: readonly RefMapEntry[]): Promise<void> {
  const lines = ['old new ref'];
  for (const e of refMap) lines.push(`${e.old} ${e.new} ${e.ref}`);
  await writeFile(path, lines.join('\n') + '\n');
}

// Pairs refs before and after the rewrite; refs that disappeared map to the zero id.
export function buildRefMap(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
  zeroId: string,
): RefMapEntry[] {
  return [...before].map(([ref, oldId]) => ({ ref, old: oldId, new: after.get(ref) ?? zeroId }));
}
