import { defaultRules } from './rules';
import { buildConfig, ConfigError, parseScanConfig } from './scan-config';

const build = (raw: unknown) => buildConfig(raw, defaultRules, 'cfg.yml: ');
const errorOf = (raw: unknown): string => {
  try {
    build(raw);
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  throw new Error('expected a ConfigError');
};
const rule = { id: 'my-token', keywords: ['MYTOK'], pattern: 'MYTOK_[a-z0-9]{20}' };

describe('the scan config file', () => {
  it('adds rules, disables built-in ones and reads the allowlist', () => {
    const config = build({
      disabled_rules: [defaultRules[0].id],
      rules: [{ ...rule, severity: 'low', entropy: 3, multiline: true }],
      allowlist: { paths: ['vendor/'], regexes: ['^test_'], stopwords: ['dummy'] },
      max_file_size_mb: 2,
    });
    expect(config.rules.some((r) => r.id === defaultRules[0].id)).toBe(false);
    expect(config.rules.find((r) => r.id === 'my-token')).toMatchObject({
      severity: 'low',
      cwe: 798,
      keywords: ['mytok'],
      entropy: 3,
      multiline: true,
    });
    expect(config.allowPaths).toEqual(['vendor/']);
    expect(config.allowRegexes[0].test('test_x')).toBe(true);
    expect(config.maxFileSizeBytes).toBe(2 * 1024 * 1024);
    expect(build({ extend: false, rules: [rule] }).rules.map((r) => r.id)).toEqual(['my-token']);
  });

  it.each([
    ['a list', [], /cfg\.yml: the config must be a mapping/],
    [{ colour: 'blue' }, null, /cfg\.yml: config: unknown key "colour" \(accepted: extend, disabled_rules/],
    [{ extend: 'yes' }, null, /`extend` must be true \(keep the built-in rules\) or false/],
    [{ disabled_rules: 'x' }, null, /`disabled_rules` must be a list of strings/],
    [{ disabled_rules: ['no-such-rule'] }, null, /disabled_rules: unknown rule id "no-such-rule"/],
    [{ rules: {} }, null, /`rules` must be a list/],
    [{ rules: ['x'] }, null, /`rules` must hold only mappings with keys id, description/],
    [{ rules: [{ ...rule, id: 'Not Kebab' }] }, null, /rules\[0\]\.id must be a kebab-case string/],
    [{ rules: [{ ...rule, colour: 1 }] }, null, /rules\[0\]: unknown key "colour" \(accepted: id, /],
    [{ rules: [{ ...rule, pattern: '' }] }, null, /rule "my-token": pattern must be a non-empty regular/],
    [{ rules: [{ ...rule, severity: 'huge' }] }, null, /rule "my-token": severity must be one of critical/],
    [{ rules: [{ ...rule, keywords: [] }] }, null, /rule "my-token": keywords must list at least one word/],
    [
      { rules: [{ ...rule, entropy: 9 }] },
      null,
      /rule "my-token": entropy \(bits per character, 0-8\) is out/,
    ],
    [{ rules: [{ ...rule, cwe: -1 }] }, null, /rule "my-token": cwe is out of range/],
    [{ rules: [{ ...rule, pattern: '(open' }] }, null, /rule "my-token": pattern is not a valid regular/],
    [{ allowlist: [] }, null, /`allowlist` must be a mapping with keys paths, regexes, stopwords/],
    [
      { allowlist: { path: [] } },
      null,
      /allowlist: unknown key "path" \(accepted: paths, regexes, stopwords\)/,
    ],
    [{ allowlist: { paths: [1] } }, null, /allowlist\.paths must be a list of strings/],
    [{ max_file_size_mb: 0 }, null, /`max_file_size_mb` must be a positive number/],
    [{ extend: false }, null, /no rules left to run/],
  ])('names what is wrong in %j', (raw, rawOverride, expected) => {
    expect(errorOf(rawOverride ?? raw)).toMatch(expected);
  });
});

describe('parseScanConfig', () => {
  const refusal = (text: string, name = '.deployguard.yml'): string => {
    try {
      parseScanConfig(text, name, []);
    } catch (e) {
      if (e instanceof ConfigError) return e.message;
      throw e;
    }
    throw new Error('expected a ConfigError');
  };

  it('refuses a config over 1 MB before parsing it', () => {
    expect(refusal(`allowlist:\n  paths:\n${"    - 'x/**'\n".repeat(100_000)}`)).toMatch(
      /^config file \.deployguard\.yml is \d+ bytes: more than the 1048576 accepted$/,
    );
  });

  it('refuses a document nested too deeply, naming the file', () => {
    expect(refusal(`{"allowlist": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`, 'c.json')).toBe(
      'config file c.json: nested too deeply',
    );
  });

  it('refuses an alias that refers to itself, naming the file, and accepts shared ones', () => {
    expect(refusal('allowlist:\n  paths: &a [*a]\n')).toBe(
      'config file .deployguard.yml: a YAML alias refers to itself',
    );
    expect(() =>
      parseScanConfig(
        "extend: true\nallowlist:\n  paths: &p ['a/**']\n  stopwords: *p\n",
        'c.yml',
        defaultRules,
      ),
    ).not.toThrow();
  });
});
