// Files as git holds them (`:path` in the index, `<rev>:path` in a commit) rather than as the work
// tree has them: a commit records the index and a push sends commits, so what decides their scan
// (.deployguardignore, the config file) is read from there.
import { CatFileParser } from '@deployguard/git';
import { scanGit } from './scan-git';

/**
 * The UTF-8 text of each of `names` (`:path`, `HEAD:path`, no newline in a name) that names a
 * blob, read in one `git cat-file --batch`. A name with no entry, or naming no blob, is absent
 * from the map. Throws GitError when git fails (`repo` is no repository).
 */
export async function readGitFiles(repo: string, names: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  if (names.length === 0) return texts;
  const out = await scanGit(repo, ['cat-file', '--batch'], { input: names.join('\n') + '\n' });
  let answered = 0; // git answers the names in order, each with an object or a `missing` line
  const parser = new CatFileParser({
    object: (_id, type, data) => {
      if (type === 'blob') texts.set(names[answered], data.toString('utf8'));
      answered++;
    },
    missing: () => void answered++,
  });
  void parser.push(out); // the handler never asks to wait
  return texts;
}
