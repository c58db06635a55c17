// A history can only be rewritten, and verified, when every object of it is here. A shallow clone
// lacks old commits, a partial clone lacks blobs (git fetches them on demand from a promisor
// remote, which a rewrite must not do), and a damaged repository lacks anything. Each case fails
// before any work, with what is missing and what to do — not with `write EPIPE` half-way through.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gitText, runGit } from '@deployguard/git';
import { CleanInputError } from './clean.errors';
import type { OpenRepository } from './repository.util';

const MAX_NAMED = 5;

/** Throws CleanInputError when `repo` is shallow, a partial clone, or misses reachable objects. */
export async function assertCompleteRepository(repo: OpenRepository): Promise<void> {
  const cwd = repo.root;
  const shallow = (await gitText(['rev-parse', '--is-shallow-repository'], { cwd })).trim();
  if (shallow === 'true') {
    throw new CleanInputError(
      `${repo.root} is a shallow clone: commits before its cut-off are missing, so their secrets could ` +
        'not be removed; fetch the whole history first (git fetch --unshallow) or clone without --depth',
    );
  }
  const promisors = await partialCloneMarks(repo);
  if (promisors.length > 0) {
    throw new CleanInputError(
      `${repo.root} is a partial clone (${promisors.join(', ')}): objects left out by its filter are not ` +
        'here to be cleaned or verified; fetch them all first (git fetch --refetch --no-filter, or git ' +
        'clone --mirror without --filter)',
    );
  }
  // One reachability walk, no content read: well under a second on a 50,000-object history.
  const walk = await runGit(['rev-list', '--objects', '--all', '--missing=print', '--no-object-names'], {
    cwd,
    okCodes: [128],
  });
  const missing = walk.stdout
    .toString('latin1')
    .split('\n')
    .filter((l) => l.startsWith('?'))
    .map((l) => l.slice(1));
  if (walk.code !== 0 || missing.length > 0) {
    const named =
      missing.length > 0
        ? `${missing.length} missing object(s): ${missing.slice(0, MAX_NAMED).join(', ')}${missing.length > MAX_NAMED ? ', …' : ''}`
        : `git rev-list failed: ${walk.stderr.trim().split('\n').slice(-1)[0] ?? 'unknown error'}`;
    throw new CleanInputError(
      `${repo.root} is incomplete (${named}); restore the objects (git fetch from a complete remote, ` +
        'or clone --mirror a complete copy) and check with git fsck --connectivity-only before cleaning',
    );
  }
}

// How a partial clone shows: its config, or `.promisor` packs left by one.
async function partialCloneMarks(repo: OpenRepository): Promise<string[]> {
  const marks: string[] = [];
  const config = await gitText(
    ['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.(promisor|partialclonefilter))$'],
    { cwd: repo.root, okCodes: [1] },
  );
  for (const line of config.split('\n')) {
    const key = line.split(' ')[0];
    if (key) marks.push(`config ${key}`);
  }
  const packs = await readdir(join(repo.objectsDir, 'pack')).catch(() => [] as string[]);
  const promisorPacks = packs.filter((f) => f.endsWith('.promisor'));
  if (promisorPacks.length > 0) marks.push(`${promisorPacks.length} promisor pack(s)`);
  return marks;
}
