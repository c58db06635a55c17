// The line memo: a Detector that reuses what its rules found on a line must report exactly what
// one that runs them on every line reports, wherever a line's results depend on more than its text.
import { generateKeyPairSync } from 'node:crypto';
import { Detector } from './detector';
import { LineMemo } from './line-memo';
import { defaultRules } from './rules';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const SEARCH_KEY = 'f1' + '77061e2d5b0c4a9e8f3d7b6a1c2e9f04';

describe('LineMemo', () => {
  it('keeps two generations, carries a line found in the old one forward, and drops the rest', () => {
    const memo = new LineMemo<string>(2); // lines per generation
    const key = (c: string): [number, number, number] => [c.charCodeAt(0), 1, 2];
    memo.set(...key('a'), 'a');
    memo.set(...key('b'), 'b'); // young: a b
    memo.set(...key('c'), 'c'); // full: old a b, young c
    expect(memo.get(...key('a'))).toBe('a'); // carried forward: young c a
    memo.set(...key('d'), 'd'); // full: old c a, young d
    expect(memo.get(...key('b'))).toBeUndefined(); // not asked for while it was old
    expect([memo.get(...key('a')), memo.get(...key('c')), memo.get(...key('d'))]).toEqual(['a', 'c', 'd']);
    expect(memo.get(...key('z'))).toBeUndefined();
  });

  it('tells apart lines whose first hash agrees', () => {
    const memo = new LineMemo<string>(10);
    memo.set(7, 1, 2, 'first');
    memo.set(7, 1, 3, 'second'); // the same Map key: both kept
    expect([memo.get(7, 1, 2), memo.get(7, 1, 3), memo.get(7, 2, 2), memo.get(7, 1, 4)]).toEqual([
      'first',
      'second',
      undefined,
      undefined,
    ]);
  });
});

describe('Detector line memo', () => {
  const memoised = new Detector(defaultRules);
  const plain = new Detector(defaultRules, { lineMemoLines: 0 });

  // Scans the texts in order with one memoising Detector (and again, warm), comparing each
  // result with a Detector that runs every rule on every line.
  function expectSameAsPlain(texts: string[]): void {
    for (const round of [1, 2])
      for (const [i, text] of texts.entries())
        expect({ round, i, found: memoised.scanText(text) }).toEqual({
          round,
          i,
          found: plain.scanText(text),
        });
  }

  it('reuses a line at another line number, and its finding moves with it', () => {
    const line = `GITHUB_TOKEN=${PAT}`;
    const first = memoised.scanText(`${line}\n`);
    const later = memoised.scanText(`a\nb\n${line}\n`);
    expect(first.map((f) => f.line)).toEqual([1]);
    expect(later.map((f) => f.line)).toEqual([3]);
    expect(later.map((f) => [f.ruleId, f.secret, f.column])).toEqual(
      first.map((f) => [f.ruleId, f.secret, f.column]),
    );
  });

  it('does not reuse a line whose verdict read the lines before it (a published search key)', () => {
    // Two keywords, so that more than one rule runs on the line (the memo keeps only such lines).
    const keyLine = `  apiKey: '${SEARCH_KEY}', // the search token`;
    const published = `docsearch({\n${keyLine}\n  indexName: 'docs',\n});\n`;
    const config = `const config = {\n${keyLine}\n  region: 'eu',\n};\n`;
    expect(plain.scanText(published)).toEqual([]);
    expect(plain.scanText(config).map((f) => f.ruleId)).toEqual(['generic-api-key']);
    expectSameAsPlain([published, config, published]);
  });

  it('does not reuse such a line when a value on it is also decoded (a nested scan)', () => {
    // The encoded value far enough from the key that the nested scan of its window leaves the key out.
    const far = `note: '${'-'.repeat(240)}'`;
    const keyLine = `  apiKey: '${SEARCH_KEY}', ${far}, auth: 'Basic ${b64('deploy:Vq8Lx2Nw7Rt4Kp1Z')}',`;
    const published = `docsearch({\n${keyLine}\n});\n`;
    const config = `const config = {\n${keyLine}\n};\n`;
    expect(plain.scanText(config).map((f) => f.ruleId)).toContain('generic-api-key');
    expectSameAsPlain([published, config]);
  });

  it('does not reuse a line a multi-line rule starts from (a private key block)', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const begin = pem.split('\n')[0];
    const broken = `${begin}\nnot a key at all\n`;
    expect(plain.scanText(pem).map((f) => f.ruleId)).toEqual(['private-key']);
    expectSameAsPlain([broken, pem, broken, `x\n${pem}`]);
  });

  it('does not reuse the first line of wrapped base64, whose block goes on below it', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    // `qDe` at a multiple of 3 bytes encodes to `cURl`: a keyword (curl), so that more than one
    // rule runs on the block's first line (the memo keeps only such lines).
    const lines = b64(`${pem.slice(0, 33)}qDe${pem.slice(36)}`).match(/.{1,76}/g)!;
    expect(lines[0]).toContain('cURl');
    const whole = `${lines.join('\n')}\n`;
    const cut = `${lines[0]}\n\n${lines.slice(1).join('\n')}\n`;
    expect(plain.scanText(whole).map((f) => f.ruleId)).toEqual(['private-key']);
    expectSameAsPlain([cut, whole, cut]);
  });

  it('does not reuse lines of a Kubernetes Secret, where every value is decoded', () => {
    const data = `  secret_token: ${b64(PAT)}`; // two keywords, so that the memo keeps the line
    const secret = `apiVersion: v1\nkind: Secret\ndata:\n${data}\n`;
    const config = `apiVersion: v1\nkind: ConfigMap\ndata:\n${data}\n`;
    expect(plain.scanText(secret).map((f) => f.ruleId)).toEqual(['github-pat']);
    expectSameAsPlain([config, secret, config, secret]);
  });

  it("gives the same findings as running every rule on every line over the rules' own samples", () => {
    // Every rule's positive and negative samples, each as a file and again inside other files, so
    // that lines recur under different neighbours.
    const samples = defaultRules.flatMap((r) => [...r.samples.positive, ...r.samples.negative]);
    const texts: string[] = [];
    for (let i = 0; i < samples.length; i += 7)
      texts.push(
        samples.slice(i, i + 7).join('\n'),
        samples
          .slice(i, i + 7)
          .reverse()
          .join('\n\n'),
      );
    expect(texts.length).toBeGreaterThan(100);
    expectSameAsPlain(texts);
  });
});
