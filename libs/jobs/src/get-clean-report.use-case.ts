// GET /jobs/{id}/clean-report: what the last clean of a job did, for a person to check before the
// repository is delivered: verified or not, totals, and per selected value the commits, tags and
// paths it was removed from (named by secret ids, never by value). The rotation reminder comes
// with every answer, before a clean as after it.
import { ROTATION_REMINDER } from '@deployguard/clean';
import type { TaskResultRepository, TaskResultStatus } from '@deployguard/persistence';
import { ownedJob } from './get-job.use-case';
import type { JobStore } from './jobs.ports';

export type TaskResultStore = Pick<TaskResultRepository, 'latestForJob'>;

export interface CleanedSecretView {
  // the job's secrets (findings) that held this value
  secret_ids: string[];
  commits: string[];
  tags: string[];
  paths: string[];
  occurrences: number;
}

export interface CleanReportView {
  job_id: string;
  // not_started: no clean has run for this job yet
  status: TaskResultStatus | 'not_started';
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
  secrets: CleanedSecretView[];
  warnings: string[];
  archive_files: number | null;
  reminder: string;
}

// The clean task's stored result (clean.task.ts summarize(), snake_case keys); only the fields
// shown are read.
interface StoredCleanResult {
  replacements?: {
    label: string;
    commits?: string[];
    tags?: string[];
    paths?: string[];
    occurrences?: number;
  }[];
  totals?: NonNullable<CleanReportView['totals']>;
  verification?: { verified?: boolean; warnings?: string[] };
  archive_files?: number;
}

const iso = (d: Date | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

export class GetCleanReport {
  constructor(
    private readonly jobs: JobStore,
    private readonly taskResults: TaskResultStore,
  ) {}

  async execute(input: { userId: string; jobId: string }): Promise<CleanReportView> {
    const job = await ownedJob(this.jobs, input.jobId, input.userId);
    const task = await this.taskResults.latestForJob(job.id, 'clean');
    const stored = (task?.result ?? {}) as StoredCleanResult;
    return {
      job_id: job.id,
      status: task?.status ?? 'not_started',
      attempt: task?.attempt ?? null,
      verified: task?.status === 'succeeded' ? stored.verification?.verified === true : null,
      started_at: iso(task?.startedAt),
      finished_at: iso(task?.finishedAt),
      duration_ms: task?.durationMs ?? null,
      error_message: task?.errorMessage ?? null,
      totals: stored.totals
        ? {
            commits: stored.totals.commits,
            commits_changed: stored.totals.commits_changed,
            commits_pruned: stored.totals.commits_pruned,
            blobs_changed: stored.totals.blobs_changed,
            occurrences: stored.totals.occurrences,
            refs: stored.totals.refs,
          }
        : null,
      // a replacement's label is the comma-joined ids of the secrets that share its value (clean.task.ts)
      secrets: (stored.replacements ?? []).map((r) => ({
        secret_ids: r.label.split(','),
        commits: r.commits ?? [],
        tags: r.tags ?? [],
        paths: r.paths ?? [],
        occurrences: r.occurrences ?? 0,
      })),
      warnings: stored.verification?.warnings ?? [],
      archive_files: stored.archive_files ?? null,
      reminder: ROTATION_REMINDER,
    };
  }
}
