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
