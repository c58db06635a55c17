// Reads a `--replace-file`: the git-filter-repo `--replace-text` format, one expression a line.
//   literal:VALUE        VALUE exactly (the default when a line has no prefix)
//   regex:PATTERN        a JavaScript regular expression; `$1` in a replacement refers to a group
//   …==>REPLACEMENT      optional, the text written instead of the match
// `#` comments and blank lines are ignored. Lines are secrets: errors name the line number only.
import { CleanInputError } from './clean.errors';
import type { Replacement } from './replacement.model';

const ACCEPTED =
  'accepted: "literal:VALUE", "regex:PATTERN" or a bare VALUE, each optionally followed by "==>REPLACEMENT"; ' +
  '"#" comments and blank lines are ignored';

export function parseReplaceFile(text: string): Replacement[] {
  const replacements: Replacement[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNumber = i + 1;
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;

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
    }
    if (body === '') {
      throw new CleanInputError(`replace file line ${lineNumber}: the expression is empty (${ACCEPTED})`);
    }
    if (kind === 'regex') {
      try {
        new RegExp(body, 'g');
      } catch {
        // The engine's message quotes the pattern, which may be the secret: it is not passed on.
        throw new CleanInputError(
          `replace file line ${lineNumber}: invalid regular expression (JavaScript RegExp syntax expected; ${ACCEPTED})`,
        );
      }
    }
    const entry: Replacement = { kind, pattern: body, label: `line ${lineNumber}` };
    if (replacement !== undefined) entry.replacement = replacement;
    replacements.push(entry);
  }
  return replacements;
}
