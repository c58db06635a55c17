// The root's .deployguardignore decides what is scanned, so a change to it in what is being
// scanned can hide that change's own leak: scans say so rather than pass in silence.
import { IGNORE_FILE_NAME } from '@deployguard/detect';
import { readGitFiles } from './git-files';

/** The warning of a range scan whose commits change the file (it is scanned with its base's). */
export const RANGE_IGNORE_CHANGE_WARNING =
  `the range changes ${IGNORE_FILE_NAME}, which decides what is scanned: it is scanned with its base's ` +
  '(a range cannot hide its own leak); review that change';

/** The warning of `protect --staged` when the commit changes the file (see stagedIgnoreFile). */
export const STAGED_IGNORE_CHANGE_WARNING =
  `this commit changes ${IGNORE_FILE_NAME}: a path it newly ignores is still scanned in this commit ` +
  '(a commit cannot hide its own leak); commit the ignore change on its own first';

/**
 * The ignore file the next commit records (the index's; null when it has none), HEAD's, whether
 * they differ (added, edited or removed), and whether either is a symbolic link (not read). Throws
 * GitError when git fails.
 */
export async function stagedIgnoreFile(
  root: string,
): Promise<{ text: string | null; committed: string | null; changed: boolean; link: boolean }> {
  const staged = `:${IGNORE_FILE_NAME}`;
  const head = `HEAD:${IGNORE_FILE_NAME}`;
  const { texts, links } = await readGitFiles(root, [staged, head]);
  const text = texts.get(staged) ?? null;
  const committed = texts.get(head) ?? null;
  return { text, committed, changed: text !== committed, link: links.length > 0 };
}
