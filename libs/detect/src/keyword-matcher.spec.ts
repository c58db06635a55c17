import { KeywordMatcher, KeywordSearch } from './keyword-matcher';
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
