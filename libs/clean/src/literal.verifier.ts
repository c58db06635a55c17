// The built-in check of a rewritten repository: one pass over the reachable objects (blobs —
// binary ones included —, trees, commits, tags; notes are blobs and commits under refs/notes/)
// looks for every selected literal and every regex at once, with the same matcher the rewrite
// used. The clean passes the objects to read: those it wrote, and those of the source in which
// its first pass (which reads every object whole) found a value; any other object of the result
// is an object of the source already found clean. Where a value remains, a few targeted lookups
// name the commit and path holding it. Also `git fsck`.
import { CatFileParser, gitText, runGit, TokenStream, type ObjectType } from '@deployguard/git';
import type { RemainingLocation, RemainingSecret } from './clean.errors';
import { startGit, writeAll, type GitStream, killQuietly } from './git-stream.util';
import { isBinary } from '@deployguard/detect';
import { ReplacementMatcher } from './replacement.matcher';
import { replacementLabel, type Replacement } from './replacement.model';

export interface LiteralCheckOptions {
  repoPath: string;
  replacements: readonly Replacement[];
  // Default replacement text (a regex match holding it is the rewrite's own output).
  replacement?: string;
  // Ref patterns whose objects do not count (backup refs keep the old history on purpose).
  excludeRefs?: readonly string[];
  // Only what the refs reach is read (rev-list feeds cat-file). Without it every object in the
  // store (or in `objects`) is read: the same set right after a repack that dropped the rest.
  reachableOnly?: boolean;
  // Only these objects are read (those the clean wrote and those of the source in which the
  // rewrite found a value); without it, every object. Ids not in the repository are skipped.
  objects?: ReadonlySet<string>;
  // Blob id → path for blobs whose place is already known (binary blobs the rewrite left as
  // they are, when such leftovers are accepted): named by that path, without a history walk
  // (each `git log --find-object` walks the history; two took 0.4 s on express).
  knownBlobs?: ReadonlyMap<string, string>;
  // Called with the number of objects read so far, now and then.
  onProgress?: (objects: number) => void;
}

// Objects located per value (each lookup walks the history once; the first few are enough).
const MAX_LOCATED = 10;

/** Selected values still present in the repository, named by label, with where they remain. */
export async function findRemainingValues(options: LiteralCheckOptions): Promise<RemainingSecret[]> {
  const matcher = new ReplacementMatcher(options.replacements, options.replacement);
  // A tree holds names and binary object ids: only its names are searched, and only for what the
  // rewrite applies to names (an `a` byte of an object id is not a leftover of `literal:a`).
  const names = new ReplacementMatcher(options.replacements, options.replacement, { pathNames: true });
  const found = new Map<number, { objects: Map<string, ObjectType>; textual: boolean }>();
  let objects = 0;
  const reader = new CatFileParser({
    object: (oid, type, data) => {
      const binary = type === 'blob' && isBinary(data);
      const hits =
        type === 'tree' ? names.find(treeEntryNames(data, oidBytes(oid)), true) : matcher.find(data, true);
      for (const index of hits.keys()) {
        let entry = found.get(index);
        if (!entry) found.set(index, (entry = { objects: new Map(), textual: false }));
        entry.objects.set(oid, type);
        if (!binary) entry.textual = true;
      }
    },
    // Trees too: a value used as a file or directory name is in its tree.
    wants: () => {
      if (++objects % 2000 === 0) options.onProgress?.(objects);
      return true;
    },
  });
  const streams: GitStream[] = [];
  try {
    const only = options.objects;
    if (options.reachableOnly || options.excludeRefs?.length) {
      // Only what the live refs (and the stash entries, kept in refs/stash's reflog) reach:
      // rev-list feeds cat-file (through the `only` filter when given).
      const revList = startGit(
        [
          'rev-list',
          '--objects',
          '--no-object-names',
          '--reflog',
          ...(options.excludeRefs ?? []).map((p) => `--exclude=${p}`),
          '--all',
        ],
        options.repoPath,
      );
      const cat = startGit(['cat-file', '--batch'], options.repoPath);
      streams.push(revList, cat);
      const feed = (async () => {
        let wanted: string[] = [];
        const ids = new TokenStream(10, (data, from, to) => {
          const id = data.toString('latin1', from, to);
          if (only?.has(id)) wanted.push(id);
        });
        for await (const chunk of revList.child.stdout!) {
          if (!only) {
            await writeAll(cat.child.stdin!, chunk as Buffer);
            continue;
          }
          ids.push(chunk as Buffer);
          if (wanted.length > 0) await writeAll(cat.child.stdin!, wanted.join('\n') + '\n');
          wanted = [];
        }
        cat.child.stdin!.end();
        await revList.exited;
      })();
      for await (const chunk of cat.child.stdout!) reader.push(chunk as Buffer);
      await Promise.all([feed, cat.exited]);
    } else if (only) {
      const cat = startGit(['cat-file', '--batch'], options.repoPath);
      streams.push(cat);
      const feed = (async () => {
        const ids = [...only];
        for (let i = 0; i < ids.length; i += 4096)
          await writeAll(cat.child.stdin!, ids.slice(i, i + 4096).join('\n') + '\n');
        cat.child.stdin!.end();
      })();
      for await (const chunk of cat.child.stdout!) reader.push(chunk as Buffer);
      await Promise.all([feed, cat.exited]);
    } else {
      const cat = startGit(['cat-file', '--batch-all-objects', '--batch', '--unordered'], options.repoPath);
      streams.push(cat);
      cat.child.stdin!.end();
      for await (const chunk of cat.child.stdout!) reader.push(chunk as Buffer);
      await cat.exited;
    }
  } finally {
    for (const s of streams) killQuietly(s);
  }
  options.onProgress?.(objects);

  const remaining: RemainingSecret[] = [];
  const tagNames = found.size > 0 ? await tagsByObject(options.repoPath) : new Map<string, string>();
  for (const [index, entry] of found) {
    const locations: RemainingLocation[] = [];
    for (const [oid, type] of [...entry.objects].slice(0, MAX_LOCATED)) {
      if (type === 'commit') locations.push({ object: `commit ${oid}`, commit: oid });
      else if (type === 'tag') locations.push({ object: `tag ${oid}`, path: tagNames.get(oid) });
      else {
        const path = options.knownBlobs?.get(oid);
        locations.push({ object: `blob ${oid}`, ...(path ? { path } : await locateBlob(options, oid)) });
      }
    }
    remaining.push({
      label: replacementLabel(options.replacements[index], index),
      commits: [...new Set(locations.flatMap((l) => (l.commit ? [l.commit] : [])))],
      objects: [...entry.objects].map(([oid, type]) => `${type} ${oid}`),
      locations,
      binaryOnly: !entry.textual,
    });
  }
  return remaining;
}

/**
 * Selected values in the names of the result's refs (a branch `leak-<token>`): the rewrite keeps
 * ref names, so such a ref fails the verification, named with the value replaced. Only what is
 * applied to path names counts (strong literals); refs under `excludePrefix` are skipped.
 */
export async function findValuesInRefNames(
  repoPath: string,
  replacements: readonly Replacement[],
  replacement: string | undefined,
  excludePrefix?: string,
): Promise<RemainingSecret[]> {
  const names = new ReplacementMatcher(replacements, replacement, { pathNames: true });
  if (names.isEmpty) return [];
  const refs = (await gitText(['for-each-ref', '--format=%(refname)'], { cwd: repoPath })).split('\n');
  const byIndex = new Map<number, RemainingLocation[]>();
  for (const ref of refs) {
    if (ref === '' || (excludePrefix && ref.startsWith(excludePrefix))) continue;
    const result = names.apply(Buffer.from(ref, 'utf8'));
    if (!result) continue;
    const shown = result.data.toString('utf8');
    for (const index of result.hits.keys()) {
      const list = byIndex.get(index) ?? [];
      list.push({ object: `ref ${shown}` });
      byIndex.set(index, list);
    }
  }
  return [...byIndex].map(([index, locations]) => ({
    label: replacementLabel(replacements[index], index),
    commits: [],
    objects: locations.map((l) => l.object),
    locations,
  }));
}

/** Bytes of a binary object id in a tree entry: 20 for SHA-1, 32 for SHA-256 (from a hex id). */
function oidBytes(hexId: string): number {
  return hexId.length / 2;
}

/**
 * The entry names of a raw tree object (`<mode> <name>\0<id bytes>` repeated), one per line,
 * without the binary ids.
 */
export function treeEntryNames(tree: Buffer, idBytes: number): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < tree.length;) {
    const space = tree.indexOf(0x20, at);
    const nul = tree.indexOf(0, space + 1);
    if (space === -1 || nul === -1) break;
    parts.push(tree.subarray(space + 1, nul), NEWLINE);
    at = nul + 1 + idBytes;
  }
  return Buffer.concat(parts);
}

const NEWLINE = Buffer.from('\n');

// A commit whose tree holds the blob, and the blob's path there.
async function locateBlob(
  options: LiteralCheckOptions,
  oid: string,
): Promise<{ commit?: string; path?: string }> {
  const out = await gitText(
    [
      'log',
      ...(options.excludeRefs ?? []).map((p) => `--exclude=${p}`),
      '--all',
      `--find-object=${oid}`,
      '--format=%H',
      '--raw',
      '--no-abbrev',
      '--no-renames',
      '-n',
      '1',
    ],
    { cwd: options.repoPath, okCodes: [128] },
  );
  const lines = out.split('\n');
  const commit = lines[0]?.trim() || undefined;
  const raw = lines.find((l) => l.startsWith(':') && l.includes(oid));
  return { commit, path: raw ? raw.slice(raw.indexOf('\t') + 1) : undefined };
}

async function tagsByObject(repoPath: string): Promise<Map<string, string>> {
  const out = await gitText(['for-each-ref', '--format=%(objectname) %(refname)', 'refs/tags'], {
    cwd: repoPath,
  });
  const names = new Map<string, string>();
  for (const line of out.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp > 0) names.set(line.slice(0, sp), line.slice(sp + 1));
  }
  return names;
}

// fsck problems, one line each; empty when the repository is sound. Connectivity only: every
// object the refs reach is present and every commit, tree and tag parses — what a rewrite can
// break. A full check re-inflates and re-hashes every blob, the same read as the value check
// beside it, and tripled the verification (express: 15 s against 4 s); the objects it would
// re-check were either copied unchanged from the user's repository or written by fast-import.
export async function fsckErrors(repoPath: string): Promise<string[]> {
  const result = await runGit(['fsck', '--connectivity-only', '--strict', '--no-dangling', '--no-progress'], {
    cwd: repoPath,
    okCodes: [1, 2, 3, 4, 5, 6, 7, 8],
  });
  const lines = (result.stdout.toString('utf8') + result.stderr)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('Checking') && !l.startsWith('notice:'));
  if (result.code === 0) return [];
  return lines.length > 0 ? lines : [`git fsck exited with code ${result.code}`];
}
