// What the API answers, in its snake_case JSON. Jobs and findings are the OpenAPI document's own
// response schemas (generated into schema.d.ts, which the panel test keeps equal to the live
// document); the answers the document describes loosely are written here, and the panel test
// compares them with real answers of the API.
import type { components } from './schema';

type Schemas = components['schemas'];

export type Job = Schemas['JobViewSchema'];
export type JobStatus = Job['status'];
// One finding: a value at one place (file and line in one commit, or commit metadata).
export type Finding = Schemas['SecretViewSchema'];
export type Severity = Finding['severity'];
export type Confidence = Finding['confidence'];
export type JobDetail = Schemas['JobDetailSchema'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
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
