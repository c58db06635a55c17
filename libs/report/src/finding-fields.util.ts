// Explicit field picking for every output format: an object is never spread into output, so a
// stray property (a secret value attached by mistake upstream) can never leak into a report.
import type { Confidence, Severity } from '@deployguard/detect';
import type { Finding, ScanStats, SkippedItem } from './report.types';

// The Finding fields in contract order: JSON key order and CSV column order.
export const FINDING_FIELDS = [
  'fingerprint',
  'rule_id',
  'description',
  'severity',
  'confidence',
  'cwe',
  'file',
  'location',
  'line',
  'column',
  'end_line',
  'secret_preview',
  'entropy',
  'commit',
  'ref',
  'commit_boundary',
  'author',
  'email',
  'date',
  'message',
] as const satisfies readonly (keyof Finding)[];

// Compile-time check that FINDING_FIELDS names every Finding field.
type MissingFindingField = Exclude<keyof Finding, (typeof FINDING_FIELDS)[number]>;
const allFindingFieldsListed: MissingFindingField extends never ? true : never = true;
void allFindingFieldsListed;

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

export function pickFinding(f: Finding): Finding {
  return {
    fingerprint: f.fingerprint,
    rule_id: f.rule_id,
    description: f.description,
    severity: f.severity,
    confidence: f.confidence,
    cwe: f.cwe,
    file: f.file,
    location: f.location,
    line: f.line,
    column: f.column,
    end_line: f.end_line,
    secret_preview: f.secret_preview,
    entropy: f.entropy,
    commit: f.commit,
    ref: f.ref,
    commit_boundary: f.commit_boundary,
    author: f.author,
    email: f.email,
    date: f.date,
    message: f.message,
  };
}

export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

/** Whether a finding's confidence is at least `min` (high > medium > low). */
export function meetsConfidence(f: Pick<Finding, 'confidence'>, min: Confidence): boolean {
  return CONFIDENCES.indexOf(f.confidence) <= CONFIDENCES.indexOf(min);
}

export function pickStats(s: ScanStats): ScanStats {
  return {
    mode: s.mode,
    repository: s.repository,
    is_git_repository: s.is_git_repository,
    refs: s.refs,
    tips: s.tips,
    commits: s.commits,
    blobs_scanned: s.blobs_scanned,
    bytes_scanned: s.bytes_scanned,
    skipped_binary: s.skipped_binary,
    skipped_too_large: s.skipped_too_large,
    missing_objects: s.missing_objects,
    unreadable_files: s.unreadable_files,
    suppressed_by_baseline: s.suppressed_by_baseline,
    findings: s.findings,
    duration_ms: s.duration_ms,
  };
}

export function pickSkipped(s: SkippedItem): SkippedItem {
  return { file: s.file, object: s.object, reason: s.reason, detail: s.detail };
}

// Severity first (critical before low), then file, then line and column: the order a person triages in.
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (s: Severity) => {
    const i = SEVERITIES.indexOf(s);
    return i < 0 ? SEVERITIES.length : i;
  };
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...findings].sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      cmp(a.file ?? '', b.file ?? '') ||
      cmp(a.location, b.location) ||
      a.line - b.line ||
      a.column - b.column,
  );
}
