import { createHash } from 'node:crypto';
import {
  hasSequentialRun,
  isDoubtfulValue,
  isLockFile,
  isNonSecretValue,
  isLowEntropy,
  isPlaceholder,
  isPlaceholderCredential,
  isTypedOut,
  isTypedOutWhole,
  isDocumentationFile,
  isPublicClientKey,
  isWeakValue,
  keyNamesSecret,
  ownerBefore,
} from './secret-filter';

// Values that look random enough to be credentials: the filter must let every one through.
const REAL = [
  'cCVIysEcOsfdroLfTu5Q',
  'tK4%UL*Fzwb5WU6D',
  'iNvds!#3#e%jsMWn%g',
  'dm%Esc5OUVsbka%7vk',
  '{SHA}X//cTQy1FaPuUL8fkOhTLnaoyaw=',
  'ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5',
  'Zq8vN2kLp4Rx7Tw1',
  'xoxb-1234-5678-AbCdEfGhIjKlMnOp',
  '@Xy7#kP2qL9mZ',
  'ABOYKJCSVHKF%tjHNMzEpCIsmVvSFq1gzPI4%E4UY0w%L3X%dq95eFuxF',
  'Ab9x8yZ7w6v5u4t3s2r1qpOnMlKjIhGfEdCbA9x8yZ7w6v5u4t3s2r1q==',
  'hunter2-but-Xk29fQpL',
  // a provider's test-mode key: test keys are credentials too
  'test_Rk7pV2nQ9xLc4ZwB8mT3yH6sJd1F',
  // four x's by chance inside a random value (a JWT's payload, a key's body)
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ7XxxX9Lm2Qp4Rz8Tn1Vb',
  'Qm9vK2xXxXz7Lp4Rt8Wn1Vb3Cd6Ef9Gh',
];

describe('isPlaceholder', () => {
  it.each(REAL)('lets %s through', (value) => expect(isPlaceholder(value)).toBe(false));

  describe('in a long value (a key body)', () => {
    // 64-character base64 lines, as in a PEM body; `embed` lands inside the second line.
    const body = (embed: string): string => {
      const line = (seed: number): string =>
        Array.from(
          { length: 64 },
          (_, i) => 'Qz8Lk2Rp9Xw4Tn6Vb3Hm7Jd5Fs1Gc0YqAeNuPiBoCtDvEwFyGh'[(seed * 7 + i * 13) % 50],
        ).join('');
      const second = line(2);
      return [line(1), second.slice(0, 20) + embed + second.slice(20 + embed.length), line(3), line(4)].join(
        '\n',
      );
    };

    it.each(['dummy', 'DUMMY', 'sample', 'XXXX', 'test', 'example'])(
      'does not take %s spelled by chance inside base64 for a placeholder',
      (word) =>
        expect(isPlaceholder(`-----BEGIN PRIVATE KEY-----\n${body(word)}\n-----END PRIVATE KEY-----`)).toBe(
          false,
        ),
    );

    it.each(['\nDUMMY\n', '\n<your-key-here>\n', '\nxxxx xxxx\n', '+example/'])(
      'takes %j standing alone for a placeholder',
      (word) =>
        expect(
          isPlaceholder(
            `-----BEGIN PRIVATE KEY-----\n${body('')}${word}${body('')}\n-----END PRIVATE KEY-----`,
          ),
        ).toBe(true),
    );
  });

  it.each([
    // placeholder words and markers
    'AKIAIOSFODNN7EXAMPLE',
    // masks: x's, six in a row or four standing alone
    'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
    'AKIAXXXXXXXXXXXXXXXX',
    'Bearer xxxx',
    'xxxx-xxxx-xxxx-xxxx',
    'ghp_Ab3dxxxxxx9kL1mN3pQ5rS7tU9vW1xY3zA5',
    'ghp_1234xxxx5678xxxx9012xxxx3456xxxx7890',
    'sk_live_1234xxxx5678xxxx9012xxxx',
    'your_api_key_here',
    'testing123',
    'test_value_for_the_integration_suite',
    'changeme',
    '<your-token>',
    '********',
    // template syntaxes of common tools
    '${DB_PASSWORD}',
    '${{ secrets.NPM_TOKEN }}',
    '{{ vault_db_password }}',
    '{{ .Values.postgres.password }}',
    '{% raw %}x{% endraw %}',
    '<%= ENV["SECRET"] %>',
    '#{secrets.password}',
    '$(cat /run/secrets/token)',
    '%(password)s',
    '{ENV_PASSWORD}',
    '{password}',
    'prefix-{token}',
    '%DB_PASSWORD%',
    '%APPDATA%\\secret.txt',
    '$PASSWORD',
    '@db.password@',
    '__DB_PASSWORD__',
    '$ANSIBLE_VAULT;1.1;AES256',
    // secret-manager references
    '@svelte-sentry-token',
    'vault:secret/data/db#password',
    'vault://prod/db/password',
    'op://Private/GitHub/token',
    'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf',
    'arn:aws:ssm:eu-west-1:123456789012:parameter/db/password',
    '@Microsoft.KeyVault(SecretUri=https://v.vault.azure.net/secrets/x/)',
    'projects/my-project/secrets/db-password/versions/latest',
    'ref+vault://secret/db#/password',
    '{secretKeyRef:{name:db,key:password}}',
    // placeholder credentials: curl --user user:pass, https://user:pass@host, netrc samples
    'pass',
    'passwd',
    'otherpassword',
    'pass%20pass',
    'pass%23pass',
    '%7BENCODED_PASSWORD%7D',
    'p@ssw0rd',
    's3cr3t',
    'secret123',
    'pass\\ndefault\\n")',
    'bbbb\\n")',
    // no letter or digit at all (an escaping test), published specification examples
    '%25%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D%20',
    '2YotnFZFEjr1zCsicMWpAA',
    'ad180jjd733klru7',
    // repeated or sequential
    'aaaaaaaaaaaa',
    'bbbbbbbb',
    '00000000',
  ])('treats %s as a placeholder or a reference', (value) => expect(isPlaceholder(value)).toBe(true));
});

describe('isPlaceholderCredential', () => {
  it('recognises values made only of credential words', () => {
    for (const v of ['user', 'pass', 'otheruser', 'my_password', 'admin:admin', 'P@ssw0rd1'])
      expect(isPlaceholderCredential(v)).toBe(true);
    for (const v of ['passXk29fQ', 'correcthorsebatterystaple', 'tobi', 'ferret7Q'])
      expect(isPlaceholderCredential(v)).toBe(false);
  });
});

describe('isNonSecretValue (generic rules)', () => {
  it.each(REAL.filter((v) => !v.startsWith('{SHA}')))('lets %s through', (value) =>
    expect(isNonSecretValue(value)).toBe(false),
  );

  it.each([
    'process.env.TOKEN',
    '_PasswordType',
    'PKCS7PrivateKeyTypes',
    'PasswordValidator',
    'SCREAMING_CASE_NAME',
    'camelCaseName',
    'dotted.name.here',
    './config/secret.txt',
    '==e.format',
    '&&n.password',
    'Contraseña',
    '1234567890ABCDEF',
    'sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==',
    'h1:0123abcdefABCDEFghijGHIJklmnKLMNopqrOPQRstuvSTUVwxyz=',
    'jjwt-api:0.11.5=compileClasspath,runtimeClasspath',
    'io.jsonwebtoken:jjwt-api:0.11.5=compileClasspath',
  ])('drops %s', (value) => expect(isNonSecretValue(value)).toBe(true));

  it('drops hashes and UUIDs unless the key or the file name says secret', () => {
    const hex40 = '8b1a9953c4611296a827abf8c47804d7e6c49c6b';
    const uuid = '3f2a9c1e-7b4d-4e8a-a1c2-9d8e7f6a5b4c';
    const hex32 = '9f86d081884c7d659a2feaa0c55ad015';
    expect(isNonSecretValue(hex40)).toBe(true);
    expect(isNonSecretValue(uuid)).toBe(true);
    expect(isNonSecretValue(hex40, { key: 'oauth_token' })).toBe(false);
    expect(isNonSecretValue(uuid, { key: 'HEROKU_API_KEY' })).toBe(false);
    expect(isNonSecretValue(hex32, { file: 'config/master.key' })).toBe(false);
    // Keys that name a digest or an identifier keep the filter.
    expect(isNonSecretValue(hex40, { key: 'commit_sha' })).toBe(true);
    expect(isNonSecretValue(hex40, { key: 'cache_key' })).toBe(true);
    expect(isNonSecretValue(uuid, { key: 'api_key_id' })).toBe(true);
    expect(isNonSecretValue(hex32, { file: 'src/master.rb' })).toBe(true);
  });
});

describe('isPublicClientKey', () => {
  // the match starts at the line's last mention of the key
  const publicKey = (key: string | undefined, line: string, before = '') =>
    isPublicClientKey(key, line, line.lastIndexOf(key ?? ''), () => before);

  it('names an apiKey passed to a DocSearch, Algolia or InstantSearch widget on the line or just before', () => {
    expect(publicKey('apiKey', "docsearch({ apiKey: 'x'")).toBe(true);
    expect(publicKey('apiKey', "  apiKey: 'x',", 'onload="docsearch({\n')).toBe(true);
    expect(publicKey('searchOnlyApiKey', "  searchOnlyApiKey: 'x'", 'instantsearch(\n  {\n')).toBe(true);
    expect(publicKey('apiKey', '  apiKey="x"', '<DocSearch\n  appId="R2IYF7ETH7"\n')).toBe(true);
    expect(publicKey('apiKey', "  apiKey: 'x',", 'const config = {\n')).toBe(false);
    expect(publicKey('adminApiKey', "docsearch({ adminApiKey: 'x'")).toBe(false);
    expect(publicKey(undefined, "docsearch({ 'x'")).toBe(false);
  });

  it('does not name a key after the widget call or element has closed', () => {
    expect(publicKey('apiKey', "const admin = { apiKey: 'x' };", "docsearch({\n  apiKey: 'y',\n});\n")).toBe(
      false,
    );
    expect(publicKey('apiKey', "const admin = { apiKey: 'x' };", "docsearch({ apiKey: 'y' });\n")).toBe(
      false,
    );
    expect(publicKey('apiKey', "docsearch({ apiKey: 'y' }); const admin = { apiKey: 'x' };")).toBe(false);
    expect(publicKey('apiKey', "  apiKey: 'x',", '<DocSearch appId="A" />\nconst c = {\n')).toBe(false);
    // nested calls and arrow functions inside the call leave it open
    expect(publicKey('apiKey', "  apiKey: 'x',", 'docsearch({\n  transform: (items) => fix(items),\n')).toBe(
      true,
    );
    expect(publicKey('apiKey', '  apiKey="x"', '<DocSearch onSelect={(hit) => go(hit)}\n')).toBe(true);
    // a mention that is no call with options does not count
    expect(
      publicKey('apiKey', "const admin = { apiKey: 'x' };", '// we used to call docsearch( here\n'),
    ).toBe(false);
    expect(publicKey('apiKey', "const admin = { apiKey: 'x' };", 'const n = "docsearch(";\n')).toBe(false);
    // in an element, `>` inside an attribute value or a {…} expression does not close it
    expect(publicKey('apiKey', '  apiKey="x"', '<DocSearch\n  placeholder="a > b"\n')).toBe(true);
    expect(
      publicKey('apiKey', '  apiKey="x"', '<DocSearch\n  transform={(i) => i.filter((h) => h.n > 0)}\n'),
    ).toBe(true);
    // parentheses in strings do not close it; a quote in a comment ends with its line
    expect(publicKey('apiKey', "docsearch({ indexName: 'a)b', placeholder: ':)', apiKey: 'x'")).toBe(true);
    expect(publicKey('apiKey', "  apiKey: 'x',", "docsearch({ // don't index drafts\n")).toBe(true);
    expect(publicKey('apiKey', "const admin = { apiKey: 'x' };", "docsearch({ // don't\n});\n")).toBe(false);
  });
});

describe('isDocumentationFile', () => {
  it('names READMEs, Markdown, reStructuredText, AsciiDoc and package METADATA, not code or config', () => {
    for (const p of [
      'README',
      'docs/README.txt',
      'a/b/guide.md',
      'x.MDX',
      'index.rst',
      'manual.adoc',
      'pkg.dist-info/METADATA',
      'PKG-INFO',
    ])
      expect([p, isDocumentationFile(p)]).toEqual([p, true]);
    for (const p of ['readme.py', 'src/md.ts', 'config.yml', '.env', 'METADATA.json'])
      expect([p, isDocumentationFile(p)]).toEqual([p, false]);
  });
});

describe('keyNamesSecret', () => {
  it('reads secret-naming keys and not their look-alikes', () => {
    for (const k of [
      'password',
      'DB_PASSWD',
      'pwd',
      'apiKey',
      'api-key',
      'master_key',
      'SECRET',
      'authToken',
      'private',
      'credentials',
      'LICENSE_KEY',
      'sumoKey1',
      'stripe key',
    ])
      expect(keyNamesSecret(k)).toBe(true);
    for (const k of [
      'monkey',
      'keyboard',
      'author',
      'name',
      'cache_key',
      'sha256',
      'key_id',
      'key',
      'Key',
      undefined,
    ])
      expect(keyNamesSecret(k)).toBe(false);
  });
});

describe('isWeakValue', () => {
  it('marks words, short and low-entropy values weak, random ones not', () => {
    for (const v of ['letmein', 'Contrasena1', 'short1', 'aabbaabbaabb']) expect(isWeakValue(v)).toBe(true);
    for (const v of ['cCVIysEcOsfdroLfTu5Q', 'tK4%UL*Fzwb5WU6D']) expect(isWeakValue(v)).toBe(false);
  });
});

describe('hasSequentialRun and isLockFile', () => {
  it('finds ascending runs of six', () => {
    expect(hasSequentialRun('key-123456-x')).toBe(true);
    expect(hasSequentialRun('xxABCDEFxx')).toBe(true);
    expect(hasSequentialRun('Zq8vN2kLp4Rx7Tw1')).toBe(false);
  });

  it('knows lock and checksum files', () => {
    for (const p of [
      'gradle.lockfile',
      'app/gradle.lockfile',
      'package-lock.json',
      'yarn.lock',
      'pnpm-lock.yaml',
      'go.sum',
      'Cargo.lock',
      'dist/SHA256SUMS',
      'x.tar.gz.sha256',
    ])
      expect(isLockFile(p)).toBe(true);
    for (const p of ['package.json', 'src/lock.ts', 'go.mod', 'config/secrets.yml'])
      expect(isLockFile(p)).toBe(false);
  });
});

describe('values typed out by hand', () => {
  const WHOLE = [
    'abcdefgh',
    '12121212',
    '1234567890ABCDEF',
    'abcd1234efgh5678ijkl9012mnop3456',
    'ABCDE12-ABCDE12-ABCDE12-ABCDE12',
    'zxcvbnmasdfghjklqwertyuiop1234567890',
    'zyxwvutsrqponmlkjihg',
  ];
  const PART = ['Zq8vN2kLp4Rx7Tw1abcdefXy', 'k9m2n4p6q8r3t5v7_123456_Qw8', 'NotActuallyBase64!@#$%^&*()+='];

  it.each(WHOLE)('knows %s is typed out from end to end', (v) => {
    expect(isTypedOutWhole(v)).toBe(true);
    expect(isTypedOut(v)).toBe(true);
  });

  it.each(PART)('knows %s is typed out in part only', (v) => {
    expect(isTypedOutWhole(v)).toBe(false);
    expect(isTypedOut(v)).toBe(true);
  });

  it.each(REAL)('knows %s is not typed out', (v) => {
    expect(isTypedOutWhole(v)).toBe(false);
    expect(isTypedOut(v)).toBe(false);
  });

  it('makes them doubtful (low confidence) for every rule, weak values for generic rules only', () => {
    expect(isDoubtfulValue('1234567890ABCDEF', false)).toBe(true);
    expect(isDoubtfulValue('letmein', false)).toBe(false);
    expect(isDoubtfulValue('letmein', true)).toBe(true);
    expect(isDoubtfulValue('cCVIysEcOsfdroLfTu5Q', true)).toBe(false);
  });

  it('drops a value typed out whole under a key that names no owner, keeps it under one that does', () => {
    expect(isNonSecretValue('1234567890ABCDEF', { key: 'Api-Key' })).toBe(true);
    expect(isNonSecretValue('1234567890ABCDEF', { key: 'TOKEN', owner: 'DRONECI' })).toBe(false);
    expect(isNonSecretValue('Zq8vN2kLp4Rx7Tw1abcdefXy', { key: 'token' })).toBe(false);
  });
});

describe('ownerBefore', () => {
  it.each([
    ['DRONECI_API_TOKEN', 'TOKEN', 'DRONECI'],
    ['stripeApiKey', 'Key', 'stripe'],
    ['exchangerates_api_key', 'key', 'exchangerates'],
    ["{'Api-Key'", 'Key', undefined],
    ['  my_password', 'password', undefined],
    ['password', 'password', undefined],
  ])('finds the owner in %s', (text, key, owner) => {
    expect(ownerBefore(text, text.lastIndexOf(key))).toBe(owner);
  });
});

describe('isLowEntropy', () => {
  it('holds hex digits to half a bit less: random 32-digit hex values pass a 3.5 floor', () => {
    for (let i = 0; i < 500; i++) {
      const value = createHash('sha256').update(String(i)).digest('hex').slice(0, 32);
      expect(isLowEntropy(value, 3.5)).toBe(false);
    }
    expect(isLowEntropy('00000000ffffffff00000000ffffffff', 3.5)).toBe(true);
  });
});
