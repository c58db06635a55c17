// File names are bytes to git, and need not be UTF-8. Decoded as UTF-8 with replacement
// characters, two names differing only in such bytes became one (one finding for both), and the
// work tree's file could not be opened by its decoded name (its secret went unread). A name that
// is not UTF-8 is shown with each stray byte as `\xNN`, and opened by the bytes that stand for.
import { isUtf8 } from 'node:buffer';

/** `bytes` (a path from git's -z output) as text: UTF-8 when it is, else with stray bytes as \xNN. */
export function pathText(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buf)) return buf.toString('utf8');
  let out = '';
  for (let i = 0; i < buf.length;) {
    const n = utf8SequenceLength(buf, i);
    if (n > 0) {
      out += buf.toString('utf8', i, i + n);
      i += n;
    } else {
      out += `\\x${buf[i].toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** The bytes a pathText result with \xNN escapes stands for; null when it has none. */
export function pathBytes(text: string): Buffer | null {
  if (!/\\x[0-9a-f]{2}/.test(text)) return null;
  const parts = text.split(/(\\x[0-9a-f]{2})/);
  return Buffer.concat(
    parts.map((p) =>
      /^\\x[0-9a-f]{2}$/.test(p) ? Buffer.from([parseInt(p.slice(2), 16)]) : Buffer.from(p, 'utf8'),
    ),
  );
}

/** The paths of NUL-separated git output (-z), as pathText gives them. */
export function splitPaths(out: Buffer): string[] {
  const paths: string[] = [];
  for (let start = 0; start < out.length;) {
    let end = out.indexOf(0, start);
    if (end === -1) end = out.length;
    if (end > start) paths.push(pathText(out.subarray(start, end)));
    start = end + 1;
  }
  return paths;
}

// Length of the valid UTF-8 sequence at `i` (1-4), or 0 when the byte there starts none.
function utf8SequenceLength(b: Buffer, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number) => i + k < b.length && (b[i + k] & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    const c1 = b[i + 1];
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f)) return 0; // overlong, surrogate
    return 3;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const c1 = b[i + 1];
    if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return 0;
    return 4;
  }
  return 0;
}
