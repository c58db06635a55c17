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

/**
 * Every ref (for-each-ref order), annotated tags peeled to the object they finally name. A ref
 * naming a missing object has type `missing`; a damaged tag stays unpeeled. Throws GitError when
 * git cannot list the refs (a damaged packed-refs file).
 */
export async function listRefs(repo: string): Promise<RefEntry[]> {
  const out = await scanGitText(repo, [
    'for-each-ref',
    '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)',
  ]).catch(() => null);
  if (out === null) return listDamagedRefs(repo);
  const refs: RefEntry[] = [];
  for (const line of out.split('\n')) {
    if (line === '') continue;
    const [name, type, id, peeledType, peeledId] = line.split('\0');
    refs.push({ name, type, id, target: peeledId ? { type: peeledType, id: peeledId } : { type, id } });
  }
  await peelNestedTags(repo, refs);
  return refs;
}

// The refs when for-each-ref cannot read the objects they name (it stops at a missing one): names
// and ids, then each object's type as cat-file sees it, `missing` included.
async function listDamagedRefs(repo: string): Promise<RefEntry[]> {
  const out = await scanGitText(repo, ['for-each-ref', '--format=%(refname)%00%(objectname)']);
  const named = out
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\0'));
  const types = (
    await scanGitText(repo, ['cat-file', '--batch-check=%(objecttype)'], {
      input: named.map(([, id]) => `${id}\n`).join(''),
    })
  ).split('\n');
  const refs = named.map(([name, id], i) => {
    const type = types[i] === undefined || types[i].endsWith(' missing') ? 'missing' : types[i];
    return { name, type, id, target: { type, id } };
  });
  await peelNestedTags(repo, refs);
  return refs;
}

// A tag of a tag: for-each-ref's `*` peels one level only. When a damaged tag stops git, each
// is peeled alone, and a damaged one stays unpeeled.
async function peelNestedTags(repo: string, refs: RefEntry[]): Promise<void> {
  const peel = async (nested: RefEntry[]): Promise<void> => {
    const peeled = await scanGitText(repo, ['cat-file', '--batch-check=%(objecttype) %(objectname)'], {
      input: nested.map((r) => `${r.id}^{}`).join('\n') + '\n',
    });
    peeled.split('\n').forEach((line, i) => {
      const [type, id] = line.split(' ');
      if (i < nested.length && id && type !== 'missing' && !id.startsWith('missing'))
        nested[i].target = { type, id };
    });
  };
  const nested = refs.filter((r) => r.target.type === 'tag');
  if (nested.length === 0) return;
  await peel(nested).catch(async () => {
    for (const ref of nested) await peel([ref]).catch(() => undefined);
  });
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
