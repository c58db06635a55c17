// git writes paths with special bytes C-quoted ("a\tb", "\303\251"). Both sides here are latin1
// strings, i.e. one char per raw byte.
const ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  '"': '"',
  '\\': '\\',
};

export function unquotePath(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"') || path.length < 2) return path;
  const body = path.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i];
    if (next >= '0' && next <= '7') {
      out += String.fromCharCode(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      out += ESCAPES[next] ?? next;
    }
  }
  return out;
}

// A raw-byte (latin1) path as text for reports.
export function displayPath(latin1Path: string): string {
  return Buffer.from(unquotePath(latin1Path), 'latin1').toString('utf8');
}
