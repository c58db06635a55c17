import { Detector } from '../detector';
import type { Rule } from '../rule.types';
import { defaultRules } from './index';

const detector = new Detector(defaultRules);
const SEVERITIES = ['critical', 'high', 'medium', 'low'];

const findingsOf = (text: string, ruleId?: string, path?: string) =>
  detector.scanText(text, path).filter((f) => ruleId === undefined || f.ruleId === ruleId);

describe('default rule catalog: structure', () => {
  it('has at least 150 rules with unique kebab-case ids', () => {
    expect(defaultRules.length).toBeGreaterThanOrEqual(150);
    const ids = defaultRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(defaultRules.map((r) => [r.id, r] as [string, Rule]))('%s is well-formed', (_id, rule) => {
    expect(rule.description.trim().length).toBeGreaterThan(0);
    expect(SEVERITIES).toContain(rule.severity);
    if (rule.cwe !== undefined) expect(Number.isInteger(rule.cwe)).toBe(true);
    // A rule bound to a file name runs on the whole file, keyword or not; its samples say the path.
    if (rule.path) expect(rule.path.test(rule.samples.path ?? '')).toBe(true);
    else expect(rule.keywords.length).toBeGreaterThan(0);
    for (const kw of rule.keywords) {
      expect(kw.length).toBeGreaterThan(0);
      expect(kw).toBe(kw.toLowerCase());
      expect(kw).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(rule.pattern.flags).not.toMatch(/[gy]/);
    expect(rule.samples.positive.length).toBeGreaterThan(0);
    expect(rule.samples.negative.length).toBeGreaterThan(0);
    for (const sample of rule.path ? [] : rule.samples.positive) {
      const lower = sample.toLowerCase();
      expect(rule.keywords.some((kw) => lower.includes(kw))).toBe(true);
    }
  });
});

describe.each(defaultRules.map((r) => [r.id, r] as [string, Rule]))('rule %s', (id, rule) => {
  const path = rule.samples.path;
  it.each(rule.samples.positive.map((s) => [s]))('reports %s', (sample) => {
    expect(findingsOf(sample, id, path).length).toBeGreaterThan(0);
  });

  it.each(rule.samples.negative.map((s) => [s]))('does not report %s', (sample) => {
    expect(findingsOf(sample, id, path)).toEqual([]);
  });

  it('reports each secret of a positive sample under one rule only', () => {
    for (const sample of rule.samples.positive) {
      const places = findingsOf(sample, undefined, path).map((f) => `${f.line}:${f.column}:${f.secret}`);
      expect(places).toEqual([...new Set(places)]);
    }
  });
});

describe('default rule catalog: decoys', () => {
  const decoys = [
    'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
    'GITHUB_TOKEN="ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
    'password = "${DB_PASSWORD}"',
    'password: "changeme"',
    'request_id = "3f2a9c1e-7b4d-4e8a-a1c2-9d8e7f6a5b4c"',
    'commit: 9f8e7d6c5b4a39281706f5e4d3c2b1a098765432',
    '"integrity": "sha512-Fwd47zgljaZQJuIHOQXp6ABh/aQcVGhZkADJ3tc4eqs/IQ3G9QnFb/Idbaf5kf/Z1h72CwMhrvxZbJKZXN4VPV==",',
    'api_key: <YOUR_API_KEY_HERE>',
  ];

  it.each(decoys.map((d) => [d]))('%s yields no finding', (decoy) => {
    expect(findingsOf(decoy)).toEqual([]);
  });
});

describe('default rule catalog: reported secret', () => {
  const pem = [
    '-----BEGIN RSA PRIVATE KEY-----',
    'MIIEowIBAAKCAQEAgXBeCT3C2m6QNwwEC7AIDvDZ50vOxN8KaOgB4AnBOj5jsGpu',
    'Uj8zLW2y+IXb9o5YooQ2sXw0RdHIDU7d+bQQNhfVuG8Ki2OZULar8nJcfHIz6hA4',
    'RcO0c3AAZmLAwm6rvnk2nIUf4PV23Y7386N9X1/2M5wFtCsZQL6eTjAcT5+YWmTM',
    '-----END RSA PRIVATE KEY-----',
  ].join('\n');
  // [rule id, text before the secret, secret, text after it]
  const cases: [string, string, string, string][] = [
    ['aws-access-key-id', 'aws_access_key_id = ', 'AKIAIMOPTDCGF24JVLUK', ''],
    ['aws-access-key-id', 'aws_access_key_id = ', 'ASIADNXFKX5QHDAIO6PW', ''],
    ['aws-secret-access-key', 'aws_secret_access_key = ', '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', ''],
    ['github-pat', 'GITHUB_TOKEN="', 'ghp_ijGyB6SeTHlz5Qh5iM66DXR2KyQMfIZ22NEC', '"'],
    ['github-oauth', 'token: ', 'gho_6QSiQcArcA4yGbQq2Nk0G1dzNrKUh9flnfqc', ''],
    ['github-app-token', 'token: ', 'ghs_eOPzFSTr4flnDLbC2mRoYVQ6d3nDt7ocmZVY', ''],
    ['github-refresh-token', 'token: ', 'ghr_Nyt3sAyHeDGgJQFvNk96VNFSCpLifd6rvUIm', ''],
    [
      'github-fine-grained-pat',
      'token: ',
      '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',
      '',
    ],
    ['gitlab-pat', 'GITLAB_TOKEN=', 'glpat-ApQZBM7rxNMN85TP7Bxs', ''],
    ['slack-bot-token', 'slack.token = "', 'xoxb-384435966858-0168697191093-fbza3Dn9dmyLanmUnuEpLct2', '"'],
    ['stripe-secret-key', "const stripeKey = '", 'sk_live_qcLmKNs3a4S2ukbSli7tYnt2', "';"],
    ['stripe-restricted-key', "const stripeKey = '", 'rk_live_ELLnGoMXxOjQVJiR6lBDGGNF', "';"],
    [
      'openai-api-key',
      'OPENAI_API_KEY=',
      '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',
      '',
    ],
    ['openai-api-key', 'OPENAI_API_KEY=', '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', ''],
    ['gcp-api-key', '"apiKey": "', 'AIzatR5t5hK9T8SZpQhzKjMDoO_1kDvj6CwODQ0', '",'],
    [
      'sendgrid-api-key',
      "SENDGRID_API_KEY='",
      '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',
      "'",
    ],
    ['npm-access-token', '//registry.npmjs.org/:_authToken=', 'npm_fWikZBBVlb3m5XcbPQ9wSDkcgTJgfpSf1Ugk', ''],
    ['twilio-api-key', 'twilio_api_key: ', 'SKe7c69dad5f77e0d64f5d3050144fc57c', ''],
    [
      'database-connection-string',
      'DATABASE_URL=postgres://app:',
      'SH7rc4%6Tjb4xtqJBP9U',
      '@db.internal:5432/app',
    ],
    [
      'database-connection-string',
      'CACHE_URL=redis://default:',
      'X9d8U1M5SNStu7HC3sUxIDvT',
      '@cache.internal:6379/0',
    ],
    [
      'url-embedded-credentials',
      'mirror = https://deploy:',
      '6gpQ2300eupyl1YSG6Td',
      '@files.acme.io/releases',
    ],
    ['private-key', '', pem, ''],
    ['generic-password', 'db_password = "', 'VUelYu7vDTM6A7bH*mQl', '"'],
    ['generic-secret', 'client_secret: "', 'qNBtrMlS8QgILHS9PukLGnmQBEa9TFJJ', '"'],
    ['generic-api-key', 'api_key = "', 'PkIp2wApDfJ3e3M1tancANC4yyl1rtFN', '"'],
    ['generic-token', 'auth_token = "', 'nmshABKJJiCSDV5i2jCEu0QMzqYECQgbh2pTlX7A', '"'],
    [
      'jwt',
      'Authorization: Bearer ',
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJvVKncJyTHz-SGtmQ84G3BpZPeGZwWt8x5VSMYcyVbaq7MWQchOrYR9-pBwA6.8sr9M3-ENZsXJEeehlFqgVA6pNwQmtwRlhQrAajWqK5',
      '',
    ],
    [
      'azure-storage-key',
      'DefaultEndpointsProtocol=https;AccountName=prodstore;AccountKey=',
      'gxthANZ81JyCDCUDyt9n5GzBN4zNMmxrvYv7rxs+SevCNVOX155+XbR5dro7/SgP2xpRTimOYKrbG/9PY+QzNT==',
      ';EndpointSuffix=core.windows.net',
    ],
  ];

  it.each(cases)('%s reports exactly %#', (ruleId, before, secret, after) => {
    const findings = findingsOf(`${before}${secret}${after}`);
    expect(
      findings.map((f) => ({ ruleId: f.ruleId, secret: f.secret, line: f.line, column: f.column })),
    ).toEqual([{ ruleId, secret, line: 1, column: before.length + 1 }]);
  });

  it('reports a secret on the line and column where it starts', () => {
    const text = `# settings\n\nexport STRIPE_KEY=sk_live_67mtNqt6O9qCfL88hHAyBDHLizSSay\n`;
    expect(findingsOf(text)).toEqual([
      expect.objectContaining({ ruleId: 'stripe-secret-key', line: 3, column: 19 }),
    ]);
  });

  it('finds every rule in one file holding all positive samples (a rule bound to a file name, in its file)', () => {
    const anywhere = defaultRules.filter((r) => !r.path);
    const all = anywhere.flatMap((r) => r.samples.positive).join('\n\n');
    const found = new Set(findingsOf(all).map((f) => f.ruleId));
    expect(anywhere.map((r) => r.id).filter((id) => !found.has(id))).toEqual([]);
  });
});
