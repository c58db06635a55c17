// Turns what the engine found in a blob or file into a report finding.
import { fingerprintOf, redactSecret, type RawFinding, type Rule } from '@deployguard/detect';
import type { Finding } from '@deployguard/report';

export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  date: string;
  message: string;
}

export function toFinding(raw: RawFinding, rule: Rule, file: string, commit: CommitInfo | null): Finding {
  return {
    fingerprint: fingerprintOf(raw.ruleId, file, raw.secret),
    rule_id: raw.ruleId,
    description: rule.description,
    severity: rule.severity,
    confidence: raw.confidence,
    cwe: rule.cwe ?? 798,
    file,
    line: raw.line,
    column: raw.column,
    end_line: raw.endLine,
    secret_preview: redactSecret(raw.secret),
    entropy: raw.entropy,
    commit: commit?.sha ?? null,
    author: commit?.author ?? null,
    email: commit?.email ?? null,
    date: commit?.date ?? null,
    message: commit?.message ?? null,
  };
}
