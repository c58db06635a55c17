// The keys the detector's line memo (line-memo.ts) finds a line by: where the line's text ends,
// and three 32-bit words of a hash of its bytes. They come from the native addon
// (native/line_keys.c: two 64-bit lanes) when it is in use, else from three lanes of MurmurHash3's
// x86_32 steps here. The two are different hashes with the same contract; a process uses one of
// them throughout (a memo never sees both).
//
// Why hashes of bytes: a line the memo has seen before then needs no decoding into a string, nor
// a Map hashing that string again. 94 bits must agree (30 as the Map key, 64 checked): two
// different lines of a history share them with odds far below one in 10^15 per scan. They are not
// a cryptographic hash: a line made on purpose to collide with another could take over its
// results, which hides nothing its author could not hide by other means.
import { nativeLineKeys } from './native-keyword-scan';

const LANES = [
  [0x9747b28c, 0xcc9e2d51, 0x1b873593],
  [0x5bd1e995, 0x85ebca6b, 0xc2b2ae35],
  [0x27d4eb2f, 0x165667b1, 0x9e3779b1],
] as const;

/** Four numbers a line: its text's end (before a CR LF or LF; the buffer's end), three hashes. */
export const LINE_KEY_INTS = 4;

type LineKeysFn = (text: Uint8Array, starts: Int32Array, n: number, out: Int32Array) => void;

/**
 * Writes the keys of the lines starting at `starts[0..n)` of `text` to `out` (LINE_KEY_INTS each;
 * `out.length >= 4n`): the position where each line's text ends (its LF, or a CR right before it,
 * or the end of the text) and three 32-bit words of a hash of the text's bytes. Every start must lie in the
 * text (0..text.length).
 */
export const lineKeys: LineKeysFn = nativeLineKeys() ?? lineKeysInJs;

/** lineKeys in JavaScript (the fallback without the native addon; a different hash). */
export function lineKeysInJs(text: Uint8Array, starts: Int32Array, n: number, out: Int32Array): void {
  for (let i = 0; i < n; i++) {
    const start = starts[i];
    let end = text.indexOf(10, start);
    if (end === -1) end = text.length;
    if (end > start && text[end - 1] === 13) end--;
    out[LINE_KEY_INTS * i] = end;
    for (let l = 0; l < 3; l++) out[LINE_KEY_INTS * i + 1 + l] = hashLane(text, start, end, l);
  }
}

function hashLane(p: Uint8Array, from: number, to: number, lane: number): number {
  const [seed, c1, c2] = LANES[lane];
  let h = seed | 0;
  let i = from;
  for (; i + 4 <= to; i += 4) {
    const w = p[i] | (p[i + 1] << 8) | (p[i + 2] << 16) | (p[i + 3] << 24);
    const k = Math.imul(rotl(Math.imul(w, c1), 15), c2);
    h = (Math.imul(rotl(h ^ k, 13), 5) + 0xe6546b64) | 0;
  }
  if (i < to) {
    let tail = 0;
    for (let j = to - 1; j >= i; j--) tail = (tail << 8) | p[j];
    h ^= Math.imul(rotl(Math.imul(tail, c1), 15), c2);
  }
  return fmix(h ^ (to - from));
}

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
