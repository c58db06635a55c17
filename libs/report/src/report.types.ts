// The scan report contract: these snake_case shapes are what `--format json` prints and what the
// service stores. A secret's value never appears here, only its redacted preview.
import type { Confidence, Severity } from '@deployguard/detect';

export interface Finding {
  fingerprint: string; // stable, content-based: rule id + hash of the value + file path
  rule_id: string;
  description: string;
  severity: Severity;
  confidence: Confidence; // how sure the match is: high (provider format), medium, low (weak generic)
  cwe: number;
  file: string; // relative to the repository root, forward slashes
  line: number; // 1-based
  column: number; // 1-based, in characters of the line
  end_line: number;
  secret_preview: string; // first and last 3 characters, the rest masked
  entropy: number; // Shannon entropy of the value, bits per character, 2 decimals
  commit: string | null; // full sha of the introducing commit; null for a working-tree finding
  author: string | null;
  email: string | null;
  date: string | null; // ISO 8601
  message: string | null; // the commit message, first line
}

export type ScanMode = 'history' | 'working-tree';

export type SkipReason = 'binary' | 'too-large' | 'unreadable' | 'missing-object' | 'ignored';

export interface SkippedItem {
  file: string | null; // null when only the object id is known
  object: string | null; // blob id for a history scan
  reason: SkipReason;
  detail: string;
}

export interface ScanStats {
  mode: ScanMode;
  repository: string; // path or scrubbed URL
  is_git_repository: boolean;
  refs: number;
  commits: number;
  blobs_scanned: number; // distinct blobs (history) or files (working tree) scanned
  bytes_scanned: number;
  skipped_binary: number;
  skipped_too_large: number;
  missing_objects: number;
  unreadable_files: number;
  suppressed_by_baseline: number;
  findings: number;
  duration_ms: number;
}

export interface ScanReport {
  tool: { name: 'deployguard'; version: string };
  findings: Finding[];
  stats: ScanStats;
  skipped: SkippedItem[];
  warnings: string[];
}
