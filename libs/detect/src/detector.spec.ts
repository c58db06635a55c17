import { Detector, hasCaptureGroup, isBinary } from './detector';
import type { Rule } from './rule.types';
import { defaultRules } from './rules';

const rule = (over: Partial<Rule> & Pick<Rule, 'id' | 'pattern' | 'keywords'>): Rule => ({
  description: over.id,
  severity: 'high',
  samples: { positive: [], negative: [] },
  ...over,
});

const github = rule({
  id: 'github-pat',
  keywords: ['ghp_'],
  pattern: /(ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9])/,
});
const generic = rule({
  id: 'generic-token',
  keywords: ['token'],
  generic: true,
  entropy: 3,
  pattern: /token\s*[:=]\s*["']?([A-Za-z0-9_\-+/=]{8,})/i,
});
const key = rule({
  id: 'private-key',
  keywords: ['-----begin'],
  multiline: true,
  pattern: /-----BEGIN ([A-Z ]{0,40})PRIVATE KEY-----[\s\S]{16,65536}?-----END \1PRIVATE KEY-----/,
  secretGroup: 0,
});
const detector = new Detector([github, generic, key]);
const PAT = 'ghp_' + 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5';

describe('Detector', () => {
  it('skips the regex only on lines that lack the literals in order, with the same findings', () => {
    const url = {
      id: 'url-creds',
      keywords: ['://'],
      pattern: /[a-z]+:\/\/[a-z]+:([A-Za-z0-9]{12,})@[a-z.]+/,
    };
    const checked = new Detector([rule({ ...url, literals: ['://', '@'] })]);
    const plain = new Detector([rule(url)]);
    const lines = [
      'x = https://svc:Qw8vLp2zXk0RtY@proxy.acme.io',
      'by bob@acme.io: see https://svc:Qw8vLp2zXk0RtY@proxy.acme.io', // an `@` before too
      'mail bob@acme.io via https://acme.io/path', // `@` only before the `://`: no match possible
      'https://acme.io/a https://svc:Qw8vLp2zXk0RtY@proxy.acme.io',
      'plain https://acme.io/path',
    ];
    const text = lines.join('\n');
    expect(checked.scanText(text)).toEqual(plain.scanText(text));
    expect(checked.scanText(text).map((f) => f.line)).toEqual([1, 2, 4]);
  });

  it('reports line and column of a secret in the middle of a text', () => {
    const text = `one\ntwo\n  const t = "${PAT}";\nfour`;
    const [f, ...rest] = detector.scanText(text);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ ruleId: 'github-pat', secret: PAT, line: 3, column: 14, endLine: 3 });
    expect(f.entropy).toBeGreaterThan(4);
  });

  it('lets a specific rule win over a generic rule on the same value', () => {
    const found = detector.scanText(`GITHUB_TOKEN=${PAT}`);
    expect(found.map((f) => f.ruleId)).toEqual(['github-pat']);
  });

  it('matches keywords case-insensitively and finds several secrets on one line', () => {
    const found = detector.scanText(`TOKEN = "Zq8vN2kLp4Rx7Tw1" and ${PAT}`);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['generic-token', 'github-pat']);
  });

  it('drops placeholders, low-entropy values and env references', () => {
    expect(detector.scanText('token = "xxxxxxxxxxxxxxxx"')).toEqual([]);
    expect(detector.scanText('token = "${GITHUB_TOKEN}"')).toEqual([]);
    expect(detector.scanText('token = "aaaaaaaaaaaa"')).toEqual([]);
    expect(detector.scanText('token = "3f2a9c1e-7b4d-4e8a-a1c2-9d8e7f6a5b4c"')).toEqual([]);
    expect(detector.scanText('token: "EXAMPLEZq8vN2kLp4Rx7Tw1"')).toEqual([]);
  });

  it('judges an encoded user:password pair by its password, not by a placeholder user name', () => {
    const all = new Detector(defaultRules);
    const basic = (pair: string) =>
      all
        .scanText(
          `curl -H "Authorization: Basic ${Buffer.from(pair).toString('base64')}" https://api.acme.io\n`,
        )
        .map((f) => f.ruleId);
    expect(basic('xxxx:rJRk3Vq9LmT2pWzTz8')).toEqual(['basic-auth-header']);
    expect(basic('your_user:rJRk3Vq9LmT2pWzTz8')).toEqual(['basic-auth-header']);
    for (const placeholder of ['user:pass', 'xxxx:xxxx', 'example:changeme', 'admin:your_password'])
      expect(basic(placeholder)).toEqual([]);
  });

  it('honours an inline deployguard:allow comment', () => {
    expect(detector.scanText(`t = "${PAT}" # deployguard:allow`)).toEqual([]);
    expect(detector.scanText(`t = "${PAT}"`)).toHaveLength(1);
  });

  it('finds a multi-line private key at its BEGIN line, with CRLF line endings too', () => {
    const body = ['MIIEowIBAAKCAQEAx3k9Vq2Lw8Tn', 'Rz5Jm1Pb7Hc4Yd6Fg0Ks2Qe8Uw3'].join('\n');
    for (const eol of ['\n', '\r\n']) {
      const text = [
        'a',
        'b',
        '-----BEGIN RSA PRIVATE KEY-----',
        body,
        '-----END RSA PRIVATE KEY-----',
        'c',
      ].join(eol);
      const found = detector.scanText(text.replace(/\n/g, eol === '\n' ? '\n' : '\r\n'));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ ruleId: 'private-key', line: 3, column: 1, endLine: 6 });
    }
  });

  it('scans the valid parts of invalid UTF-8', () => {
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe, 0x41, 0x0a]), Buffer.from(`x=${PAT}\n`)]);
    expect(detector.scanBuffer(buf)).toMatchObject([{ ruleId: 'github-pat', line: 2 }]);
  });

  it('applies the global allowlist and stopwords', () => {
    const strict = new Detector([github], { allowRegexes: [/^ghp_aB3/] });
    expect(strict.scanText(PAT)).toEqual([]);
    const stop = new Detector([generic], { stopwords: ['vn2k'] });
    expect(stop.scanText('token = "Zq8vN2kLp4Rx7Tw1"')).toEqual([]);
  });

  it('leaves out search-only keys a DocSearch or Algolia set-up publishes, not other api keys', () => {
    const all = new Detector(defaultRules);
    const key = 'f1' + '77061e2d5b0c4a9e8f3d7b6a1c2e9f04';
    const ids = (text: string) => all.scanText(text, 'docs/_templates/sidebar.html').map((f) => f.ruleId);
    // The shape of a real Sphinx sidebar: the call opens on the line before the key.
    const docsearch =
      '<script src="https://cdn.jsdelivr.net/npm/docsearch.js@2/dist/cdn/docsearch.min.js" onload="docsearch({\n' +
      `  apiKey: '${key}',\n  indexName: 'python-requests',\n})" async></script>\n`;
    expect(ids(docsearch)).toEqual([]);
    expect(ids(`const search = instantsearch({\n  indexName: 'docs',\n  apiKey: '${key}',\n});\n`)).toEqual(
      [],
    );
    // A server passes its admin key to algoliasearch(): still a finding.
    expect(ids(`const client = algoliasearch('LATENCY');\nconst apiKey = '${key}';\n`)).toEqual([
      'generic-api-key',
    ]);
    expect(ids(`const config = {\n  apiKey: '${key}',\n  region: 'eu',\n};\n`)).toEqual(['generic-api-key']);
    // Many options may come before the key.
    const options = Array.from({ length: 40 }, (_, i) => `  // option ${i}: see the DocSearch documentation`);
    expect(ids(`docsearch({\n${options.join('\n')}\n  apiKey: '${key}',\n});\n`)).toEqual([]);
    // The React component of DocSearch publishes it too.
    expect(ids(`<DocSearch\n  appId="R2IYF7ETH7"\n  apiKey="${key}"\n  indexName="docs"\n/>\n`)).toEqual([]);
    // …and its Vue component, with kebab-case attributes.
    expect(ids(`<DocSearch\n  app-id="R2IYF7ETH7"\n  api-key="${key}"\n  index-name="docs"\n/>\n`)).toEqual(
      [],
    );
  });

  it('reports an api key that follows a closed DocSearch call, on its line or the next', () => {
    const all = new Detector(defaultRules);
    const published = 'f1' + '77061e2d5b0c4a9e8f3d7b6a1c2e9f04';
    const admin = 'a8' + 'f3c91e7b2d4056f1e9c3a7b5d20f48';
    const found = (text: string) => all.scanText(text).map((f) => [f.ruleId, f.line, f.secret]);
    expect(
      found(`docsearch({\n  apiKey: '${published}',\n});\nconst admin = { apiKey: '${admin}' };\n`),
    ).toEqual([['generic-api-key', 4, admin]]);
    expect(found(`docsearch({ apiKey: '${published}' }); const admin = { apiKey: '${admin}' };\n`)).toEqual([
      ['generic-api-key', 1, admin],
    ]);
  });

  it('reports a password hash in documentation as low confidence (an example), elsewhere as medium', () => {
    const all = new Detector(defaultRules);
    const hash =
      '$argon2id$v=19$m=65536,t=3,p=4$' +
      'MIIRqgvgQbgj220jfp0MPA$YfwJSVjtjSU0zzV/P3S9nnQ/USre2wvJMjfCIjrTQbg';
    const text = `>>> hash  # doctest: +SKIP\n'${hash}'\n`;
    const levels = (path: string) => all.scanText(text, path).map((f) => [f.ruleId, f.confidence]);
    for (const doc of ['README.md', 'site-packages/argon2_cffi-23.1.0.dist-info/METADATA', 'docs/usage.rst'])
      expect(levels(doc)).toEqual([['password-hash', 'low']]);
    for (const file of ['app/users.py', 'config/seed.json'])
      expect(levels(file)).toEqual([['password-hash', 'medium']]);
  });

  it('sniffs binary content like git does', () => {
    expect(isBinary(Buffer.from('plain text'))).toBe(false);
    expect(isBinary(Buffer.from([0x50, 0x4b, 0x00, 0x01]))).toBe(true);
  });

  it('tells capturing groups from the other kinds of parentheses', () => {
    for (const re of [/(a)/, /(?<name>a)/, /x(?:y)(z)/, /[(]\((b)/])
      expect(hasCaptureGroup(re.source)).toBe(true);
    for (const re of [/a/, /(?:a)/, /(?=a)b/, /(?!a)b/, /(?<=a)b/, /(?<!a)b/, /[(]\(/, /\(x\)/]) {
      expect(hasCaptureGroup(re.source)).toBe(false);
    }
  });

  describe('context', () => {
    // The contract with generic assignment rules: the key in `(?<key>…)`, the value in `(?<secret>…)`.
    const assignment = rule({
      id: 'generic-assignment',
      keywords: ['token', 'key'],
      generic: true,
      pattern: /(?<key>[\w.-]*(?:token|key))\s*[:=]\s*["']?(?<secret>[\w.-]{16,})/i,
    });
    const masterKey = rule({
      id: 'rails-master-key',
      keywords: ['master.key'],
      path: /(?:^|\/)master\.key$/,
      pattern: /^([0-9a-f]{32})$/m,
    });
    const withContext = new Detector([assignment, masterKey]);
    const hex40 = '8b1a9953c4611296a827abf8c47804d7e6c49c6b';
    const uuid = '3f2a9c1e-7b4d-4e8a-a1c2-9d8e7f6a5b4c';

    it('keeps a hash or a UUID under a key that names a secret, and drops it under other keys', () => {
      expect(withContext.scanText(`oauth_token: ${hex40}`)).toMatchObject([{ secret: hex40, column: 14 }]);
      expect(withContext.scanText(`HEROKU_API_KEY=${uuid}`)).toMatchObject([{ secret: uuid }]);
      expect(withContext.scanText(`cache_key: ${hex40}`)).toEqual([]);
      expect(withContext.scanText(`commit_token_sha: ${hex40}`)).toEqual([]);
    });

    it('runs a rule bound to a file name on that file only, keyword or not', () => {
      const value = '9f86d081884c7d659a2feaa0c55ad015';
      expect(withContext.scanText(`${value}\n`, 'config/master.key')).toMatchObject([
        { ruleId: 'rails-master-key', secret: value, line: 1, column: 1, confidence: 'high' },
      ]);
      expect(withContext.scanText(`\n\n${value}\n`, 'master.key')).toMatchObject([{ line: 3 }]);
      expect(withContext.scanText(`${value}\n`, 'config/master.rb')).toEqual([]);
      expect(withContext.scanText(`${value}\n`)).toEqual([]);
    });

    it('does not run generic rules in lock files', () => {
      const line = 'api_token = "Zq8vN2kLp4Rx7Tw1Yb6M"';
      expect(withContext.scanText(line, 'package.json')).toHaveLength(1);
      expect(withContext.scanText(line, 'yarn.lock')).toEqual([]);
      expect(new Detector([github]).scanText(PAT, 'yarn.lock')).toHaveLength(1);
    });
  });
});
