import { pathBytes, pathText, splitPaths } from './path-text';

describe('path text', () => {
  it('keeps UTF-8 names as they are, a literal U+FFFD included', () => {
    for (const name of ['a.txt', 'dir/é 文件 🔑.txt', 'x\uFFFDy', 'a\\x41.txt'])
      expect(pathText(Buffer.from(name, 'utf8'))).toBe(name);
  });

  it('shows each byte that is not UTF-8 as \\xNN, so that different names stay different', () => {
    const latin1 = Buffer.from([0x61, 0xe9, 0x2e, 0x74]); // "aé.t" in Latin-1
    const other = Buffer.from([0x61, 0xff, 0x2e, 0x74]);
    expect(pathText(latin1)).toBe('a\\xe9.t');
    expect(pathText(other)).toBe('a\\xff.t');
    // a valid sequence beside stray bytes is decoded; overlong forms and surrogates are not valid
    expect(pathText(Buffer.from([0xc3, 0xa9, 0xc3]))).toBe('é\\xc3');
    expect(pathText(Buffer.from([0xc0, 0xaf]))).toBe('\\xc0\\xaf');
    expect(pathText(Buffer.from([0xed, 0xa0, 0x80]))).toBe('\\xed\\xa0\\x80');
  });

  it('gives back the bytes an escaped name stands for', () => {
    const raw = Buffer.from([0x64, 0x2f, 0xe9, 0xc3, 0xa9, 0xff]);
    expect(pathBytes(pathText(raw))).toEqual(raw);
    expect(pathBytes('plain.txt')).toBeNull();
  });

  it('splits NUL-separated output', () => {
    expect(splitPaths(Buffer.from('a\0b c\0\0d\xe9', 'latin1'))).toEqual(['a', 'b c', 'd\\xe9']);
  });
});
