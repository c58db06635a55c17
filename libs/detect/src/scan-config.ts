// The user's config file (`--config`, or .deployguard.yml|yaml|json at the repository root):
// extends or overrides the built-in rules and adds allowlists. Every field is validated, and an
// error names the field and what is accepted.
import type { ScanConfigFile, ScanConfigRule } from './scan-config.schema';
import type { Rule, Severity } from './rule.types';
import { compileUserRegex } from './user-regex';
import { fileErrorReason, readUserFile } from './file-error.util';

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
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
export const TOP_KEYS = ['extend', 'disabled_rules', 'rules', 'allowlist', 'max_file_size_mb'];
export const RULE_KEYS = [
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
export const ALLOWLIST_KEYS = ['paths', 'regexes', 'stopwords'];

export type Raw = Record<string, unknown>;

// A configuration is a few kilobytes: a larger one (a repository's own, crafted to exhaust memory)
// is refused before it is parsed.
const MAX_CONFIG_BYTES = 1 << 20;

/** The config of `file` (null: the built-in rules alone). Throws ConfigError naming the file. */
export function loadScanConfig(file: string | null, defaults: readonly Rule[]): ScanConfig {
  if (!file) return buildConfig({}, defaults, '');
  let text: string;
  try {
    text = readUserFile(file, MAX_CONFIG_BYTES);
  } catch (e) {
    throw new ConfigError(`cannot read config file ${file}: ${fileErrorReason(e)}`);
  }
  return parseScanConfig(text, file, defaults);
}

/**
 * The config written in `text`, read as JSON when `name` ends in .json, else as YAML (a config
 * file held by git rather than on disk: the index's copy). Throws ConfigError naming `name`.
 */
export function parseScanConfig(text: string, name: string, defaults: readonly Rule[]): ScanConfig {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_CONFIG_BYTES)
    throw new ConfigError(
      `config file ${name} is ${bytes} bytes: more than the ${MAX_CONFIG_BYTES} accepted`,
    );
  let raw: unknown;
  try {
    // yaml is loaded only when a YAML config is used: it is a noticeable part of start-up time.
    // Its warnings (an unknown tag) are not printed: an error says what is wrong.
    raw = name.endsWith('.json')
      ? JSON.parse(text)
      : (require('yaml') as typeof import('yaml')).parse(text, { logLevel: 'error' });
  } catch (e) {
    throw new ConfigError(
      `config file ${name} is not valid ${name.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`,
    );
  }
  try {
    if (refersToItself(raw)) throw new ConfigError(`config file ${name}: a YAML alias refers to itself`);
    return buildConfig(raw ?? {}, defaults, `${name}: `);
  } catch (e) {
    // A document nested thousands deep exhausts the stack of any walk over it.
    if (e instanceof RangeError) throw new ConfigError(`config file ${name}: nested too deeply`);
    throw e;
  }
}

// Whether a parsed document holds a cycle (`a: &a [*a]`): the schema check would recurse forever.
// A node an alias shares is walked once (`done`).
function refersToItself(value: unknown, open = new Set<object>(), done = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null || done.has(value)) return false;
  if (open.has(value)) return true;
  open.add(value);
  const cyclic = Object.values(value).some((v) => refersToItself(v, open, done));
  open.delete(value);
  done.add(value);
  return cyclic;
}

export function buildConfig(raw: unknown, defaults: readonly Rule[], where: string): ScanConfig {
  const fail = (msg: string): never => {
    throw new ConfigError(where + msg);
  };
  if (!isObject(raw)) return fail('the config must be a mapping with keys ' + TOP_KEYS.join(', '));
  // The schema (class-validator) is loaded only for a config that says something: it is a
  // noticeable part of the CLI's start-up time, like yaml.
  const value: ScanConfigFile =
    Object.keys(raw).length === 0
      ? {}
      : (require('./scan-config.schema') as typeof import('./scan-config.schema')).checkScanConfig(raw, fail);
  const disabled = value.disabled_rules ?? [];
  const known = new Set(defaults.map((r) => r.id));
  for (const id of disabled) if (!known.has(id)) fail(`disabled_rules: unknown rule id "${id}"`);

  const added = (value.rules ?? []).map((r) => toRule(r, fail));
  const overridden = new Set(added.map((r) => r.id));
  const base =
    value.extend === false ? [] : defaults.filter((r) => !disabled.includes(r.id) && !overridden.has(r.id));
  const rules = [...base, ...added];
  if (rules.length === 0) fail('no rules left to run: set `extend: true` or add `rules`');

  const allow = value.allowlist ?? {};
  const maxMb = value.max_file_size_mb ?? DEFAULT_MAX_FILE_SIZE_BYTES / 1024 / 1024;
  return {
    rules,
    allowPaths: allow.paths ?? [],
    allowRegexes: (allow.regexes ?? []).map((s, i) => regex(s, `allowlist.regexes[${i}]`, fail)),
    stopwords: allow.stopwords ?? [],
    maxFileSizeBytes: Math.round(maxMb * 1024 * 1024),
  };
}

function toRule(r: ScanConfigRule, fail: (m: string) => never): Rule {
  const where = `rule "${r.id}"`;
  return {
    id: r.id,
    description: r.description ?? r.id,
    severity: r.severity ?? 'high',
    cwe: r.cwe ?? 798,
    keywords: r.keywords.map((k) => k.toLowerCase()),
    pattern: regex(r.pattern, `${where}: pattern`, fail),
    secretGroup: r.secret_group,
    entropy: r.entropy,
    allow: (r.allow ?? []).map((s) => regex(s, `${where}: allow`, fail)),
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

export function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
