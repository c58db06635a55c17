// The review's model: findings grouped by secret (one value, many places), filtered, and a mark per
// finding (to clean, false positive, or undecided). Pure functions, so the rules are tested alone.
import type { Confidence, Finding, Severity } from '../api/views';

export type Mark = 'clean' | 'false_positive' | 'none';
export type Marks = ReadonlyMap<string, Mark>;

export interface SecretGroup {
  key: string;
  preview: string;
  ruleIds: string[];
  secretType: string;
  severity: Severity;
  confidence: Confidence;
  findings: Finding[];
  paths: string[];
  commits: string[];
}

export interface Filter {
  search: string;
  severity: Severity | 'any';
  confidence: Confidence | 'any';
  rule: string; // '' for any
  mark: Mark | 'any';
}

export const NO_FILTER: Filter = { search: '', severity: 'any', confidence: 'any', rule: '', mark: 'any' };

const SEVERITY_RANK: Record<Severity, number> = { critical: 3, high: 2, medium: 1, low: 0 };
const CONFIDENCE_RANK: Record<Confidence, number> = { high: 2, medium: 1, low: 0 };

export function marksOf(findings: readonly Finding[]): Map<string, Mark> {
  return new Map(
    findings.map((f) => [
      f.id,
      f.selected_for_cleaning ? 'clean' : f.false_positive ? 'false_positive' : 'none',
    ]),
  );
}

/** Findings that share a value become one group; groups by severity, confidence, then most places. */
export function groupBySecret(findings: readonly Finding[]): SecretGroup[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byKey.get(f.value_group);
    if (list) list.push(f);
    else byKey.set(f.value_group, [f]);
  }
  const groups = [...byKey].map(([key, list]): SecretGroup => {
    const top = (rank: (f: Finding) => number) => list.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    return {
      key,
      preview: list[0].secret_value_preview,
      ruleIds: unique(list.map((f) => f.rule_id)),
      secretType: list[0].secret_type,
      severity: top((f) => SEVERITY_RANK[f.severity]).severity,
      confidence: top((f) => CONFIDENCE_RANK[f.confidence]).confidence,
      findings: list,
      paths: unique(list.map((f) => f.file_path ?? `(${f.location})`)),
      commits: unique(list.flatMap((f) => (f.commit_sha ? [f.commit_sha] : []))),
    };
  });
  return groups.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence] ||
      b.findings.length - a.findings.length ||
      a.key.localeCompare(b.key),
  );
}

export function matches(f: Finding, filter: Filter, marks: Marks): boolean {
  if (filter.severity !== 'any' && f.severity !== filter.severity) return false;
  if (filter.confidence !== 'any' && f.confidence !== filter.confidence) return false;
  if (filter.rule && f.rule_id !== filter.rule) return false;
  if (filter.mark !== 'any' && (marks.get(f.id) ?? 'none') !== filter.mark) return false;
  const q = filter.search.trim().toLowerCase();
  if (!q) return true;
  return [f.file_path, f.rule_id, f.secret_type, f.commit_sha, f.author, f.secret_value_preview].some((v) =>
    v?.toLowerCase().includes(q),
  );
}

/** Groups with only their findings that pass the filter; groups left empty are dropped. */
export function filterGroups(groups: readonly SecretGroup[], filter: Filter, marks: Marks): SecretGroup[] {
  return groups.flatMap((g) => {
    const kept = g.findings.filter((f) => matches(f, filter, marks));
    return kept.length === 0 ? [] : [{ ...g, findings: kept }];
  });
}

/** The mark of a group: one mark when every finding has it, 'mixed' otherwise. */
export function groupMark(group: SecretGroup, marks: Marks): Mark | 'mixed' {
  const seen = new Set(group.findings.map((f) => marks.get(f.id) ?? 'none'));
  return seen.size === 1 ? [...seen][0] : 'mixed';
}

export function withMark(marks: Marks, ids: readonly string[], mark: Mark): Map<string, Mark> {
  const next = new Map(marks);
  for (const id of ids) next.set(id, mark);
  return next;
}

/** The body of POST /jobs/{id}/secrets/select for these marks (it replaces the saved ones). */
export function selectionBody(marks: Marks): { secret_ids: string[]; mark_false_positives: string[] } {
  const ids = (mark: Mark) => [...marks].filter(([, m]) => m === mark).map(([id]) => id);
  return { secret_ids: ids('clean'), mark_false_positives: ids('false_positive') };
}

export function ruleIdsOf(findings: readonly Finding[]): string[] {
  return unique(findings.map((f) => f.rule_id)).sort();
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
