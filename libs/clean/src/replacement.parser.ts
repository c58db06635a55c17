// Reads a `--replace-file`: the git-filter-repo `--replace-text` format, one expression a line.
//   literal:VALUE        VALUE exactly (the default when a line has no prefix)
//   regex:PATTERN        a regular expression in RE2 syntax (linear time: no lookaround, no
//                        backreferences); `$1` in a replacement refers to a group
//   glob:PATTERN         as git-filter-repo reads it: `*` any run of characters within a line,
//                        `?` one character, `[…]`/`[!…]` a class; run as the equivalent regex
//   …==>REPLACEMENT      optional, the text written instead of the match
// Blank lines are ignored; a line starting with `#` is read as a comment, with a warning (in
// git-filter-repo it would be a value: `literal:#…` says so). In a regex's replacement, Python's
// group references (`\1`, `\g<name>`) work as in git-filter-repo, and `$1`, `$<name>`, `$&` too.
// Leading and trailing whitespace (a Windows `echo` leaves `value \r`) is removed with a warning.
// Lines are secrets: messages name the line number only.
import RE2 from 're2';
import { CleanInputError } from './clean.errors';
import type { Replacement } from './replacement.model';

const ACCEPTED =
  'accepted: "literal:VALUE", "regex:PATTERN", "glob:PATTERN" or a bare VALUE, each optionally followed by "==>REPLACEMENT"; ' +
  '"#" lines are read as comments (with a warning) and blank lines are ignored';

/**
 * Parses a replace file into replacements labelled `line N`. `onWarning` receives one line per
 * expression whose whitespace was trimmed. Throws CleanInputError (line number, never the content)
 * for an empty expression or a regex that is invalid or outside RE2 syntax.
 */
export function parseReplaceFile(
  text: string,
  onWarning: (message: string) => void = () => undefined,
): Replacement[] {
  const replacements: Replacement[] = [];
  const trimmed: number[] = [];
  const commented: number[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNumber = i + 1;
    const raw = lines[i];
    if (raw.trim() === '') continue;
    if (raw.trimStart().startsWith('#')) {
      // git-filter-repo has no comments: there, such a line is a value. Said, never silent.
      commented.push(lineNumber);
      continue;
    }
    const line = raw.trim();
    if (line !== raw) trimmed.push(lineNumber);

    let body = line;
    let replacement: string | undefined;
    // The last `==>` splits, so a value may itself contain `==>` only when a replacement follows.
    const arrow = body.lastIndexOf('==>');
    if (arrow >= 0) {
      replacement = body.slice(arrow + 3);
      body = body.slice(0, arrow);
    }
    let kind: Replacement['kind'] = 'literal';
    if (body.startsWith('literal:')) body = body.slice('literal:'.length);
    else if (body.startsWith('regex:')) {
      kind = 'regex';
      body = body.slice('regex:'.length);
    } else if (body.startsWith('glob:')) {
      kind = 'regex';
      body = globToRegex(body.slice('glob:'.length).trim());
    }
    if (body !== body.trim()) {
      body = body.trim();
      if (trimmed.at(-1) !== lineNumber) trimmed.push(lineNumber);
    }
    if (body === '') {
      throw new CleanInputError(`replace file line ${lineNumber}: the expression is empty (${ACCEPTED})`);
    }
    if (kind === 'regex') {
      checkRegex(body, lineNumber);
      // git-filter-repo's replacements are Python's: `\1`, `\g<1>`, `\g<name>` name a group.
      if (replacement !== undefined) replacement = pythonGroupRefs(replacement);
    }
    const entry: Replacement = { kind, pattern: body, label: `line ${lineNumber}` };
    if (replacement !== undefined) entry.replacement = replacement;
    replacements.push(entry);
  }
  if (commented.length > 0)
    onWarning(
      `replace file line${commented.length > 1 ? 's' : ''} ${commented.join(', ')}: read as a comment (starts ` +
        'with "#"); write literal:#… for a value that starts with "#"',
    );
  if (trimmed.length > 0)
    onWarning(
      `replace file line${trimmed.length > 1 ? 's' : ''} ${trimmed.join(', ')}: leading/trailing whitespace or CR ` +
        'removed from the expression (a value never starts or ends with them)',
    );
  return replacements;
}

// `\1` and `\g<1>` → `$1`, `\g<name>` → `$<name>`; `$` references are kept as they are.
function pythonGroupRefs(replacement: string): string {
  return replacement
    .replace(/\\g<(\d+)>/g, '$$$1')
    .replace(/\\g<(\w+)>/g, '$$<$1>')
    .replace(/\\(\d{1,2})/g, '$$$1');
}

/**
 * A filter-repo glob as an RE2 regex: `*` → `.*` and `?` → `.` (never across a newline, as
 * filter-repo's translation of Python's fnmatch), `[!…]` → `[^…]`, everything else literal.
 */
export function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) out += '\\[';
      else {
        const inner = glob.slice(i + 1, end);
        out += `[${inner.startsWith('!') ? `^${inner.slice(1)}` : inner}]`;
        i = end;
      }
    } else out += c.replace(/[\\^$.|+(){}[\]]/g, '\\$&');
  }
  return out;
}

// The engines' messages quote the pattern, which may be the secret: they are not passed on.
function checkRegex(pattern: string, lineNumber: number): void {
  try {
    new RegExp(pattern, 'g');
  } catch {
    throw new CleanInputError(
      `replace file line ${lineNumber}: invalid regular expression (RE2 syntax expected; ${ACCEPTED})`,
    );
  }
  try {
    new RE2(pattern, 'g');
  } catch {
    throw new CleanInputError(
      `replace file line ${lineNumber}: regular expression uses syntax the linear-time engine (RE2) does not support ` +
        '(lookahead, lookbehind, backreferences, possessive quantifiers); rewrite it without them',
    );
  }
}
