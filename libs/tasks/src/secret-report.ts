// The forms a finding is kept in. In PostgreSQL: a preview, a keyed hash of the value and a keyed
// fingerprint (an unkeyed hash of a weak value could be brute-forced by a database reader, who
// sees every user's rows). In object storage: report.enc, AES-256-GCM, the only place the full
// values live; and the redacted JSON/SARIF reports, which only the job's owner downloads. Those
// carry the scan's own fingerprints, the CLI's scheme, so a downloaded report works as a CLI
// `--baseline` and with `clean --secret-id`; keyed fingerprints never leave the database.
import {
  MAX_PREVIEW_LENGTH,
  secretHashOf,
  storedFingerprintOf,
  type NewSecret,
} from '@deployguard/persistence';
import type { Finding, ScanReport } from '@deployguard/report';
import { decryptReport, encryptReport } from '@deployguard/storage';

export interface SecretReportEntry {
  fingerprint: string; // the scan fingerprint (rule + value hash + path)
  rule_id: string;
  file: string | null;
  line: number;
  commit: string | null;
  value: string;
}

export interface SecretReport {
  format: 'deployguard-secret-report';
  version: 1;
  job_id: string;
  findings: SecretReportEntry[];
}

export function toNewSecret(finding: Finding, value: string, hashKey: Buffer): NewSecret {
  return {
    fingerprint: storedFingerprintOf(hashKey, finding.fingerprint),
    ruleId: finding.rule_id,
    secretType: finding.description.slice(0, 200),
    secretValuePreview: finding.secret_preview.slice(0, MAX_PREVIEW_LENGTH),
    secretHash: secretHashOf(hashKey, value),
    filePath: finding.file,
    location: finding.location,
    ref: finding.ref,
    commitBoundary: finding.commit_boundary,
    line: finding.line,
    column: finding.column,
    commitSha: finding.commit,
    author: finding.author ? finding.author.slice(0, 512) : null,
    commitDate: finding.date ? new Date(finding.date) : null,
    severity: finding.severity,
    confidence: finding.confidence,
    entropy: finding.entropy,
  };
}

// Every finding with its value; a finding whose value the scan did not keep cannot be stored.
export function pairFindings(report: ScanReport, values: ReadonlyMap<string, string>): [Finding, string][] {
  return report.findings.map((f) => {
    const value = values.get(f.fingerprint);
    if (value === undefined) throw new Error(`the scan kept no value for finding ${f.fingerprint}`);
    return [f, value];
  });
}

export function sealSecretReport(jobId: string, pairs: [Finding, string][], key: Buffer): Buffer {
  const report: SecretReport = {
    format: 'deployguard-secret-report',
    version: 1,
    job_id: jobId,
    findings: pairs.map(([f, value]) => ({
      fingerprint: f.fingerprint,
      rule_id: f.rule_id,
      file: f.file,
      line: f.line,
      commit: f.commit,
      value,
    })),
  };
  return encryptReport(Buffer.from(JSON.stringify(report), 'utf8'), key);
}

export function openSecretReport(data: Buffer, key: Buffer, jobId: string): SecretReport {
  const parsed = JSON.parse(decryptReport(data, key).toString('utf8')) as SecretReport;
  if (
    parsed.format !== 'deployguard-secret-report' ||
    parsed.version !== 1 ||
    !Array.isArray(parsed.findings)
  )
    throw new Error('report.enc: not a version 1 DeployGuard secret report');
  // The job id is inside the authenticated plaintext: a report copied from another job is refused.
  if (parsed.job_id !== jobId) throw new Error('report.enc belongs to another job');
  return parsed;
}

// secrets_found.fingerprint → value, from the decrypted report.
export function valuesByStoredFingerprint(report: SecretReport, hashKey: Buffer): Map<string, string> {
  return new Map(report.findings.map((f) => [storedFingerprintOf(hashKey, f.fingerprint), f.value]));
}
