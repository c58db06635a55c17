// The user's config file (`--config`, or .deployguard.yml|yaml|json at the repository root):
// extends or overrides the built-in rules and adds allowlists. Every field is validated, and an
// error names the field and what is accepted.
import { readFileSync } from 'node:fs';
import type { Rule, Severity } from './rule.types';
import { compileUserRegex } from './user-regex';

export interface ScanConfig {
  rules: Rule[];
  allowPaths: string[]; // gitignore syntax, added to .deployguardignore
  allowRegexes: RegExp[];
  stopwords: string[];
  maxFileSizeBytes: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_MAX_FILE_SIZE_BYTES = 10 * 1024 * 1024;
export const CONFIG_FILE_NAMES = ['.deployguard.yml', '.deployguard.yaml', '.deployguard.json'];
const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
const TOP_KEYS = ['extend', 'disabled_rules', 'rules', 'allowlist', 'max_file_size_mb'];
const RULE_KEYS = [
  'id',
  'description',
  'severity',
  'cwe',
  'keywords',
  'pattern',
  'secret_group',
  'entropy',
  'allow',
  'multiline',
];
const ALLOWLIST_KEYS = ['paths', 'regexes', 'stopwords'];

type Raw = Record<string, unknown>;

export function loadScanConfig(file: string | null, defaults: readonly Rule[]): ScanConfig {
  if (!file) return buildConfig({}, defaults, '');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read config file ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let raw: unknown;
  try {
    // yaml is loaded only when a YAML config is used: it is a noticeable part of start-up time.
    raw = file.endsWith('.json') ? JSON.parse(text) : (require('yaml') as typeof import('yaml')).parse(text);
  } catch (e) {
    throw new ConfigError(
      `config file ${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`,
    );
  }
  return buildConfig(raw ?? {}, defaults, `${file}: `);
}

export function buildConfig(raw: unknown, defaults: readonly Rule[], where: string): ScanConfig {
  const fail = (msg: string): never => {
    throw new ConfigError(where + msg);
  };
  if (!isObject(raw)) return fail('the config must be a mapping with keys ' + TOP_KEYS.join(', '));
  checkKeys(raw, TOP_KEYS, 'config', fail);
  const extend = raw.extend ?? true;
  if (typeof extend !== 'boolean') fail('`extend` must be true (keep the built-in rules) or false');
  const disabled = stringList(raw.disabled_rules ?? [], 'disabled_rules', fail);
  const known = new Set(defaults.map((r) => r.id));
  for (const id of disabled) if (!known.has(id)) fail(`disabled_rules: unknown rule id "${id}"`);

  const custom = (
    Array.isArray(raw.rules) ? raw.rules : raw.rules === undefined ? [] : fail('`rules` must be a list')
  ) as unknown[];
  const added = custom.map((r, i) => parseRule(r, `rules[${i}]`, fail));
  const overridden = new Set(added.map((r) => r.id));
  const base = extend ? defaults.filter((r) => !disabled.includes(r.id) && !overridden.has(r.id)) : [];
  const rules = [...base, ...added];
  if (rules.length === 0) fail('no rules left to run: set `extend: true` or add `rules`');

  const allow = raw.allowlist ?? {};
  if (!isObject(allow)) fail('`allowlist` must be a mapping with keys ' + ALLOWLIST_KEYS.join(', '));
  checkKeys(allow as Raw, ALLOWLIST_KEYS, 'allowlist', fail);
  const a = allow as Raw;
  const maxMb = raw.max_file_size_mb ?? DEFAULT_MAX_FILE_SIZE_BYTES / 1024 / 1024;
  if (typeof maxMb !== 'number' || !(maxMb > 0)) fail('`max_file_size_mb` must be a positive number');
  return {
    rules,
    allowPaths: stringList(a.paths ?? [], 'allowlist.paths', fail),
    allowRegexes: stringList(a.regexes ?? [], 'allowlist.regexes', fail).map((s, i) =>
      regex(s, `allowlist.regexes[${i}]`, fail),
    ),
    stopwords: stringList(a.stopwords ?? [], 'allowlist.stopwords', fail),
    maxFileSizeBytes: Math.round((maxMb as number) * 1024 * 1024),
  };
}

function parseRule(raw: unknown, at: string, fail: (m: string) => never): Rule {
  if (!isObject(raw)) fail(`${at} must be a mapping with keys ${RULE_KEYS.join(', ')}`);
  const r = raw as Raw;
  checkKeys(r, RULE_KEYS, at, fail);
  if (typeof r.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(r.id))
    fail(`${at}.id must be a kebab-case string`);
  const where = `rule "${r.id as string}"`;
  if (typeof r.pattern !== 'string' || r.pattern === '')
    fail(`${where}: pattern must be a non-empty regular expression string`);
  const severity = r.severity ?? 'high';
  if (!SEVERITIES.includes(severity as Severity))
    fail(`${where}: severity must be one of ${SEVERITIES.join(', ')}`);
  const keywords = stringList(r.keywords ?? [], `${where}: keywords`, fail).map((k) => k.toLowerCase());
  if (keywords.length === 0)
    fail(`${where}: keywords must list at least one word that appears where the secret does`);
  const num = (v: unknown, name: string, ok: (n: number) => boolean): number | undefined =>
    v === undefined
      ? undefined
      : typeof v === 'number' && ok(v)
        ? v
        : fail(`${where}: ${name} is out of range`);
  return {
    id: r.id as string,
    description: typeof r.description === 'string' ? r.description : (r.id as string),
    severity: severity as Severity,
    cwe: num(r.cwe, 'cwe', (n) => Number.isInteger(n) && n > 0) ?? 798,
    keywords,
    pattern: regex(r.pattern as string, `${where}: pattern`, fail),
    secretGroup: num(r.secret_group, 'secret_group', (n) => Number.isInteger(n) && n >= 0),
    entropy: num(r.entropy, 'entropy (bits per character, 0-8)', (n) => n >= 0 && n <= 8),
    allow: stringList(r.allow ?? [], `${where}: allow`, fail).map((s) => regex(s, `${where}: allow`, fail)),
    multiline: r.multiline === true,
    samples: { positive: [], negative: [] },
  };
}

// User patterns run on RE2 (linear time); see user-regex.ts.
function regex(source: string, at: string, fail: (m: string) => never): RegExp {
  try {
    return compileUserRegex(source, at);
  } catch (e) {
    return fail((e as Error).message);
  }
}

function stringList(v: unknown, at: string, fail: (m: string) => never): string[] {
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string'))
    return fail(`${at} must be a list of strings`);
  return v as string[];
}

function checkKeys(obj: Raw, allowed: readonly string[], at: string, fail: (m: string) => never): void {
  for (const k of Object.keys(obj))
    if (!allowed.includes(k)) fail(`${at}: unknown key "${k}" (accepted: ${allowed.join(', ')})`);
}

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
