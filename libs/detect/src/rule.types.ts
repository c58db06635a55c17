// A detection rule is data (after gitleaks): the engine knows nothing about any single provider.

export type Severity = 'critical' | 'high' | 'medium' | 'low';

// How sure a match is: `high` a provider-specific format (a distinctive prefix, a checksum),
// `medium` a provider's key name next to a plausible value, `low` a weak generic match.
export type Confidence = 'high' | 'medium' | 'low';

export interface RuleSamples {
  // Each positive sample is a text (a line or a few lines) in which the rule must report exactly
  // the secret it was written for; each negative sample must produce no finding of this rule.
  positive: string[];
  negative: string[];
  // The path the samples are scanned under: required for a rule bound to a file name (`path`).
  path?: string;
}

export interface Rule {
  id: string; // kebab-case, stable forever: it is part of every fingerprint
  description: string;
  severity: Severity;
  // Default: 'high' for a specific rule, 'medium' for a generic one.
  confidence?: Confidence;
  cwe?: number; // 798 (hard-coded credentials) unless a better one fits
  // Lower-case ASCII strings; the rule only runs on lines containing at least one of them.
  keywords: string[];
  // Strings every match contains, in this order and case as written: a line that lacks them is
  // not searched (an indexOf pre-check, far cheaper than a regex failing at every position).
  literals?: string[];
  // A cheaper regex every line holding a match also matches (no `g`/`y` flag): a line that does not
  // is not searched. For a rule whose keywords are common words (the provider names of
  // provider-key-any-format: `float`, `linear`), where the pattern would run on most lines of code.
  lineFilter?: RegExp;
  // Must not use the `g`/`y` flags (the engine adds them). The secret is the named group
  // `(?<secret>…)` when there is one, else capture group `secretGroup` (default 1 when the
  // pattern has a group, else the whole match). A generic rule names the key the value is
  // assigned to `(?<key>…)`: when the key says secret (token, password, api_key…), values
  // shaped like a hash or a UUID are still reported.
  pattern: RegExp;
  secretGroup?: number;
  // Minimum Shannon entropy (bits per character) of the secret.
  entropy?: number;
  // Candidate secrets matching one of these are not reported (tested against the secret).
  allow?: RegExp[];
  // Only for files whose repository-relative path matches; such a rule runs over the whole file,
  // keyword or not (`config/master.key` holds nothing but its value). Without a path (a text, a
  // commit message) it does not run.
  path?: RegExp;
  // The match may span several lines (private keys); then it is searched from the keyword's line on.
  multiline?: boolean;
  // A generic rule (e.g. `password = ...`) yields to a specific one that matched the same place.
  generic?: boolean;
  // A match in a documentation file (isDocumentationFile: a README, Markdown, a package's
  // METADATA) is most often an example of the format, shown with its output: reported `low`.
  exampleInDocs?: boolean;
  samples: RuleSamples;
}
