// Files as git holds them (`:path` in the index, `<rev>:path` in a commit) rather than as the work
// tree has them: a commit records the index and a push sends commits, so what decides their scan
// (.deployguardignore, the config file) is read from there.
import { CatFileParser } from '@deployguard/git';
import { scanGit } from './scan-git';

// A tree entry's mode for a symbolic link: its blob holds the link's target, not a file's text.
const SYMLINK_MODE = '120000';

/** What readGitFiles found: each file's text, and the names that are symbolic links (not read). */
export interface GitFiles {
  texts: Map<string, string>;
  links: string[];
}

/** The notice for a root file (.deployguard.yml, .deployguardignore) that is a link, not read. */
export function linkNotReadNotice(name: string): string {
  return `the repository's ${name} is a symbolic link: not read (a link in a scanned repository is never followed)`;
}

/**
 * The UTF-8 text of each of `names` (`:path`, `HEAD:path`, no newline in a name) that names a
 * blob, read in one `git cat-file --batch`. A name with no entry or naming no blob is absent; one
 * naming a symbolic link (the repository is untrusted: a link is not followed, and its target is
 * no file's text) is listed in `links` instead. Throws GitError when git fails (`repo` is no
 * repository).
 */
export async function readGitFiles(repo: string, names: readonly string[]): Promise<GitFiles> {
  const texts = new Map<string, string>();
  if (names.length === 0) return { texts, links: [] };
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
  const links = await symbolicLinks(repo, [...texts.keys()]);
  for (const name of links) texts.delete(name);
  return { texts, links };
}

// Which of `names` (`:path`, `<rev>:path`) are symbolic links: the index's modes from one
// `git ls-files -s`, a commit's from one `git ls-tree` per revision (cat-file does not tell modes).
async function symbolicLinks(repo: string, names: readonly string[]): Promise<string[]> {
  const byRev = new Map<string, string[]>(); // '' for the index
  for (const name of names) {
    const colon = name.indexOf(':');
    const rev = name.slice(0, colon);
    byRev.set(rev, [...(byRev.get(rev) ?? []), name.slice(colon + 1)]);
  }
  const links = await Promise.all(
    [...byRev].map(async ([rev, paths]) => {
      const args =
        rev === '' ? ['ls-files', '-s', '-z', '--', ...paths] : ['ls-tree', '-z', rev, '--', ...paths];
      // `<mode> <id> <stage>\t<path>` (index) or `<mode> <type> <id>\t<path>` (tree)
      const entries = (await scanGit(repo, args)).toString('utf8').split('\0');
      return entries
        .filter((entry) => entry.startsWith(`${SYMLINK_MODE} `))
        .map((entry) => `${rev}:${entry.slice(entry.indexOf('\t') + 1)}`);
    }),
  );
  return links.flat();
}
