// Registered repositories and scan runs to the snake_case shapes of the REST API. A credentials
// id is shown (it names a credential, it is not one) so a client can see what a rescan will use.
import type { RepositoryRegistrationEntity, ScanRunEntity } from '@deployguard/persistence';

export interface RepositoryView {
  id: string;
  url: string;
  branch: string | null;
  credentials_id: string | null;
  // a cron expression (string) or an interval in seconds (number), as registered
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

export interface ScanRunView {
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

const iso = (d: Date | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

export function toRepositoryView(r: RepositoryRegistrationEntity): RepositoryView {
  return {
    id: r.id,
    url: r.url,
    branch: r.branch,
    credentials_id: r.credentialsId,
    schedule: r.scheduleCron ?? r.scheduleIntervalS ?? null,
    schedule_type: r.scheduleCron ? 'cron' : r.scheduleIntervalS ? 'interval' : null,
    webhook_url: r.webhookUrl,
    enabled: r.enabled,
    last_scan_at: iso(r.lastScanAt),
    next_scan_at: iso(r.nextScanAt),
    last_scan_run_id: r.lastScanRunId,
    created_at: iso(r.createdAt)!,
    updated_at: iso(r.updatedAt)!,
  };
}

export function toScanRunView(run: ScanRunEntity): ScanRunView {
  return {
    id: run.id,
    repository_id: run.repositoryId,
    job_id: run.jobId,
    trigger: run.trigger,
    status: run.status,
    progress_percent: run.progressPercent,
    duration_ms: run.durationMs,
    error_message: run.errorMessage,
    new_findings: run.newFindings,
    total_findings: run.totalFindings,
    objects_scanned: run.objectsScanned,
    queued_at: iso(run.queuedAt)!,
    started_at: iso(run.startedAt),
    finished_at: iso(run.finishedAt),
  };
}
