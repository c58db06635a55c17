// The one way a job's status changes: the guarded UPDATE, its audit row and its webhook event,
// together. A caller that moved a job by hand could forget one of the three (the sweeper once
// failed jobs without the `job.failed` event); every status change goes through transitionJob().
import type { JobEntity } from './entities';
import type { JobStatus } from './job-status';
import type { AuditLogRepository } from './repositories/audit-log.repository';
import type { JobRepository, StatusChange } from './repositories/job.repository';

/** Records the webhook event of the status a job has just reached (WebhookNotifier satisfies it). */
export interface JobStatusNotifier {
  notifyStatus(job: JobEntity): Promise<unknown>;
}

export interface JobTransitionDeps {
  readonly jobs: Pick<JobRepository, 'updateStatus'>;
  readonly auditLogs: Pick<AuditLogRepository, 'record'>;
  // absent only where the statuses reached have no webhook event (the API's cleaning, pushing,
  // cancelled) or no webhook can be configured (unit tests)
  readonly notifier?: JobStatusNotifier | null;
  // where a webhook event that could not be recorded is reported; without it, the error is thrown
  readonly logger?: { warn(fields: object, message: string): void };
}

export interface JobTransition {
  readonly to: JobStatus;
  readonly change?: StatusChange;
  // audit action, e.g. `job.swept`, `task.scan.status`; defaults to `job.status`
  readonly action?: string;
  readonly details?: Record<string, unknown>;
}

/**
 * Moves job `jobId` to `t.to` (JobRepository.updateStatus: guarded, atomic), then records the audit
 * row (`details` plus `from`/`to`) and the webhook event of the new status. Throws
 * JobNotFoundError / IllegalTransitionError from the update, before anything else is written.
 * `from`, when known, goes into the audit row; equal to `t.to`, only the update is done.
 * The status has moved once the update returns: a webhook event that cannot be recorded is
 * logged, not thrown (failing the caller would only make a retry skip the job).
 */
export async function transitionJob(
  deps: JobTransitionDeps,
  jobId: string,
  t: JobTransition,
  from?: JobStatus,
): Promise<JobEntity> {
  const job = await deps.jobs.updateStatus(jobId, t.to, t.change);
  // a redelivered task re-entering its own status: nothing happened that an event could report
  if (from === t.to) return job;
  await deps.auditLogs.record({
    userId: job.userId,
    action: t.action ?? 'job.status',
    targetType: 'job',
    targetId: job.id,
    details: { ...(from ? { from } : {}), to: t.to, ...(t.details ?? {}) },
  });
  if (deps.notifier) {
    try {
      await deps.notifier.notifyStatus(job);
    } catch (err) {
      if (!deps.logger) throw err;
      deps.logger.warn(
        { job_id: job.id, status: job.status, error: (err as Error)?.message ?? String(err) },
        'webhook event not recorded',
      );
    }
  }
  return job;
}
