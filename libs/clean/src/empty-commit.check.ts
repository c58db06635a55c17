// Decides whether a non-merge commit became empty: every file it wrote now equals what its
// parent holds after the rewrite. Only asked for commits whose files are all rewritten blobs
// (or equal to one), so the ls-tree it costs is rare.
import { runExactGit } from './exact-git';
import { unquotePath } from './path-quote.util';
import type { RewriteState } from './rewrite.state';

export interface WrittenFile {
  mode: string;
  oid: string; // after the rewrite
  path: string; // as in the fast-export stream (maybe C-quoted, latin1)
}

export async function becameEmpty(
  repoPath: string,
  parentOid: string,
  entries: WrittenFile[],
  state: RewriteState,
): Promise<boolean> {
  const paths: string[] = [];
  for (const e of entries) {
    const raw = Buffer.from(unquotePath(e.path), 'latin1');
    const text = raw.toString('utf8');
    // A path that is not valid UTF-8 cannot be passed as an argument: keep the commit (safe side).
    if (!Buffer.from(text, 'utf8').equals(raw)) return false;
    paths.push(text);
  }
  const out = await runExactGit(
    ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', parentOid, '--', ...paths],
    {
      cwd: repoPath,
    },
  );
  const inParent = new Map<string, { mode: string; oid: string }>();
  for (const record of out.stdout.toString('latin1').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, , oid] = record.slice(0, tab).split(' ');
    inParent.set(record.slice(tab + 1), { mode, oid });
  }
  return entries.every((e) => {
    const parent = inParent.get(unquotePath(e.path));
    if (!parent || parent.mode !== e.mode) return false;
    const parentNow = state.changedBlobs.get(parent.oid)?.newOid ?? parent.oid;
    return parentNow === e.oid;
  });
}
