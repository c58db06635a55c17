// What the API answers, in its snake_case JSON. The request side (paths, parameters, bodies) is
// generated from the OpenAPI document into schema.d.ts; the answers are written here, and the
// panel contract test (test/panel.e2e-spec.ts) compares them with real answers of the API.
export type JobStatus =
  | 'pending'
  | 'cloning'
  | 'scanning'
  | 'awaiting_selection'
  | 'cleaning'
  | 'cleaned'
  | 'pushing'
  | 'pushed'
  | 'completed'
  | 'failed'
  | 'cancelled'
  | 'expired';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
}

export interface Job {
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
  warnings: string[];
  cancel_requested: boolean;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
  expires_at: string | null;
}

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export type Confidence = 'high' | 'medium' | 'low';

// One finding: a value at one place (file and line in one commit, or commit metadata).
export interface Finding {
  id: string;
  value_group: string;
  rule_id: string;
  secret_type: string;
  severity: Severity;
  secret_value_preview: string;
  file_path: string | null;
  location: string;
  ref: string | null;
  line: number;
  commit_sha: string | null;
  author: string | null;
  commit_date: string | null;
  confidence: Confidence;
  is_new: boolean;
  selected_for_cleaning: boolean;
  false_positive: boolean;
}

export interface JobDetail {
  job: Job;
  secrets: Finding[];
}

export interface SelectionResult {
  job_id: string;
  selected_count: number;
  false_positive_count: number;
}

export interface CleanReport {
  job_id: string;
  status: 'not_started' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  attempt: number | null;
  verified: boolean | null;
  started_at: string | null;
  finished_at: string | null;
  duration_ms: number | null;
  error_message: string | null;
  totals: {
    commits: number;
    commits_changed: number;
    commits_pruned: number;
    blobs_changed: number;
    occurrences: number;
    refs: number;
  } | null;
  secrets: {
    secret_ids: string[];
    commits: string[];
    tags: string[];
    paths: string[];
    occurrences: number;
  }[];
  warnings: string[];
  archive_files: number | null;
  reminder: string;
}

export interface Repository {
  id: string;
  url: string;
  branch: string | null;
  credentials_id: string | null;
  schedule: string | number | null;
  schedule_type: 'cron' | 'interval' | null;
  webhook_url: string | null;
  enabled: boolean;
  last_scan_at: string | null;
  next_scan_at: string | null;
  last_scan_run_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ScanRun {
  id: string;
  repository_id: string;
  job_id: string | null;
  trigger: string;
  status: string;
  progress_percent: number;
  duration_ms: number | null;
  error_message: string | null;
  new_findings: number;
  total_findings: number;
  objects_scanned: number;
  queued_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface WebhookDelivery {
  id: string;
  event: string;
  status: string;
  url: string;
  job_id: string | null;
  repository_id: string | null;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  delivered_at: string | null;
}
