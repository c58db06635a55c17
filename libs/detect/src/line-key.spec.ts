// Line keys, from the native addon and from the JavaScript fallback alike: a line's key depends on
// its bytes alone (not where it sits, nor its line ending), and different lines get different keys.
import { randomBytes } from 'node:crypto';
import { LINE_KEY_INTS, lineKeys, lineKeysInJs } from './line-key';
import { nativeKeywordScanLoaded } from './native-keyword-scan';

function keysOf(text: Buffer, fn = lineKeys): number[][] {
  const starts = [0];
  for (let i = text.indexOf(10); i !== -1; i = text.indexOf(10, i + 1)) starts.push(i + 1);
  const out = new Int32Array(starts.length * LINE_KEY_INTS);
  fn(text, Int32Array.from(starts), starts.length, out);
  return starts.map((_, i) => [...out.subarray(i * LINE_KEY_INTS, (i + 1) * LINE_KEY_INTS)]);
}

describe('line keys', () => {
  it('come from the native addon in this build (the tests below run both)', () => {
    expect(nativeKeywordScanLoaded()).toBe(true);
    expect(lineKeys).not.toBe(lineKeysInJs);
  });

  it('end where the line ends, every tail length and byte, from both', () => {
    for (let round = 0; round < 300; round++) {
      const text = randomBytes(round % 97);
      for (let i = 0; i < text.length; i++) if (text[i] % 11 === 0) text[i] = i % 3 === 0 ? 13 : 10;
      const ends = (fn: typeof lineKeys) => keysOf(text, fn).map((k) => k[0]);
      expect(ends(lineKeys)).toEqual(ends(lineKeysInJs));
    }
  });

  it.each([
    ['native', lineKeys],
    ['JavaScript', lineKeysInJs],
  ])('(%s) end each line before its LF or CR LF, and do not depend on where the line sits', (_, fn) => {
    const text = Buffer.from('token=abc\r\nx\ntoken=abc\n\ntoken=abc');
    const keys = keysOf(text, fn);
    expect(keys.map((k) => k[0])).toEqual([9, 12, 22, 23, 33]);
    expect(keys[2].slice(1)).toEqual(keys[0].slice(1));
    expect(keys[4].slice(1)).toEqual(keys[0].slice(1));
    expect(keys[1].slice(1)).not.toEqual(keys[0].slice(1));
  });

  it.each([
    ['native', lineKeys],
    ['JavaScript', lineKeysInJs],
  ])('(%s) differ for lines that differ in one byte or in length', (_, fn) => {
    const lines = ['', 'a', 'b', 'ab', 'ba', 'aa', 'a\0', 'abcd', 'abce', 'abcde', 'bbcde', 'abcdf'];
    lines.push(
      'x'.repeat(8) + 'y',
      'x'.repeat(9),
      'x'.repeat(16),
      'x'.repeat(15) + 'y',
      'y' + 'x'.repeat(15),
    );
    const keys = keysOf(Buffer.from(lines.join('\n')), fn).map((k) => k.slice(1).join(','));
    expect(new Set(keys).size).toBe(lines.length);
    for (const lane of [1, 2, 3]) {
      const one = keysOf(Buffer.from(lines.join('\n')), fn).map((k) => k[lane]);
      expect(new Set(one).size).toBe(lines.length);
    }
  });

  it.each([
    ['native', lineKeys],
    ['JavaScript', lineKeysInJs],
  ])('(%s) give 20,000 lines of a source file, alike but for a few bytes, 20,000 keys', (_, fn) => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `  const value${i % 100} = fetch('/api/${i}');`);
    const keys = keysOf(Buffer.from(lines.join('\n')), fn).map((k) => `${k[1] & 0x3fffffff},${k[2]},${k[3]}`);
    expect(new Set(keys).size).toBe(lines.length);
  });
});
