import { CleanInputError } from './clean.errors';
import { isBinary } from '@deployguard/detect';
import { isTokenBound, literalForms } from './literal-forms';
import { ReplacementMatcher } from './replacement.matcher';
import { globToRegex, parseReplaceFile } from './replacement.parser';
import { valueReplacement } from './replacement.model';

describe('parseReplaceFile', () => {
  it('says that "#" lines are read as comments, and takes Python group references as filter-repo does', () => {
    const warnings: string[] = [];
    const rules = parseReplaceFile('#Hx8kLm2Pq9\nregex:(API_TOKEN=)ghp_\\w+==>\\1X\\g<1>\n', (w) =>
      warnings.push(w),
    );
    expect(warnings).toEqual([expect.stringContaining('replace file line 1: read as a comment')]);
    expect(warnings.join()).not.toContain('Hx8kLm2Pq9');
    expect(rules).toHaveLength(1);
    const m = new ReplacementMatcher(rules);
    expect(m.apply(Buffer.from('API_TOKEN=ghp_abc'))!.data.toString()).toBe('API_TOKEN=XAPI_TOKEN=');
  });

  it('reads glob: lines as git-filter-repo does (* and ? within a line, [!…] classes)', () => {
    const [rule] = parseReplaceFile('glob:pass*[!x]ord?==>X\n');
    expect(rule).toMatchObject({ kind: 'regex', pattern: 'pass.*[^x]ord.', replacement: 'X' });
    expect(globToRegex('a.b+(c)')).toBe('a\\.b\\+\\(c\\)');
    const m = new ReplacementMatcher(parseReplaceFile('glob:token=ghp_*\n'), 'token=***');
    expect(m.apply(Buffer.from('token=ghp_abc def\nnext line'))!.data.toString()).toBe(
      'token=***\nnext line',
    );
  });

  it('reads literal, regex and bare lines with optional replacements, skipping comments and blanks', () => {
    const text = [
      '# comment',
      '',
      'literal:abc123',
      'regex:tok_[0-9]+==>TOKEN',
      'bare-value',
      'x==>y==>z',
      '  ',
    ].join('\n');
    expect(parseReplaceFile(text)).toEqual([
      { kind: 'literal', pattern: 'abc123', label: 'line 3' },
      { kind: 'regex', pattern: 'tok_[0-9]+', replacement: 'TOKEN', label: 'line 4' },
      { kind: 'literal', pattern: 'bare-value', label: 'line 5' },
      { kind: 'literal', pattern: 'x==>y', replacement: 'z', label: 'line 6' },
    ]);
  });

  it('accepts CRLF files', () => {
    expect(parseReplaceFile('literal:abc\r\n')).toEqual([
      { kind: 'literal', pattern: 'abc', label: 'line 1' },
    ]);
  });

  it('rejects an empty expression with its line number', () => {
    expect(() => parseReplaceFile('ok\nliteral:\n')).toThrow(CleanInputError);
    expect(() => parseReplaceFile('ok\nliteral:\n')).toThrow(/^replace file line 2: the expression is empty/);
  });
});

describe('ReplacementMatcher', () => {
  it('replaces every occurrence and counts them per replacement', () => {
    const m = new ReplacementMatcher([
      { kind: 'literal', pattern: 'SECRET' },
      { kind: 'literal', pattern: 'OTHER', replacement: '[x]' },
    ]);
    const r = m.apply(Buffer.from('a SECRET b OTHER SECRET'))!;
    expect(r.data.toString()).toBe('a ***REMOVED*** b [x] ***REMOVED***');
    expect([...r.hits]).toEqual([
      [0, 2],
      [1, 1],
    ]);
    expect(m.apply(Buffer.from('nothing here'))).toBeNull();
  });

  it('prefers the longest value where two start together, with one pass or the combined regex', () => {
    for (const extra of [0, 6]) {
      const reps = [
        { kind: 'literal' as const, pattern: 'abc' },
        { kind: 'literal' as const, pattern: 'abcdef', replacement: 'LONG' },
        ...Array.from({ length: extra }, (_, i) => ({ kind: 'literal' as const, pattern: `filler${i}zz` })),
      ];
      const r = new ReplacementMatcher(reps, 'S').apply(Buffer.from('abcdef abc'))!;
      expect(r.data.toString()).toBe('LONG S');
    }
  });

  it('replaces a multi-line value in its LF and CRLF forms', () => {
    const key = '-----BEGIN KEY-----\nAAAA\n-----END KEY-----';
    const m = new ReplacementMatcher([{ kind: 'literal', pattern: key }]);
    expect(m.apply(Buffer.from(`x\n${key}\ny`))!.data.toString()).toBe('x\n***REMOVED***\ny');
    expect(m.apply(Buffer.from(`x\r\n${key.replace(/\n/g, '\r\n')}\r\ny`))!.data.toString()).toBe(
      'x\r\n***REMOVED***\r\ny',
    );
  });

  it('applies regexes with group references and keeps non-UTF-8 bytes as they are', () => {
    const m = new ReplacementMatcher([
      { kind: 'regex', pattern: 'key=([a-z]+)[0-9]+', replacement: 'key=$1-gone' },
    ]);
    const input = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' key=abc123 key=zz9')]);
    const r = m.apply(input)!;
    expect(r.data.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    expect(r.data.subarray(2).toString()).toBe(' key=abc-gone key=zz-gone');
    expect(r.hits.get(0)).toBe(2);
  });

  it('replaces a weak value only as a whole token, a strong one also where it is glued to letters', () => {
    const strong = 'ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7c';
    expect(isTokenBound('pass')).toBe(true);
    expect(isTokenBound(strong)).toBe(false);
    const m = new ReplacementMatcher([
      { kind: 'literal', pattern: 'pass' },
      { kind: 'literal', pattern: strong },
    ]);
    const r = m.apply(Buffer.from(`pass password x${strong}z ${strong}`))!;
    expect(r.data.toString()).toBe('***REMOVED*** password x***REMOVED***z ***REMOVED***');
    expect([...m.find(Buffer.from(`passport y${strong}`))]).toEqual([[1, 1]]);
  });

  it('finds a strong value base64-encoded at any alignment and percent-encoded; a weak one only as itself', () => {
    const strong = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq9Kw2Lp8Tr+Vn4';
    const m = new ReplacementMatcher([{ kind: 'literal', pattern: strong }]);
    for (let pad = 0; pad < 6; pad++) {
      const b64 = Buffer.from(`${'p'.repeat(pad)}${strong}\n`).toString('base64');
      expect([pad, m.find(Buffer.from(`data: ${b64}`)).get(0)]).toEqual([pad, 1]);
      expect(m.find(Buffer.from(b64.replace(/\+/g, '-').replace(/\//g, '_'))).get(0)).toBe(1);
    }
    expect(m.find(Buffer.from(`?sig=${encodeURIComponent(strong)}&x`)).get(0)).toBe(1);
    expect(literalForms('pass').map((f) => f.text)).toEqual(['pass']);
  });

  it("never touches another key's base64 through the armor text both keys share", () => {
    const body = (seed: number) =>
      Array.from({ length: 8 }, (_, i) =>
        Buffer.from(Buffer.alloc(48, seed * 31 + i * 7 + 1).map((b, j) => (b * (j + 3)) & 0xff)).toString(
          'base64',
        ),
      ).join('\n');
    const pem = (b: string, kind: string) =>
      `-----BEGIN ${kind}PRIVATE KEY-----\n${b}\n-----END ${kind}PRIVATE KEY-----\n`;
    const other = Buffer.from(pem(body(2), 'RSA ')).toString('base64');
    const wrapped = other.match(/.{1,76}/g)!.join('\n');
    for (const selected of [pem(body(1), ''), pem(body(1), '').replace(/\n/g, '\\n')]) {
      const m = new ReplacementMatcher([{ kind: 'literal', pattern: selected }]);
      expect(m.find(Buffer.from(`${other}\n${wrapped}\n`)).size).toBe(0);
    }
  });

  it('matches non-ASCII values byte for byte', () => {
    const m = new ReplacementMatcher([{ kind: 'literal', pattern: 'pässwörd' }]);
    expect(m.apply(Buffer.from('x pässwörd y'))!.data.toString()).toBe('x ***REMOVED*** y');
  });

  it('finds values without replacing (for binary blobs and verification)', () => {
    const m = new ReplacementMatcher([{ kind: 'literal', pattern: 'SECRET' }]);
    const bin = Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('SECRET')]);
    expect(isBinary(bin)).toBe(true);
    expect(isBinary(Buffer.from('text only'))).toBe(false);
    expect([...m.find(bin)]).toEqual([[0, 1]]);
  });
});

describe('ReplacementMatcher with many literals (block search)', () => {
  // Reference: at each position, the longest literal that starts there and, when weak, stands as
  // a whole token (not glued to a word character on a side where it has one), left to right.
  const isWord = (c: string | undefined) => c !== undefined && /\w/.test(c);
  const standsAlone = (text: string, l: string, i: number) =>
    !isTokenBound(l) ||
    (!(isWord(l[0]) && isWord(text[i - 1])) && !(isWord(l[l.length - 1]) && isWord(text[i + l.length])));
  function reference(text: string, literals: string[]): string {
    const sorted = [...literals].sort((a, b) => b.length - a.length);
    let out = '';
    for (let i = 0; i < text.length;) {
      const hit = sorted.find((l) => text.startsWith(l, i) && standsAlone(text, l, i));
      if (hit) {
        out += '#';
        i += hit.length;
      } else out += text[i++];
    }
    return out;
  }

  it('agrees with a brute-force reference on random text with planted and overlapping values', () => {
    let seed = 42;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const alphabet = 'abcAB01 \n=_';
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rnd(alphabet.length)]).join('');
    for (let round = 0; round < 30; round++) {
      const literals = Array.from({ length: 8 + rnd(20) }, () => word(4 + rnd(30)));
      literals.push(literals[0] + 'tail', literals[1].slice(0, 4) + 'X');
      // Literals sharing more than the automaton's 12-byte prefix.
      const shared = 'aAb0_=aAb0_=ab';
      // Odd rounds add a literal under 4 bytes: the automaton instead of the block search.
      literals.push(shared + word(3), shared + word(8), shared);
      if (round % 2) literals.push(word(1 + rnd(3)));
      const unique = [...new Set(literals)].filter((l) => !l.includes('\n'));
      let text = '';
      for (let i = 0; i < 200; i++) text += rnd(4) === 0 ? unique[rnd(unique.length)] : word(rnd(12));
      const m = new ReplacementMatcher(
        unique.map((pattern) => ({ kind: 'literal' as const, pattern })),
        '#',
      );
      const got = m.apply(Buffer.from(text))?.data.toString() ?? text;
      expect(got).toBe(reference(text, unique));
    }
  });
});

describe('valueReplacement', () => {
  it('removes a value as a literal, or by a byte regex where the scan showed U+FFFD, scrubbing its parts', () => {
    expect(valueReplacement('Xk29fQpLm3Zr8vN2', 'fp1')).toEqual({
      kind: 'literal',
      pattern: 'Xk29fQpLm3Zr8vN2',
      label: 'fp1',
    });
    const odd = valueReplacement('Gh\uFFFD7Kp2Lm9Qr4.Ts8', 'fp2');
    expect(odd.kind).toBe('regex');
    expect(odd.scrub).toEqual(['7Kp2Lm9Qr4.Ts8']); // `Gh` is too short to scrub
    const re = new RegExp(`^${odd.pattern}$`);
    const latin1 = (...bytes: number[]) =>
      Buffer.from([...Buffer.from('Gh'), ...bytes, ...Buffer.from('7Kp2Lm9Qr4.Ts8')]).toString('latin1');
    expect(
      [latin1(0xff), latin1(0xfe), latin1(0xef, 0xbf, 0xbd), latin1(0xe2, 0x82)].map((t) => re.test(t)),
    ).toEqual([true, true, true, true]);
    // a whole valid character there is another value; the `.` is a dot, not any character
    expect(re.test(latin1(0xc3, 0xbf))).toBe(false);
    expect(re.test(latin1(0xff).replace('.', 'x'))).toBe(false);
  });
});
