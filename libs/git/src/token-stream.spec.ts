import { TokenStream } from './token-stream';

describe('TokenStream', () => {
  const tokensOf = (chunks: string[], separator = 0): string[] => {
    const out: string[] = [];
    const stream = new TokenStream(separator, (data, from, to) => out.push(data.toString('utf8', from, to)));
    for (const c of chunks) stream.push(Buffer.from(c, 'utf8'));
    return out;
  };

  it('hands out every complete token, in order, wherever the chunks cut them', () => {
    const text = 'alpha\0beta\0\0gamma delta\0é€\0last\0';
    const whole = tokensOf([text]);
    expect(whole).toEqual(['alpha', 'beta', '', 'gamma delta', 'é€', 'last']);
    const bytes = Buffer.from(text, 'utf8');
    // every cut into two and three chunks, also inside a multi-byte character
    for (let i = 0; i <= bytes.length; i++)
      for (let j = i; j <= bytes.length; j += 3) {
        const out: string[] = [];
        const stream = new TokenStream(0, (data, from, to) => out.push(data.toString('utf8', from, to)));
        stream.push(bytes.subarray(0, i));
        stream.push(bytes.subarray(i, j));
        stream.push(bytes.subarray(j));
        expect(out).toEqual(whole);
      }
  });

  it('joins a token that spans several chunks, and keeps an unterminated one back', () => {
    expect(tokensOf(['a\nlo', 'ng', '', 'er\nrest'], 10)).toEqual(['a', 'longer']);
  });
});
