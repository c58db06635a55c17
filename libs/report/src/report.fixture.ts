// A small hand-built report for the format specs: a history finding with a hostile commit message,
// a working-tree finding, and a path with spaces and unicode.
import type { Finding, ScanReport } from './report.types';

export const historyFinding: Finding = {
  fingerprint: 'aws-access-key-id:3f2a9c1e7b:config/prod.env',
  rule_id: 'aws-access-key-id',
  description: 'AWS Access Key ID',
  severity: 'critical',
  confidence: 'high',
  cwe: 798,
  file: 'config/prod.env',
  location: 'file',
  line: 12,
  column: 19,
  end_line: 12,
  secret_preview: 'AKI**************Q7Z',
  entropy: 3.68,
  commit: '9fceb02d0ae598e95dc970b74767f19372d61af8',
  ref: null,
  commit_boundary: false,
  author: 'Zoë Müller',
  email: 'zoe@example.com',
  date: '2024-03-05T14:22:10+01:00',
  message: 'Add prod config, "temporarily"\nwill remove later',
};

export const workingTreeFinding: Finding = {
  fingerprint: 'generic-password:a1b2c3d4e5:docs/my notes/über geheim.md',
  rule_id: 'generic-password',
  description: 'Generic password assignment',
  severity: 'medium',
  confidence: 'low',
  cwe: 798,
  file: 'docs/my notes/über geheim.md',
  location: 'file',
  line: 3,
  column: 12,
  end_line: 3,
  secret_preview: 'S3c********!9x',
  entropy: 3.91,
  commit: null,
  ref: null,
  commit_boundary: false,
  author: null,
  email: null,
  date: null,
  message: null,
};

export const formulaFinding: Finding = {
  ...workingTreeFinding,
  fingerprint: 'github-pat:0099aabbcc:scripts/deploy.sh',
  rule_id: 'github-pat',
  description: '=HYPERLINK("http://evil.example","click")',
  severity: 'high',
  file: 'scripts/deploy.sh',
  line: 40,
  secret_preview: '-ghp*****xYz',
  commit: 'c0ffee0000000000000000000000000000000001',
  author: '@attacker',
  email: '+1@example.com',
  date: '2024-01-01T00:00:00Z',
  message: '\tcmd|calc',
};

// A token pasted into a commit body: no file, the line and column are within the message.
export const messageFinding: Finding = {
  ...historyFinding,
  fingerprint: 'github-pat:77aa00bb11:commit-message',
  rule_id: 'github-pat',
  description: 'GitHub personal access token',
  file: null,
  location: 'commit-message',
  line: 3,
  column: 7,
  end_line: 3,
  secret_preview: 'ghp*************AbC',
};

export function buildReport(overrides: Partial<ScanReport> = {}): ScanReport {
  return {
    tool: { name: 'deployguard', version: '0.1.0' },
    findings: [workingTreeFinding, historyFinding],
    stats: {
      mode: 'history',
      repository: '/tmp/repos/acme app',
      is_git_repository: true,
      refs: 3,
      tips: 2,
      commits: 42,
      blobs_scanned: 1234,
      bytes_scanned: 5_600_000,
      skipped_binary: 7,
      skipped_too_large: 1,
      missing_objects: 0,
      unreadable_files: 0,
      suppressed_by_baseline: 2,
      findings: 2,
      duration_ms: 2345,
    },
    skipped: [
      { file: 'assets/big.sql', object: 'deadbeef', reason: 'too-large', detail: '12.0 MB > 10 MB cap' },
      { file: 'logo.png', object: 'cafebabe', reason: 'binary', detail: 'NUL byte in the first 8 KB' },
    ],
    warnings: ['shallow clone: history before 2023-01-01 was not scanned'],
    ...overrides,
  };
}
