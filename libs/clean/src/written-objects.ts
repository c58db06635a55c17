// Which objects the clean wrote: what its own object directory holds (packs and loose objects),
// less what was there before it started. Alternates are not listed: in an output mirror they are
// the user's repository, every object of which the rewrite read. The verification reads these
// objects (less the rewritten blobs the rewrite searched as it wrote them), with the source
// objects in which the rewrite found a value.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runGit } from '@deployguard/git';

/** Pack index names and loose object ids of one object directory at one moment. */
export interface ObjectStoreSnapshot {
  packs: Set<string>;
  loose: Set<string>;
}

const LOOSE_DIR = /^[0-9a-f]{2}$/;
const LOOSE_REST = /^(?:[0-9a-f]{38}|[0-9a-f]{62})$/;

/** The pack index files (`pack-….idx`) and loose object ids in `objectsDir` now. */
export async function snapshotObjectStore(objectsDir: string): Promise<ObjectStoreSnapshot> {
  const packs = new Set<string>();
  for (const name of await readdir(join(objectsDir, 'pack')).catch(() => [] as string[]))
    if (name.endsWith('.idx')) packs.add(name);
  const loose = new Set<string>();
  for (const dir of await readdir(objectsDir)) {
    if (!LOOSE_DIR.test(dir)) continue;
    for (const rest of await readdir(join(objectsDir, dir)).catch(() => [] as string[]))
      if (LOOSE_REST.test(rest)) loose.add(dir + rest);
  }
  return { packs, loose };
}

/**
 * Ids of the objects in `objectsDir` that were not in `before` (every object when `before` is not
 * given): loose ones by name, packed ones from the index of each new pack (`git show-index`).
 */
export async function objectsWrittenSince(
  objectsDir: string,
  objectFormat: string,
  before?: ObjectStoreSnapshot,
): Promise<Set<string>> {
  const now = await snapshotObjectStore(objectsDir);
  const written = new Set<string>();
  for (const oid of now.loose) if (!before?.loose.has(oid)) written.add(oid);
  for (const pack of now.packs) {
    if (before?.packs.has(pack)) continue;
    const index = await readFile(join(objectsDir, 'pack', pack));
    const out = await runGit(['show-index', `--object-format=${objectFormat}`], { input: index });
    // "<offset> <id> (<crc>)" per object.
    for (const line of out.stdout.toString('latin1').split('\n')) {
      const id = line.split(' ', 2)[1];
      if (id) written.add(id);
    }
  }
  return written;
}
