import { escapeRegex } from '@deployguard/detect';

// What to remove from history. A replacement never carries a human-readable name derived from
// its value: reports, errors and logs refer to it by `label` (a fingerprint or "line N").
export type ReplacementKind = 'literal' | 'regex';

export interface Replacement {
  kind: ReplacementKind;
  pattern: string;
  // Text written instead of the match; defaults to the call's replacement, then DEFAULT_REPLACEMENT.
  replacement?: string;
  // How reports name this replacement, e.g. a fingerprint. Never the value itself.
  label?: string;
  // Texts scrubbed from what git prints, besides a literal's pattern: the known parts of the value
  // a regex was made from (valueReplacement).
  scrub?: readonly string[];
}

export const DEFAULT_REPLACEMENT = '***REMOVED***';

// The label a report uses: the given one, or the replacement's position in the list.
export function replacementLabel(replacement: Replacement, index: number): string {
  return replacement.label ?? `replacement #${index + 1}`;
}

// Where a scan decoded bytes that are not valid UTF-8, it shows U+FFFD: one for each maximal
// invalid part (a byte that starts no sequence, or a sequence cut short), or for a U+FFFD the text
// really holds. As a regex on the latin1 view of the bytes (see replacement.matcher.ts), any of
// them, and never a whole valid character: a lead byte with fewer continuation bytes than its
// sequence needs (the value's next part, matched exactly, is not a continuation byte).
const INVALID_UTF8 = String.raw`(?:\xEF\xBF\xBD|[\x80-\xDF\xF5-\xFF]|[\xE0-\xEF][\x80-\xBF]?|[\xF0-\xF4][\x80-\xBF]{0,2})`;

// Parts shorter than this are not scrubbed: they would blank out ordinary words of git's messages.
const MIN_SCRUBBED = 4;

/**
 * The replacement that removes a value a scan found (`label`: how reports name it, e.g. its
 * fingerprints). A literal, unless the value holds U+FFFD: the scan decoded text with replacement
 * characters, so the bytes there are not known, and a literal would look for U+FFFD itself and
 * leave the real bytes in place. Such a value becomes a regex: its other parts exact, each U+FFFD
 * any sequence that decodes to it.
 */
export function valueReplacement(value: string, label: string): Replacement {
  if (!value.includes('\uFFFD')) return { kind: 'literal', pattern: value, label };
  const parts = value.split('\uFFFD');
  return {
    kind: 'regex',
    pattern: parts.map(escapeRegex).join(INVALID_UTF8),
    label,
    scrub: parts.filter((p) => p.length >= MIN_SCRUBBED),
  };
}
