import { Detector } from '../detector';
import { defaultRules } from './index';
import { hex, isNamedKeyRule, namedKeyRule, UUID } from './named-key-rule';
import { trie } from './provider-key.rules';
import { deserializeRules, serializeRules } from '../rule-serialization';

const spec = {
  id: 'acme-api-key',
  description: 'Acme API key',
  names: ['acme', 'acmecorp'],
  value: hex(32),
  samples: { positive: ['ACME_API_KEY=9f3b6c1d2e8a4f70b5c9d0e1f2a3b4c5'], negative: ['ACME_URL=x'] },
};
const rule = namedKeyRule(spec);
const detector = new Detector([rule]);
const KEY = '9f3b6c1d2e8a4f70b5c9d0e1f2a3b4c5';

describe('namedKeyRule', () => {
  // [text before the key, text after it]
  const reported: [string, string][] = [
    ['ACME_API_KEY=', ''],
    ['export ACMECORP_SECRET="', '"'],
    ['"acmeToken": "', '",'],
    ['acme_access_token: ', ''],
    ['acme SECRET ', ''],
    ['acme-private-key-', ''],
    ["os.environ.setdefault('ACME_KEY', '", "')"],
    ['REACT_APP_ACME_KEY=', ''],
    ['acme=', ''],
    ['ACME_PAT=', ''],
    ['acme-secret-tok ', ''],
  ];

  it.each(reported)('reports exactly the key in %p…%p', (before, after) => {
    const findings = detector.scanText(`${before}${KEY}${after}`);
    expect(findings.map((f) => [f.ruleId, f.secret, f.column])).toEqual([
      ['acme-api-key', KEY, before.length + 1],
    ]);
  });

  it.each([
    [`ACME_ACCOUNT_ID=${KEY}`],
    [`ACME_WEBHOOK_URL=https://acme.io/${KEY}`],
    [`ACME_API_KEY=${KEY}ab`],
    [`ACME_API_KEY=${KEY.slice(0, 24)}`],
    [`myacme_api_key=${KEY}`],
    [`PACME_API_KEY=${KEY}`],
    [`commit ${KEY} by acme`],
    ['ACME_API_KEY=00000000000000000000000000000000'],
  ])('does not report %s', (text) => {
    expect(detector.scanText(text)).toEqual([]);
  });

  it('is a medium-confidence rule keyed on the provider names', () => {
    expect(rule.confidence).toBe('medium');
    expect(rule.keywords).toEqual(['acme', 'acmecorp']);
  });

  it('takes alternative formats', () => {
    const either = namedKeyRule({ ...spec, id: 'acme-either', value: `${UUID}|${hex(40)}` });
    const d = new Detector([either]);
    expect(d.scanText('ACME_KEY=3f2a9c1e-7b4d-4e8a-a1c2-9d8e7f6a5b4c').map((f) => f.secret)).toEqual([
      '3f2a9c1e-7b4d-4e8a-a1c2-9d8e7f6a5b4c',
    ]);
    expect(d.scanText(`ACME_KEY=${KEY}`)).toEqual([]);
  });
});

describe('named-key rules of the catalog', () => {
  const all = new Detector(defaultRules);
  const named = defaultRules.filter(isNamedKeyRule);

  it('leaves a value in a provider section to one generic finding', () => {
    const findings = all.scanText('mapquest:\n  api_key: "Xk9fQ2mVb7LpR4tZw8YcN3sHj6DgA1Eu"\n');
    expect(findings.map((f) => [f.line, f.secret])).toEqual([[2, 'Xk9fQ2mVb7LpR4tZw8YcN3sHj6DgA1Eu']]);
  });

  // The whole catalog runs, so this also shows that no other rule claims the same value.
  it.each(named.flatMap((r) => r.samples.positive.map((s) => [r.id, s])))(
    '%s reports the whole value of %s, once',
    (id, sample) => {
      const findings = all.scanText(sample);
      expect(findings.map((f) => f.ruleId)).toEqual([id]);
      // The whole value: no letter or digit of it left on either side.
      const { secret } = findings[0];
      const at = sample.indexOf(secret);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(`${sample[at - 1] ?? ' '}${sample[at + secret.length] ?? ' '}`).toMatch(/^[^A-Za-z0-9]{2}$/);
    },
  );
});

describe("trie (the provider-key rule's names)", () => {
  it('matches exactly the words, factored by common prefixes', () => {
    const source = trie(['flat', 'flatio', 'file.io', 'figma', 'x']);
    expect(source).toBe('(?:f(?:lat(?:io)?|i(?:le\\.io|gma))|x)');
    const re = new RegExp(`^(?:${source})$`);
    for (const w of ['flat', 'flatio', 'file.io', 'figma', 'x']) expect(re.test(w)).toBe(true);
    for (const w of ['fla', 'flati', 'filexio', 'fig', 'xx', '']) expect(re.test(w)).toBe(false);
  });
});

describe('the provider-key rule line filter', () => {
  const provider = defaultRules.find((r) => r.id === 'provider-key-any-format')!;
  const text = [
    'STRIPE_WEBHOOK_SECRET: "Hq7-Lk2_Rp9Xz4Tn6Vb8Hm3Jd5Fs1Gc0Wm2Qe8Ty4"',
    'float left = Hq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5Fs1Gc0Wm2Qe8Ty4;',
    'nuget KEY = p3kq9wz7lx2vn8tr5bm4hj6fd1gc0ys2ra9ue7ow3ik5',
  ].join('\n');

  it('finds what the rule finds without it (a match always holds a secret word)', () => {
    expect(provider.lineFilter).toBeDefined();
    const found = new Detector([provider]).scanText(text);
    expect(found.map((f) => f.line)).toEqual([1, 3]);
    expect(found).toEqual(new Detector([{ ...provider, lineFilter: undefined }]).scanText(text));
  });

  it('crosses into worker threads with its rule', () => {
    const [back] = deserializeRules(serializeRules([provider]));
    expect(back.lineFilter).toEqual(provider.lineFilter);
    expect(new Detector([back]).scanText(text)).toEqual(new Detector([provider]).scanText(text));
  });
});
