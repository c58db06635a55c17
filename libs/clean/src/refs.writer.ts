// Points the refs of the rewritten history at their new commits, all at once. fast-import writes
// each branch it is told about as a loose ref, a lock, a rename and often a directory per ref;
// on a mirror of a forge (express: 3,890 refs, most of them refs/pull/*) that was most of the
// import's time (express, under load: 27 s against 8 s for the same stream with one branch). So the
// rewrite imports every commit on one scratch branch and sets the real refs here: refs that do
// not exist yet (a fresh mirror) as one `packed-refs` file, the others with one `update-ref`.
import { open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { runGit } from '@deployguard/git';

/**
 * Sets every ref in `refs` (full name as latin1, one char per byte as in the fast-export stream →
 * object id) in the repository at `repoPath` (common git
 * dir `gitDir`). Refs that do not exist yet are written as a new packed-refs file when the
 * repository has none; everything else goes through `git update-ref --stdin`. Throws GitError,
 * or an Error when another process holds the packed-refs lock.
 */
export async function setRefs(
  repoPath: string,
  gitDir: string,
  refs: ReadonlyMap<string, string>,
): Promise<void> {
  const existing = new Map<string, string>();
  const listed = await runGit(['for-each-ref', '--format=%(objectname) %(refname)'], { cwd: repoPath });
  for (const line of listed.stdout.toString('latin1').split('\n')) {
    const sp = line.indexOf(' ');
    if (sp > 0) existing.set(line.slice(sp + 1), line.slice(0, sp));
  }
  const created: [string, string][] = [];
  let updates = '';
  for (const [ref, oid] of refs) {
    const now = existing.get(ref);
    if (now === undefined) created.push([ref, oid]);
    else if (now !== oid) updates += `update ${ref} ${oid}\n`;
  }
  const packedRefs = join(gitDir, 'packed-refs');
  if (created.length > 0 && !(await stat(packedRefs).catch(() => null))) {
    await writePackedRefs(packedRefs, created);
  } else {
    for (const [ref, oid] of created) updates += `create ${ref} ${oid}\n`;
  }
  if (updates !== '')
    await runGit(['update-ref', '--stdin'], { cwd: repoPath, input: Buffer.from(updates, 'latin1') });
}

// The packed-refs format (gitrepository-layout(5)): a traits line, then "<id> <ref>" sorted by
// name as bytes. Without the `peeled` trait git peels annotated tags itself when asked. Written
// under git's own lock file name, so a concurrent git waits or fails instead of reading half.
async function writePackedRefs(path: string, refs: [string, string][]): Promise<void> {
  const sorted = refs
    .map(([ref, oid]) => [Buffer.from(ref, 'latin1'), oid] as const)
    .sort((a, b) => Buffer.compare(a[0], b[0]));
  const lines = sorted.map(([ref, oid]) => Buffer.concat([Buffer.from(`${oid} `), ref, Buffer.from('\n')]));
  const lock = `${path}.lock`;
  const file = await open(lock, 'wx');
  try {
    await file.writeFile(Buffer.concat([Buffer.from('# pack-refs with: sorted \n'), ...lines]));
    await file.close();
    await rename(lock, path);
  } catch (e) {
    await file.close().catch(() => undefined);
    await rm(lock, { force: true });
    throw e;
  }
}
