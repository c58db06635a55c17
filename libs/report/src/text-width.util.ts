// Terminal text helpers for the table format: strip control characters that a hostile repository
// could smuggle into a path or commit message, and fit text to the terminal width.

// C0/C1 controls (ESC starts ANSI sequences) and bidi overrides ("Trojan Source") are never printed raw.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitizeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : '?'));
}

// Columns a code point takes on a terminal: 0 for combining marks, 2 for East Asian wide and emoji.
function charWidth(cp: number): number {
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0)!);
  return w;
}

const ELLIPSIS = '…';

// Keep the start: for messages and descriptions.
export function truncateEnd(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  if (max <= 0) return '';
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + ELLIPSIS;
}

// Keep the end: for paths, where the file name and line number matter most.
export function truncateStart(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  if (max <= 0) return '';
  const chars = Array.from(text);
  let out = '';
  let w = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const cw = charWidth(chars[i].codePointAt(0)!);
    if (w + cw > max - 1) break;
    out = chars[i] + out;
    w += cw;
  }
  return ELLIPSIS + out;
}

// Word-wrap for summary and warning lines, which must not lose words; `indent` prefixes follow-up lines.
export function wrap(text: string, max: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && displayWidth(candidate) > max) {
      lines.push(line);
      line = indent + word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
