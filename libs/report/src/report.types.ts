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
  // relative to the repository root, forward slashes; null when the value is not in a file or a
  // path (commit and tag metadata, a tag that points at a blob)
  file: string | null;
  location: FindingLocation; // where in the repository the value sits
  line: number; // 1-based
  column: number; // 1-based, in characters of the line
  end_line: number;
  secret_preview: string; // first and last 3 characters, the rest masked
  entropy: number; // Shannon entropy of the value, bits per character, 2 decimals
  commit: string | null; // full sha of the introducing commit; null for a working-tree finding
  // the tag through which the value was reached (a tag message, or a tag on a blob or a tree);
  // null otherwise
  ref: string | null;
  // true when `commit` is a shallow clone's boundary: the value was introduced at or before it
  commit_boundary: boolean;
  author: string | null;
  email: string | null;
  date: string | null; // ISO 8601
  message: string | null; // the commit message, first line
}

// "file": a file's content (`file`, `line`, `column` within it). "path": the file's path itself
// (`line` 1, `column` within the path). "commit-message", "tag-message": the message (`line` and
// `column` within it). "author", "committer": the "Name <e-mail>" text of that identity.
// "tagged-blob": a blob that a tag points at directly (no path, no commit; `ref` names the tag).
// "note": a git note (`git notes`): `file` is the id of the object it annotates, `commit` the
// notes commit that added it. "ref": a branch's or a tag's name (`file` and `ref` the ref, `line`
// 1, `column` within its name).
export const FINDING_LOCATIONS = [
  'file',
  'path',
  'commit-message',
  'tag-message',
  'author',
  'committer',
  'tagged-blob',
  'note',
  'ref',
] as const;
export type FindingLocation = (typeof FINDING_LOCATIONS)[number];

// "staged": the lines a commit would add (`deployguard protect --staged`).
export type ScanMode = 'history' | 'working-tree' | 'staged';

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
  refs: number; // refs whose history was scanned (every ref, or the one selected)
  tips: number; // distinct objects those refs point at
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

// The version of the JSON report's shape (report.schema.json): the major number changes when a
// field is removed or changes meaning, the minor number when fields are added. Consumers check
// the major number.
export const REPORT_SCHEMA_VERSION = '1.0';

export interface ScanReport {
  tool: { name: 'deployguard'; version: string };
  findings: Finding[];
  stats: ScanStats;
  skipped: SkippedItem[];
  warnings: string[];
}
