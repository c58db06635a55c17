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
}

export const DEFAULT_REPLACEMENT = '***REMOVED***';

// The label a report uses: the given one, or the replacement's position in the list.
export function replacementLabel(replacement: Replacement, index: number): string {
  return replacement.label ?? `replacement #${index + 1}`;
}
