// The refs of a repository as the history scan sees them: what each points at (peeled through
// annotated tags), and what the repository's state means for the scan — replace refs, a shallow
// boundary, a partial clone's promisor remote.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { scanGitText } from './scan-git';

export interface RefEntry {
  name: string; // full ref name, e.g. refs/tags/v1
  type: string; // type of the object the ref points at: commit, tag, tree or blob
  id: string;
  target: { type: string; id: string }; // the object after peeling annotated tags
}

/** Every ref (for-each-ref order), annotated tags peeled to the object they finally name. */
export async function listRefs(repo: string): Promise<RefEntry[]> {
  const out = await scanGitText(repo, [
    'for-each-ref',
    '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)',
  ]);
  const refs: RefEntry[] = [];
  const nested: RefEntry[] = [];
  for (const line of out.split('\n')) {
    if (line === '') continue;
    const [name, type, id, peeledType, peeledId] = line.split('\0');
    const ref = { name, type, id, target: peeledId ? { type: peeledType, id: peeledId } : { type, id } };
    refs.push(ref);
    if (ref.target.type === 'tag') nested.push(ref); // a tag of a tag: `*` peels one level only
  }
  if (nested.length > 0) {
    const peeled = await scanGitText(repo, ['cat-file', '--batch-check=%(objecttype) %(objectname)'], {
      input: nested.map((r) => `${r.id}^{}`).join('\n') + '\n',
    });
    peeled.split('\n').forEach((line, i) => {
      const [type, id] = line.split(' ');
      if (i < nested.length && id) nested[i].target = { type, id };
    });
  }
  return refs;
}

/** The boundary commits of a shallow clone (empty for a complete history). */
export async function shallowBoundary(repo: string): Promise<Set<string>> {
  const path = (await scanGitText(repo, ['rev-parse', '--git-path', 'shallow'])).trim();
  const text = await readFile(isAbsolute(path) ? path : join(repo, path), 'utf8').catch(() => '');
  return new Set(text.split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l)));
}

/** Whether objects may be missing by design: a partial clone (a promisor remote). */
export async function isPartialClone(repo: string): Promise<boolean> {
  const out = await scanGitText(
    repo,
    ['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.promisor)$'],
    { okCodes: [1] },
  );
  return out.trim() !== '';
}
