// The lines a diff adds, file by file, with their line numbers in the new version: what a commit
// would bring into the repository. Parses `git diff -U0` output (unified diff, a/ b/ prefixes).

export interface AddedFile {
  path: string; // repository-relative, `/`-separated
  // Line number (1-based, in the new file) -> the line's text, in ascending order.
  lines: Map<number, string>;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** Files with at least one added line; binary files (no text hunks) and deletions are absent. */
export function parseAddedLines(diff: string): AddedFile[] {
  const files: AddedFile[] = [];
  let current: AddedFile | null = null;
  let next = 0; // line number of the next added or context line
  let inHunk = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = null;
      inHunk = false;
    } else if (!inHunk && line.startsWith('+++ ')) {
      // git ends the name with a tab when it holds a space.
      const target = line.slice(4).replace(/\t$/, '');
      const path = target === '/dev/null' ? null : stripPrefix(unquote(target));
      current = path === null ? null : { path, lines: new Map() };
      if (current) files.push(current);
    } else if (line.startsWith('@@')) {
      const m = HUNK.exec(line);
      inHunk = m !== null;
      next = m ? Number(m[1]) : 0;
    } else if (inHunk && current) {
      if (line.startsWith('+')) current.lines.set(next++, line.slice(1).replace(/\r$/, ''));
      else if (line.startsWith(' ')) next++;
      // '-' (removed) and '\' (no newline at end of file) do not move the new file's lines.
    }
  }
  return files.filter((f) => f.lines.size > 0);
}

/**
 * The text of a file's added lines at their own line numbers, every other line empty: rules see
 * the real line numbers, and added lines that follow each other (a key block) stay together.
 */
export function addedText(file: AddedFile): string {
  let last = 0;
  for (const n of file.lines.keys()) last = Math.max(last, n);
  const out: string[] = new Array<string>(last).fill('');
  for (const [n, text] of file.lines) out[n - 1] = text;
  return out.join('\n') + '\n';
}

function stripPrefix(path: string): string {
  return path.startsWith('b/') ? path.slice(2) : path;
}

// git C-quotes a path with special characters ("b/t\303\251st\ttab"), even with core.quotePath
// off for control characters, quotes and backslashes; octal escapes are bytes of UTF-8.
const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

export function unquote(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"') || path.length < 2) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const e = body[++i];
    if (e >= '0' && e <= '7') {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(ESCAPES[e] ?? e.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
