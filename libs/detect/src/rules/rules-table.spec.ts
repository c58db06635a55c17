import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRules } from './index';
import { trie } from './provider-key.rules';
import { PROVIDER_KEY_TRIE } from './provider-key.trie';
import { rulesTable, TABLE_BEGIN, TABLE_END, withRulesTable } from './rules-table';

const README = join(__dirname, '../../../../README.md');

describe('README rules table', () => {
  it('is the one the rule data makes (run `npm run rules:table` after changing a rule)', () => {
    const text = readFileSync(README, 'utf8');
    expect(withRulesTable(text, rulesTable(defaultRules))).toBe(text);
  });

  it('has one row per rule, a pipe in a description escaped', () => {
    const table = rulesTable([
      {
        id: 'acme-key',
        description: 'Acme key | legacy',
        severity: 'high',
        keywords: ['acme'],
        pattern: /acme_[a-z0-9]{20}/,
        samples: { positive: [], negative: [] },
      },
    ]);
    expect(table.startsWith(TABLE_BEGIN) && table.endsWith(TABLE_END)).toBe(true);
    expect(table).toContain('| `acme-key` | Acme key \\| legacy | high | high |');
    expect(table).toContain('1 rules: 1 of confidence high, 0 medium, 0 low');
  });

  it('refuses a README without the markers', () => {
    expect(() => withRulesTable('# title\n', 'x')).toThrow(/rules:begin/);
  });
});

describe('provider-key.trie.ts', () => {
  it("is the trie of the catalog's provider names (run `npm run rules:table` after changing a rule)", () => {
    const rule = defaultRules.find((r) => r.id === 'provider-key-any-format')!;
    expect(PROVIDER_KEY_TRIE.names).toBe(rule.keywords.join('\n'));
    expect(PROVIDER_KEY_TRIE.source).toBe(trie(rule.keywords));
    expect(rule.pattern.source).toContain(`(?<owner>${PROVIDER_KEY_TRIE.source})`);
  });
});
