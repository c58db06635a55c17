// The files of a working tree: tracked and untracked, minus ignored ones (git's rules in a
// repository; .gitignore at the root for a plain directory). Symbolic links are not followed.
import { opendir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ignore from 'ignore';
import { scanGitText } from './scan-git';

export async function listRepositoryFiles(root: string, onlyChanged: boolean): Promise<string[]> {
  // -m -o: modified and untracked files only (what history cannot contain yet).
  const args = onlyChanged
    ? ['ls-files', '-z', '-m', '-o', '--exclude-standard', '--deduplicate']
    : ['ls-files', '-z', '-c', '-o', '--exclude-standard', '--deduplicate'];
  const out = await scanGitText(root, args);
  return out.split('\0').filter((p) => p !== '');
}

export async function listDirectoryFiles(root: string): Promise<string[]> {
  const ig = ignore();
  try {
    ig.add(await readFile(join(root, '.gitignore'), 'utf8'));
  } catch {
    // no .gitignore: nothing more to skip
  }
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let handle;
    try {
      handle = await opendir(dir);
    } catch {
      return; // unreadable directory: reported by the caller's read step if files were expected
    }
    for await (const entry of handle) {
      if (entry.name === '.git') continue;
      const full = join(dir, entry.name);
      const rel = relative(root, full).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!ig.ignores(rel + '/')) await walk(full);
      } else if (entry.isFile() && !ig.ignores(rel)) {
        files.push(rel);
      }
    }
  };
  await walk(root);
  return files.sort();
}
