import type { Rule, RuleSamples, Severity } from '../rule.types';

// Rules for providers whose keys have no distinctive shape (32 hex, a UUID, 40 letters and
// digits): the value only counts as that provider's secret when the provider's name starts the
// key it is assigned to and the key name ends in a secret word. One builder keeps the context
// part identical across the catalog; each rule only brings its names and its value format.
// The context is the evidence, so the catalog matches the documented length over letters and
// digits (`alnum`) even where the provider documents hex: a made-up or mistyped value under
// `ACME_API_KEY` is still worth a look, and the length keeps unrelated values out.

/** Value formats (regex sources, matched case-insensitively): `n` characters long. */
export const alnum = (n: number | string): string => `[a-z0-9]{${n}}`;
export const hex = (n: number | string): string => `[a-f0-9]{${n}}`;
export const UUID = '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}';
// Three base64url parts joined by dots (providers whose tokens are signed, JWT-like); JWTs
// proper (header and payload both `eyJ`) are left to the jwt rule.
export const THREE_PART =
  '(?!eyJ[a-z0-9_-]*\\.eyJ)[a-z0-9_-]{16,1000}\\.[a-z0-9_-]{16,1000}\\.[a-z0-9_-]{16,1000}';

// The end of the key name: a secret word, after up to 30 characters of the rest of the name
// (`_API_`, ` SECRET `, `PRIVATE`). Words that name identifiers (`_ID`, `_URL`) never end it.
export const SECRET_WORDS =
  'key|keys|token|tokens|tok|tkn|secret|secrets|password|passwd|pass|pwd|auth|access|private|credentials?|pat|sid|license';
const SECRET_WORD = `(?:[\\w.\\- \\t]{0,30}?(?:${SECRET_WORDS}))?`;
// Between key and value: `=`, `:`, `:=`, `=>`, quotes, blanks (`KEY value` in configs and CLI
// flags), a comma between quoted arguments (`set('NAME_KEY', 'value')`) or one joiner
// (`name-secret-<value>`).
export const SEPARATOR = `(?:["']?[ \\t]*(?::=|=>|=|:)[ \\t]*["']?|["']?[ \\t]+["']?|["'][ \\t]*,[ \\t]*["']|[-_.])`;

export interface NamedKeySpec {
  id: string;
  description: string;
  // The provider's names as they start a key name, lower-case; they are also the keywords.
  names: string[];
  // Regex source of the documented value format (case-insensitive), e.g. hex(32), UUID.
  value: string;
  severity?: Severity;
  // Minimum Shannon entropy (bits per character) of the value; default 3.
  entropy?: number;
  samples: RuleSamples;
}

/** A literal, escaped for use inside a regex source. */
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a provider rule of confidence `medium` from its names and value format: it reports
 * `value` when one of `names` starts the key it is assigned to (`NAME_API_KEY=value`,
 * `"nameToken": "value"`, `name secret value`) and the key name is empty after the provider
 * name or ends in a secret word (so `NAME_ACCOUNT_ID=...` and `NAME_URL=...` are not reported).
 * A provider section (`name:\n  token: value`) is left to the generic rules: a finding on
 * another line than the name's would not yield to theirs and would be reported twice.
 */
export function namedKeyRule(spec: NamedKeySpec): Rule {
  const names = spec.names.map(escapeRegex).join('|');
  const rule: Rule = {
    id: spec.id,
    description: spec.description,
    severity: spec.severity ?? 'medium',
    confidence: 'medium',
    cwe: 798,
    keywords: spec.names,
    pattern: new RegExp(
      `(?<![a-z0-9])(?:${names})${SECRET_WORD}${SEPARATOR}(${spec.value})(?![\\w+/-])`,
      'i',
    ),
    entropy: spec.entropy ?? 3,
    samples: spec.samples,
  };
  BUILT.add(rule);
  return rule;
}

const BUILT = new WeakSet<Rule>();

/** Whether `rule` was built by namedKeyRule (its keywords are provider names). */
export function isNamedKeyRule(rule: Rule): boolean {
  return BUILT.has(rule);
}
