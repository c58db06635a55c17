// Shared false-positive control: values that have the shape of a secret but are placeholders,
// template references, repeated or sequential characters, identifiers or hashes.
import { shannonEntropy } from './entropy.util';

const PLACEHOLDER_MARKERS =
  /example|xxxx|placeholder|changeme|change_me|change-me|your[_-]|<[a-z_ -]*>|\$\{|\{\{|\$\(|%\(|\*\*\*|dummy|sample|redacted|insert[_-]?|replace[_-]?me|notreal|not[_-]real|fake[_-]?(?:key|token|secret|pass)|test[_-]?(?:key|token|secret|pass)|^test|^fake|^none$|^null$|^undefined$|^true$|^false$|^password$|^secret$|^token$/i;

// Whole-value shapes that are never secrets for a generic rule.
const ENV_REFERENCE =
  /^(?:\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|process\.env\.|os\.environ|env\(|ENV\[|getenv)/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
const INTEGRITY = /^sha(?:1|256|384|512)-[A-Za-z0-9+/]+={0,2}$/;
// SCREAMING_CASE, camelCase words (each hump a lower-case word) and dotted.names; random tokens
// rarely have that shape.
const IDENTIFIER =
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[a-z]+(?:[A-Z][a-z]+)+\d{0,2}$|^[a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)+$/;
const FILE_PATH = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)[\w./\\-]+$/;

export function isPlaceholder(secret: string): boolean {
  return PLACEHOLDER_MARKERS.test(secret) || isRepetitive(secret);
}

// A value made of one repeated character or a run like 123456 / abcdef is not a credential.
export function isRepetitive(secret: string): boolean {
  const core = secret.replace(/[^A-Za-z0-9]/g, '');
  if (core.length < 4) return false;
  if (/^(.)\1+$/.test(core)) return true;
  let ascending = true;
  let descending = true;
  for (let i = 1; i < core.length && (ascending || descending); i++) {
    const d = core.charCodeAt(i) - core.charCodeAt(i - 1);
    if (d !== 1) ascending = false;
    if (d !== -1) descending = false;
  }
  if (ascending || descending) return true;
  // Short periodic patterns: abcabcabc, 121212.
  for (let period = 2; period <= 4; period++) {
    if (
      core.length >= period * 3 &&
      core
        .slice(0, period)
        .repeat(Math.ceil(core.length / period))
        .startsWith(core)
    )
      return true;
  }
  return false;
}

// Values a generic rule (password = ..., token: ...) must not report even if they look random.
export function isNonSecretValue(secret: string): boolean {
  return (
    ENV_REFERENCE.test(secret) ||
    UUID.test(secret) ||
    HEX_HASH.test(secret) ||
    INTEGRITY.test(secret) ||
    IDENTIFIER.test(secret) ||
    FILE_PATH.test(secret)
  );
}

export function isLowEntropy(secret: string, minimum: number): boolean {
  return shannonEntropy(secret) < minimum;
}
