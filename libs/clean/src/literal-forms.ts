// How a selected literal is looked for, in the rewrite and in the verification alike.
//   - The value itself (and the CRLF form of a multi-line value). A weak value (short, low
//     entropy, a plain word) only where it stands as a whole token: not inside a longer run of the
//     same character class, so `pass` never eats `password`. A strong value anywhere: a copy of a
//     random 40-character token glued to other letters (`xghp_…z`, a base64 run) is still the
//     secret, not a longer word, and leaving it would make verification a lie.
//   - For a strong value, the copies a leak makes of it: percent-encoded, JSON `\/`, base64 (on
//     one line, or wrapped: windows of the encoding). See encodedForms.
//   - For a multi-line value (a private key, a certificate), every body line of at least
//     MIN_FRAGMENT_LENGTH characters, anywhere, with the base64 run around it: an edited key
//     leaves single lines of its body in later versions of a file; and windows of the joined body,
//     for the key wrapped at another width. Armor lines (`-----BEGIN … KEY-----`) are shared by
//     every key of their kind and are left alone.

import { isWeakValue } from '@deployguard/detect';

export const MIN_FRAGMENT_LENGTH = 20;

export interface LiteralForm {
  text: string;
  // True when the form must stand as a whole token; fragments (long random lines) match anywhere.
  token: boolean;
  // A window of a base64 text: what is replaced is the whole base64 run around it (see
  // base64Windows).
  expand?: boolean;
  // The value itself (LF or CRLF), not a piece or an encoding of it: two values sharing such a
  // form are the same value.
  whole?: boolean;
}

const ARMOR_LINE = /^-----(?:BEGIN|END) [^-]*-----$/;
// The body between a BEGIN and an END armor line, after real or escaped (`\n`, `\r\n`) newlines.
const ARMORED_BODY =
  /-----BEGIN [^-]*-----(?:\\r)?(?:\\n|\r?\n)([\s\S]+?)(?:\\r)?(?:\\n|\r?\n)-----END [^-]*-----/;

/** Whether `value` is looked for only where it stands as a whole token (a weak value). */
export function isTokenBound(value: string): boolean {
  return isWeakValue(value);
}

/** The byte sequences (as strings) a literal is searched as; duplicates removed, never empty strings. */
export function literalForms(value: string): LiteralForm[] {
  const token = isTokenBound(value);
  const forms: LiteralForm[] = [{ text: value, token, whole: true }];
  if (!token) forms.push(...encodedForms(value));
  if (value.includes('\n')) {
    forms.push({ text: value.replace(/\r?\n/g, '\r\n'), token, whole: true });
    const body: string[] = [];
    for (const raw of value.split('\n')) {
      const line = raw.trim();
      if (ARMOR_LINE.test(line)) continue;
      body.push(line);
      // The whole base64 run: a line of the body rewrapped with its neighbours holds more of it.
      if (line.length >= MIN_FRAGMENT_LENGTH)
        forms.push({ text: line, token: false, expand: BASE64_TEXT.test(line) });
    }
    // A key body wrapped at another width (64, 70, 76 columns): its lines are pieces of the
    // joined body, found by windows.
    const joined = body.join('');
    if (!token && BASE64_TEXT.test(joined)) forms.push(...base64Windows(joined));
  }
  const seen = new Set<string>();
  return forms.filter((f) => f.text !== '' && !seen.has(f.text) && seen.add(f.text));
}

// A strong value is also looked for as the copies a leak usually makes of it: percent-encoded in
// a URL (a key with `/` or `+` in a query string, upper- or lower-case hex), and base64-encoded
// (a Kubernetes Secret's data, a basic-auth header, a base64 blob holding a whole key file). In
// base64 the value's characters depend on where it starts within a 3-byte group, so each of the
// three alignments gives one form: the characters made of the value's bits only. A replaced
// base64 copy is no longer valid base64; it no longer holds the secret either.
export const MIN_BASE64_FORM_LENGTH = 12;

function encodedForms(value: string): LiteralForm[] {
  const forms: LiteralForm[] = [];
  const percent = encodeURIComponent(value);
  if (percent !== value) {
    forms.push({ text: percent, token: false });
    forms.push({ text: percent.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()), token: false });
  }
  // JSON as PHP and some serializers write it: `\/` for `/`.
  if (value.includes('/') && !value.includes('\n'))
    forms.push({ text: value.replace(/\//g, '\\/'), token: false });
  // A key is encoded from its body only: the armor (`-----BEGIN … KEY-----`) is shared by every
  // key of its kind, so windows of its encoding would find other keys. The body is what lies
  // between the armor lines, whether the value has real newlines or `\n` escapes (a JSON key).
  const armored = ARMORED_BODY.exec(value);
  const bytes = Buffer.from(armored ? armored[1] : value, 'utf8');
  if (bytes.length < MIN_BASE64_FORM_LENGTH) return forms;
  for (let align = 0; align < 3; align++) {
    const encoded = Buffer.concat([Buffer.alloc(align), bytes]).toString('base64');
    // Character i holds bits [6i, 6i + 6): bytes floor(6i / 8) to floor((6i + 5) / 8).
    const first = Math.ceil((align * 8) / 6);
    const last = Math.floor(((align + bytes.length) * 8 - 6) / 6); // last character within the value
    const core = encoded.slice(first, last + 1);
    const url = core.replace(/\+/g, '-').replace(/\//g, '_');
    if (!armored) forms.push({ text: core, token: false });
    if (!armored && url !== core) forms.push({ text: url, token: false });
    // `base64` wraps its output at 76 columns, other tools at 64: windows find the pieces.
    forms.push(...base64Windows(core));
  }
  return forms;
}

// Windows of a base64 text that would be wrapped over lines: WINDOW characters from every
// WINDOW_STEP-th one, so any piece of WINDOW + WINDOW_STEP - 1 (31) characters or more on a line
// holds one. A match replaces its whole base64 run (the wrapped line), which is all secret when
// the text is; shorter pieces at the start and end of a wrapped copy can be left (a few bytes).
const WINDOW = 20;
const WINDOW_STEP = 12;
const BASE64_TEXT = /^[A-Za-z0-9+/=_-]+$/;

function base64Windows(text: string): LiteralForm[] {
  const forms: LiteralForm[] = [];
  if (text.length < WINDOW + WINDOW_STEP) return forms;
  for (let at = 0; at + WINDOW <= text.length; at += WINDOW_STEP)
    forms.push({ text: text.slice(at, at + WINDOW), token: false, expand: true });
  return forms;
}

// Character class of a byte for the token rule: 1 word (ASCII letter, digit, `_`), 2 non-ASCII
// (a byte of a UTF-8 letter), 0 anything else (punctuation, space), which never joins a run.
function byteClass(b: number): number {
  if (b >= 0x80) return 2;
  if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f)
    return 1;
  return 0;
}

/** True when data[start, end) is not glued to a neighbour byte of the same (word) class. */
export function standsAsToken(data: Uint8Array, start: number, end: number): boolean {
  if (start > 0) {
    const c = byteClass(data[start]);
    if (c !== 0 && byteClass(data[start - 1]) === c) return false;
  }
  if (end < data.length) {
    const c = byteClass(data[end - 1]);
    if (c !== 0 && byteClass(data[end]) === c) return false;
  }
  return true;
}
