// Every minute: a job in an active state (pending, cloning, scanning, cleaning, pushing) that has
// made no progress for longer than the hard time limit plus a grace period is FAILED, not
// re-queued. By then the broker's own machinery has already had its chance: an unacked message
// is redelivered when a worker dies, and a task over its hard limit is retried a bounded number
// of times and then dead-lettered. A job still active after all that lost its message, or its
// message sits behind an hour-long backlog; re-publishing would bypass the retry budget and can
// run the task twice when the original message is still queued. Failing says so plainly, and the
// next scheduled scan (or the user) starts a fresh job.
// Scan runs left queued or running by such a job end as failed too, so the repository's next
// scan is not blocked by the one-active-run rule.
import {
  IllegalTransitionError,
  JobNotFoundError,
  transitionJob,
  type JobStatusNotifier,
} from '@deployguard/persistence';
import type {
  AuditStore,
  ScanRunStore,
  SchedulerJobStore,
  SchedulingConfig,
  SchedulingLogger,
} from './scheduling.ports';

export interface SweepResult {
  failed_jobs: number;
  failed_scan_runs: number;
}

export class SweepStuckJobs {
  constructor(
    private readonly jobs: SchedulerJobStore,
    private readonly scanRuns: ScanRunStore,
    private readonly audit: AuditStore,
    private readonly config: SchedulingConfig,
    private readonly logger: SchedulingLogger,
    // records the `job.failed` webhook event of every swept job
    private readonly notifier: JobStatusNotifier | null = null,
  ) {}

  async execute(now = new Date()): Promise<SweepResult> {
    const limitS = this.config.tasks.hardTimeLimitS + this.config.scheduler.stuckGraceS;
    const cutoff = new Date(now.getTime() - limitS * 1000);
    const minutes = Math.max(1, Math.round(limitS / 60));
    let failedJobs = 0;
    for (const job of await this.jobs.findStuck(cutoff, 500)) {
      const errorMessage =
        `no progress for more than ${minutes} minute(s) while ${job.status}: the task exceeded its ` +
        'time limit or its worker stopped; start the job again';
      try {
        await transitionJob(
          { jobs: this.jobs, auditLogs: this.audit, notifier: this.notifier, logger: this.logger },
          job.id,
          {
            to: 'failed',
            change: { errorMessage, currentTask: null },
            action: 'job.swept',
            details: { stale_since: job.updatedAt.toISOString() },
          },
          job.status,
        );
      } catch (err) {
        if (err instanceof IllegalTransitionError || err instanceof JobNotFoundError) continue;
        throw err;
      }
      failedJobs++;
      this.logger.warn({ job_id: job.id, status: job.status }, 'stuck job failed by the sweeper');
    }
    const runs = await this.scanRuns.failOrphaned(cutoff);
    return { failed_jobs: failedJobs, failed_scan_runs: runs.length };
  }
}
