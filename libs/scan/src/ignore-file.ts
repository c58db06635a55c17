// The root's .deployguardignore decides what is scanned, so a change to it in what is being
// scanned can hide that change's own leak: scans say so rather than pass in silence.
import { IGNORE_FILE_NAME } from '@deployguard/detect';
import { readGitFiles } from './git-files';

/** The warning of a scan whose commits (`the range`) or commit (`this commit`) change the file. */
export function ignoreChangeWarning(subject: 'the range' | 'this commit'): string {
  return (
    `${subject} changes ${IGNORE_FILE_NAME}, which decides what is scanned: review that change, since a ` +
    'commit can hide its own leak by ignoring its path'
  );
}

/**
 * The ignore file the next commit records (the index's; null when it has none) and whether it
 * differs from HEAD's (added, edited or removed). Throws GitError when git fails.
 */
export async function stagedIgnoreFile(root: string): Promise<{ text: string | null; changed: boolean }> {
  const staged = `:${IGNORE_FILE_NAME}`;
  const committed = `HEAD:${IGNORE_FILE_NAME}`;
  const files = await readGitFiles(root, [staged, committed]);
  const text = files.get(staged) ?? null;
  return { text, changed: text !== (files.get(committed) ?? null) };
}
