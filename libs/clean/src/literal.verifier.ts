// Built-in check that needs no scanner: streams every object reachable in the result and
// reports any selected value still present, outside binary blobs (which are left untouched and
// listed in the report). Also runs `git fsck --full --strict`.
import { runGit } from '@deployguard/git';
import { CatFileReader } from './cat-file.reader';
import type { RemainingSecret } from './clean.errors';
import { startGit, writeAll, type GitStream, killQuietly } from './git-stream.util';
import { isBinary, ReplacementMatcher } from './replacement.matcher';
import { replacementLabel, type Replacement } from './replacement.model';

export interface LiteralCheckOptions {
  repoPath: string;
  replacements: readonly Replacement[];
  // Ref patterns whose objects do not count (backup refs keep the old history on purpose).
  excludeRefs?: readonly string[];
}

export async function findRemainingValues(options: LiteralCheckOptions): Promise<RemainingSecret[]> {
  // Literals only: a regex may well match its own replacement text (`token=***REMOVED***`);
  // regexes are verified by the scanner plugged in as the verify hook.
  const literalIndex = options.replacements.flatMap((r, i) => (r.kind === 'literal' ? [i] : []));
  const matcher = new ReplacementMatcher(
    literalIndex.map((i) => options.replacements[i]),
    '',
  );
  const found = new Map<number, { commits: Set<string>; objects: Set<string> }>();
  const reader = new CatFileReader(
    (oid, type, data) => {
      if (type === 'blob' && isBinary(data)) return;
      for (const local of matcher.find(data).keys()) {
        const index = literalIndex[local];
        let entry = found.get(index);
        if (!entry) found.set(index, (entry = { commits: new Set(), objects: new Set() }));
        if (type === 'commit') entry.commits.add(oid);
        else entry.objects.add(`${type} ${oid}`);
      }
    },
    // Trees too: a value used as a file or directory name is in its tree.
    () => true,
  );
  const streams: GitStream[] = [];
  try {
    if (options.excludeRefs?.length) {
      // Only what the live refs (and the stash entries, kept in refs/stash's reflog) reach:
      // rev-list feeds cat-file.
      const revList = startGit(
        [
          'rev-list',
          '--objects',
          '--no-object-names',
          '--reflog',
          ...options.excludeRefs.map((p) => `--exclude=${p}`),
          '--all',
        ],
        options.repoPath,
      );
      const cat = startGit(['cat-file', '--batch'], options.repoPath);
      streams.push(revList, cat);
      const feed = (async () => {
        for await (const chunk of revList.child.stdout!) await writeAll(cat.child.stdin!, chunk as Buffer);
        cat.child.stdin!.end();
        await revList.exited;
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
  return [...found].map(([index, e]) => ({
    label: replacementLabel(options.replacements[index], index),
    commits: [...e.commits],
    objects: [...e.objects],
  }));
}

// fsck problems, one line each; empty when the repository is sound.
export async function fsckErrors(repoPath: string): Promise<string[]> {
  const result = await runGit(['fsck', '--full', '--strict', '--no-dangling', '--no-progress'], {
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
