import { KeywordMatcher, KeywordSearch } from './keyword-matcher';
import { nativeKeywordScanLoaded } from './native-keyword-scan';
import { defaultRules } from './rules';

type Hit = [pos: number, rule: number, line: number, lineStart: number];

function hitsOf(matcher: KeywordMatcher | KeywordSearch, text: string): Hit[] {
  const hits: Hit[] = [];
  matcher.scan(Buffer.from(text, 'utf8'), (...hit) => hits.push(hit));
  return hits;
}

describe('KeywordSearch', () => {
  const keywords = defaultRules.map((r) => r.keywords.map((k) => k.toLowerCase()));
  const texts = [
    'const API_KEY = "x";\npassword: hunter2\n\nAKIA and ghp_ and xoxb-\r\nSecret=1 token=2',
    'no keyword here at all\n',
    'ÄÖÜ été Password= ключ token\nsk_live_ PRIVATE KEY-----\n',
    '',
  ];

  it('finds the same hits, in the same order, with indexOf on small inputs as with the automaton', () => {
    const automaton = KeywordMatcher.build(keywords);
    for (const text of texts) {
      const small = hitsOf(new KeywordSearch(keywords), text);
      expect(small).toEqual(hitsOf(automaton, text));
    }
    expect(hitsOf(new KeywordSearch(keywords), texts[0]).length).toBeGreaterThan(5);
  });

  it('walks a long text as two halves and reports the same hits, in order, as indexOf does', () => {
    const automaton = KeywordMatcher.build(keywords);
    // Deterministic texts of many lines, keywords (of every case) here and there, some lines
    // long, some empty, CRLF and LF: the split falls at different places in each.
    const words = [
      'token',
      'API_KEY',
      'password',
      'x',
      'AKIA',
      'ghp_',
      'Secret',
      'lorem',
      'ipsum',
      '',
      'xoxb-',
    ];
    let seed = 7;
    const next = (k: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    for (let t = 0; t < 40; t++) {
      const lines: string[] = [];
      const count = 5 + next(200);
      for (let l = 0; l < count; l++) {
        const parts = Array.from({ length: next(12) }, () => words[next(words.length)]);
        lines.push(parts.join(next(3) === 0 ? '=' : ' '));
      }
      const text = lines.join(next(4) === 0 ? '\r\n' : '\n') + (next(2) === 0 ? '\n' : ' token');
      expect(hitsOf(automaton, text)).toEqual(hitsOf(new KeywordSearch(keywords), text));
    }
  });

  it('reports a keyword ending on the last byte of the first half, and one starting the second', () => {
    const automaton = KeywordMatcher.build([['token'], ['secret']]);
    // 602 bytes: the first newline past the middle (301) is the one after `token`.
    const text = `${'a'.repeat(300)}token\nsecret${'a'.repeat(290)}`;
    expect(hitsOf(automaton, text)).toEqual([
      [304, 0, 1, 0],
      [311, 1, 2, 306],
    ]);
  });

  it('reports one hit when two keywords of a rule end at the same byte', () => {
    const hits = hitsOf(new KeywordSearch([['key', 'api_key'], ['api']]), 'x api_key\nkey');
    expect(hitsOf(KeywordMatcher.build([['key', 'api_key'], ['api']]), 'x api_key\nkey')).toEqual(hits);
    expect(hits).toEqual([
      [4, 1, 1, 0],
      [8, 0, 1, 0],
      [12, 0, 2, 10],
    ]);
  });
});

describe('the native walk (native/keyword_scan.c)', () => {
  const keywords = defaultRules.map((r) => r.keywords.map((k) => k.toLowerCase()));
  let seed = 11;
  const next = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const words = ['token', 'API_KEY', 'pass', 'AKIA', 'ghp_', 'Secret', 'lorem', '', 'é', 'xoxb-', 'key'];
  const randomText = (lines: number, lineWords: number): string =>
    Array.from({ length: lines }, () =>
      Array.from({ length: next(lineWords) }, () => words[next(words.length)]).join(next(3) ? ' ' : '='),
    ).join(next(4) === 0 ? '\r\n' : '\n') + (next(2) ? '\n' : '');

  it('is built and in use (npm run build compiles it; DEPLOYGUARD_NATIVE=0 turns it off)', () => {
    expect(nativeKeywordScanLoaded()).toBe(
      !/^(?:0|false|off|no)$/i.test(process.env.DEPLOYGUARD_NATIVE ?? ''),
    );
  });

  it('reports the same hits, in the same order, as the JavaScript walk', () => {
    const native = KeywordMatcher.build(keywords);
    const js = KeywordMatcher.from(native.tables, { native: false });
    const texts = [
      '',
      'token',
      '\n\n\n',
      'x'.repeat(5000) + 'token', // one line: one part
      'token\n'.repeat(300), // four parts of equal lines, a hit at each part's first byte
      `${'a'.repeat(200)}\n${'b'.repeat(200)}\n${'c'.repeat(200)}\n${'d'.repeat(10)}token`, // uneven parts
      randomText(3000, 30), // more hits than the first output array holds (the take path)
    ];
    for (let t = 0; t < 60; t++) texts.push(randomText(1 + next(400), 1 + next(20)));
    for (const text of texts) expect(hitsOf(native, text)).toEqual(hitsOf(js, text));
    expect(hitsOf(native, texts[6]).length).toBeGreaterThan(4096);
  });

  it('walks a batch of texts on another thread with the hits each text has alone', async () => {
    const matcher = KeywordMatcher.build(keywords);
    const texts = ['', 'token', randomText(3000, 30), '\n\n', 'x'.repeat(5000) + 'token'];
    for (let t = 0; t < 40; t++) texts.push(randomText(1 + next(200), 1 + next(20)));
    const parts = texts.map((t) => Buffer.from(t, 'utf8'));
    const spans: number[] = [];
    let at = 7; // the batch's texts need not start at its first byte
    for (const p of parts) {
      spans.push(at, at + p.length);
      at += p.length;
    }
    const buffer = Buffer.concat([Buffer.from('padding'), ...parts]);
    const { hits, ends } = await matcher.scanBatch(buffer, Int32Array.from(spans))!;
    expect(ends).toHaveLength(texts.length);
    texts.forEach((text, k) => {
      const from = k === 0 ? 0 : 4 * ends[k - 1];
      const mine: Hit[] = [];
      for (let q = from; q < 4 * ends[k]; q += 4) mine.push([hits[q], hits[q + 1], hits[q + 2], hits[q + 3]]);
      expect(mine).toEqual(hitsOf(matcher, text));
    });
    expect(ends[ends.length - 1]).toBeGreaterThan(4096);
  });

  it('refuses a batch whose spans leave the text, before walking it', () => {
    const matcher = KeywordMatcher.build(keywords);
    const text = Buffer.from('token');
    // (jest's RangeError is another realm's: the message says what was wrong)
    for (const spans of [[0, 6], [3, 2], [-1, 2], [0]])
      expect(() => matcher.scanBatch(text, Int32Array.from(spans))).toThrow(
        /spans? (?:must be pairs|leaves)/,
      );
  });

  it('gives a scan started from inside onHit its own hits', () => {
    const matcher = KeywordMatcher.build([['token'], ['secret']]);
    const outer: number[] = [];
    const inner: number[][] = [];
    matcher.scan(Buffer.from('token\nsecret\ntoken'), (pos) => {
      outer.push(pos);
      const hits: number[] = [];
      matcher.scan(Buffer.from('xx secret'), (p) => hits.push(p));
      inner.push(hits);
    });
    expect(outer).toEqual([4, 11, 17]);
    expect(inner).toEqual([[8], [8], [8]]);
  });
});
