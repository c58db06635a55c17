// Turns what the engine found in a blob, file, path or commit/tag metadata into a report finding.
import { confidenceAt, fingerprintOf, redactSecret, type RawFinding, type Rule } from '@deployguard/detect';
import type { Finding, FindingLocation } from '@deployguard/report';

export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  date: string;
  message: string;
}

// Where a raw finding was seen, beyond the rule's own line and column.
export interface FindingPlace {
  location: FindingLocation;
  file: string | null;
  commit: CommitInfo | null;
  ref?: string | null; // the tag it was reached through
  boundary?: boolean; // `commit` is a shallow clone's boundary
}

/**
 * The finding's stable id, 32 hex characters. File content keeps the original scheme
 * sha256(rule, path, value). Anything else hashes the location in place of the path, behind a NUL
 * that no git path can hold (so it never equals a file's fingerprint): sha256(rule, "\0"+location,
 * value) for metadata and tagged blobs — one id per value wherever it recurs in messages or
 * identities — and sha256(rule, "\0path", value) for a value in paths, one id for all paths that
 * carry it (a directory name repeats in every path under it).
 */
export function fingerprintFor(
  ruleId: string,
  location: FindingLocation,
  file: string | null,
  secret: string,
): string {
  if (location === 'file' && file !== null) return fingerprintOf(ruleId, file, secret);
  return fingerprintOf(ruleId, `\0${location}`, secret);
}

export function toFinding(raw: RawFinding, rule: Rule, place: FindingPlace): Finding {
  const { location, file, commit } = place;
  return {
    fingerprint: fingerprintFor(raw.ruleId, location, file, raw.secret),
    rule_id: raw.ruleId,
    description: rule.description,
    severity: rule.severity,
    // A blob's findings come from a scan without its path (history): the path's say comes here.
    confidence:
      location === 'file' && file !== null ? confidenceAt(rule, raw.confidence, file) : raw.confidence,
    cwe: rule.cwe ?? 798,
    // The real path: a scan masks every value it found in file names once it has them all
    // (maskValuesInFiles), a path finding's own value included.
    file,
    location,
    line: raw.line,
    column: raw.column,
    end_line: raw.endLine,
    secret_preview: redactSecret(raw.secret),
    entropy: raw.entropy,
    commit: commit?.sha ?? null,
    ref: place.ref ?? null,
    commit_boundary: commit !== null && place.boundary === true,
    author: commit?.author ?? null,
    email: commit?.email ?? null,
    date: commit?.date ?? null,
    message: commit?.message ?? null,
  };
}
