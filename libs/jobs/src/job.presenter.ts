// Entities to the snake_case shapes of the REST API (SPEC §5). Credential ids stay out: a client
// knows the ids it sent, and fewer copies of them travel.
import type { JobEntity, JobStatus, SecretFoundEntity } from '@deployguard/persistence';
import type { FingerprintIndex } from './report-fingerprints';

export interface JobView {
  id: string;
  status: JobStatus;
  progress_percent: number;
  current_task: string | null;
  error_message: string | null;
  source_platform: string;
  source_url: string;
  source_branch: string | null;
  target_platform: string | null;
  target_url: string | null;
  force_push: boolean;
  findings_count: number;
  warnings: string[]; // what the scan could not see (shallow or partial clone, damaged objects)
  cancel_requested: boolean;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
  expires_at: string | null;
}

export interface SecretView {
  id: string;
  // the same value in many paths and commits has one group: a prefix of the keyed hash of the value,
  // which says which findings are equal without anything a reader could turn back into the value
  value_group: string;
  rule_id: string;
  secret_type: string;
  severity: 'critical' | 'high' | 'medium' | 'low';
  secret_value_preview: string;
  file_path: string | null;
  location: string; // file, path, commit-message, tag-message, author, committer, tagged-blob, note, ref
  ref: string | null;
  line: number;
  commit_sha: string | null;
  author: string | null;
  commit_date: string | null;
  confidence: 'high' | 'medium' | 'low';
  // the scan fingerprint, as in the report (CLI --baseline, clean --secret-id); null while the
  // report cannot be read
  fingerprint: string | null;
  // not seen by an earlier scan of the same registered repository
  is_new: boolean;
  selected_for_cleaning: boolean;
  false_positive: boolean;
}

const VALUE_GROUP_LENGTH = 16;

export interface PageView<T> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
}

const iso = (d: Date | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

export function toJobView(job: JobEntity): JobView {
  return {
    id: job.id,
    status: job.status,
    progress_percent: job.progressPercent,
    current_task: job.currentTask,
    error_message: job.errorMessage,
    source_platform: job.sourcePlatform,
    source_url: job.sourceUrl,
    source_branch: job.sourceBranch,
    target_platform: job.targetPlatform,
    target_url: job.targetUrl,
    force_push: job.forcePush,
    findings_count: job.findingsCount,
    warnings: job.warnings ?? [],
    cancel_requested: job.cancelRequested,
    created_at: iso(job.createdAt)!,
    updated_at: iso(job.updatedAt)!,
    started_at: iso(job.startedAt),
    finished_at: iso(job.finishedAt),
    expires_at: iso(job.expiresAt),
  };
}

// `fingerprints`: keyed → scan fingerprint of the job's report (see report-fingerprints.ts)
export function toSecretView(secret: SecretFoundEntity, fingerprints: FingerprintIndex): SecretView {
  return {
    id: secret.id,
    value_group: secret.secretHash.slice(0, VALUE_GROUP_LENGTH),
    rule_id: secret.ruleId,
    secret_type: secret.secretType,
    severity: secret.severity,
    secret_value_preview: secret.secretValuePreview,
    file_path: secret.filePath,
    location: secret.location,
    ref: secret.ref,
    line: secret.line,
    commit_sha: secret.commitSha,
    author: secret.author,
    commit_date: iso(secret.commitDate),
    confidence: secret.confidence,
    fingerprint: fingerprints.get(secret.fingerprint) ?? null,
    is_new: secret.isNew,
    selected_for_cleaning: secret.selectedForCleaning,
    false_positive: secret.falsePositive,
  };
}
