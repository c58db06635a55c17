// Refs that end at a blob or a tree (a lightweight tag on a key file, an annotated tag of a tree):
// git fast-export skips them with a warning, so the stream rewrite would drop them. They are
// rewritten here after the import: a new blob (the cleaned version), a new tree (rebuilt with
// `git mktree` on the directories that hold a cleaned blob), a new tag object (`git mktag`, message
// cleaned, signature dropped), and the ref moved to it.
import type { ObjectTagReport } from './clean.report';
import { runExactGit } from './exact-git';
import type { PathRenamer } from './path-rename';
import type { ReplacementMatcher } from './replacement.matcher';
import type { RewriteState } from './rewrite.state';

export interface ObjectTagContext {
  // Reads the original objects and writes the new ones (in output mode, alternates reach the source).
  targetPath: string;
  matcher: ReplacementMatcher;
  renamer: PathRenamer;
  state: RewriteState;
  commitMap: ReadonlyMap<string, string>;
}

const SIGNATURE = /\n-----BEGIN (PGP SIGNATURE|PGP MESSAGE|SSH SIGNATURE|SIGNED MESSAGE)-----\n[\s\S]*$/;

const git = (ctx: ObjectTagContext, args: string[], input?: string | Buffer) =>
  runExactGit(args, { cwd: ctx.targetPath, input });

/**
 * Refs of `sourcePath` (outside `skipPrefixes`) that end at a blob or a tree: ref → its object id
 * and the peeled type. One for-each-ref and one cat-file, whatever the number of refs.
 */
export async function findObjectTags(
  sourcePath: string,
  skipPrefixes: readonly string[],
): Promise<Map<string, { oid: string; type: 'blob' | 'tree' }>> {
  const listed = await runExactGit(['for-each-ref', '--format=%(objectname) %(refname)'], {
    cwd: sourcePath,
  });
  const refs = listed.stdout
    .toString('latin1')
    .split('\n')
    .filter(Boolean)
    .map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)] as const)
    .filter(([, ref]) => !skipPrefixes.some((p) => ref.startsWith(p)));
  const found = new Map<string, { oid: string; type: 'blob' | 'tree' }>();
  if (refs.length === 0) return found;
  const peeled = await runExactGit(['cat-file', '--batch-check=%(objecttype)'], {
    cwd: sourcePath,
    input: refs.map(([oid]) => `${oid}^{}\n`).join(''),
  });
  const types = peeled.stdout.toString('latin1').split('\n');
  refs.forEach(([oid, ref], i) => {
    if (types[i] === 'blob' || types[i] === 'tree') found.set(ref, { oid, type: types[i] });
  });
  return found;
}

/** Rewrites each ref of `tags` (from findObjectTags) in the target and moves it; returns what moved. */
export async function rewriteObjectTags(
  ctx: ObjectTagContext,
  tags: ReadonlyMap<string, { oid: string; type: 'blob' | 'tree' }>,
): Promise<ObjectTagReport[]> {
  const memo = new Map<string, string>();
  const reports: ObjectTagReport[] = [];
  let updates = '';
  for (const [ref, { oid, type }] of tags) {
    const next = await rewriteObject(ctx, oid, ref, memo);
    reports.push({ ref, type, old: oid, new: next });
    updates += `update ${ref} ${next}\n`;
  }
  if (updates) await git(ctx, ['update-ref', '--stdin'], updates);
  return reports;
}

async function rewriteObject(
  ctx: ObjectTagContext,
  oid: string,
  ref: string,
  memo: Map<string, string>,
): Promise<string> {
  let next = memo.get(oid);
  if (next) return next;
  const type = (await git(ctx, ['cat-file', '-t', oid])).stdout.toString('latin1').trim();
  const tag = ref.replace(/^refs\/tags\//, '');
  if (type === 'blob') {
    const changed = ctx.state.changedBlobs.get(oid);
    if (changed) ctx.state.blobOfTag(changed, tag);
    next = changed?.newOid ?? oid;
  } else if (type === 'tree') next = await rewriteTree(ctx, oid, tag);
  else if (type === 'tag') next = await rewriteTag(ctx, oid, ref, memo);
  else next = ctx.commitMap.get(oid) ?? oid;
  memo.set(oid, next);
  return next;
}

async function rewriteTag(
  ctx: ObjectTagContext,
  oid: string,
  ref: string,
  memo: Map<string, string>,
): Promise<string> {
  const raw = (await git(ctx, ['cat-file', 'tag', oid])).stdout.toString('latin1');
  const split = raw.indexOf('\n\n');
  const header = split === -1 ? raw : raw.slice(0, split + 1);
  let message = split === -1 ? '' : raw.slice(split + 2);
  const target = /^object (\S+)$/m.exec(header)![1];
  const newTarget = await rewriteObject(ctx, target, ref, memo);
  const signed = SIGNATURE.test('\n' + message);
  if (signed) {
    message = ('\n' + message).replace(SIGNATURE, '\n').slice(1);
    ctx.state.droppedTagSignatures++;
  }
  const cleaned = ctx.matcher.apply(Buffer.from(message, 'latin1'));
  if (cleaned) {
    message = cleaned.data.toString('latin1');
    ctx.state.messageOfTag(cleaned.hits, ref.replace(/^refs\/tags\//, ''));
  }
  if (newTarget === target && !signed && !cleaned) return oid;
  const body = header.replace(/^object \S+$/m, `object ${newTarget}`) + (split === -1 ? '' : '\n' + message);
  return (await git(ctx, ['mktag'], Buffer.from(body, 'latin1'))).stdout.toString('latin1').trim();
}

interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  name: string; // after a rename
  path: string; // original full path: the key of a rebuilt subdirectory
}

// Rebuilds only the directories on the way to a cleaned blob; everything else keeps its id.
async function rewriteTree(ctx: ObjectTagContext, tree: string, tag: string): Promise<string> {
  const listed = (await git(ctx, ['ls-tree', '-r', '-t', '-z', '--full-tree', tree])).stdout.toString(
    'latin1',
  );
  const children = new Map<string, TreeEntry[]>(); // directory ('' for the root) → its entries
  const dirty = new Set<string>();
  for (const record of listed.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid] = record.slice(0, tab).split(' ');
    const path = record.slice(tab + 1);
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    const entry: TreeEntry = { mode, type, oid, name: path.slice(slash + 1), path };
    if (!children.has(dir)) children.set(dir, []);
    children.get(dir)!.push(entry);
    const markDirty = () => {
      for (let d = dir; ; d = d.slice(0, Math.max(d.lastIndexOf('/'), 0))) {
        dirty.add(d);
        if (d === '') break;
      }
    };
    // A name holding a value is renamed like in the commits (the whole path is searched there).
    const renamed = ctx.renamer.rename(entry.name);
    if (renamed) {
      entry.name = renamed.path;
      markDirty();
    }
    if (type !== 'blob') continue;
    const changed = ctx.state.changedBlobs.get(oid);
    if (ctx.state.binaryHits.has(oid)) {
      const shown = ctx.renamer.rename(path)?.path ?? path;
      ctx.state.binaryBlobInCommit(oid, Buffer.from(shown, 'latin1').toString('utf8'));
    }
    if (!changed) continue;
    ctx.state.blobOfTag(changed, tag);
    entry.oid = changed.newOid;
    markDirty();
  }
  if (!dirty.has('')) return tree;
  // Deepest directories first, so a parent is written after its rebuilt subdirectories.
  const rebuilt = new Map<string, string>();
  for (const dir of [...dirty].sort(
    (a, b) => b.split('/').length - a.split('/').length || b.length - a.length,
  )) {
    const input = (children.get(dir) ?? []).map((e) => {
      const oid = e.type === 'tree' ? (rebuilt.get(e.path) ?? e.oid) : e.oid;
      return `${e.mode} ${e.type} ${oid}\t${e.name}\0`;
    });
    const out = await git(ctx, ['mktree', '-z'], Buffer.from(input.join(''), 'latin1'));
    rebuilt.set(dir, out.stdout.toString('latin1').trim());
  }
  return rebuilt.get('')!;
}
