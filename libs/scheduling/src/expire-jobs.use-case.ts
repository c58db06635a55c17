// Hourly: finished jobs whose expires_at (creation + JOB_TTL_DAYS) has passed become `expired`
// and their objects under repos/, reports/ and cleaned/ are deleted. The status moves first: an
// expired job is final, and objects a failed deletion leaves behind belong to no live job, so the
// storage clean-up removes them later.
import { IllegalTransitionError, JobNotFoundError, transitionJob } from '@deployguard/persistence';
import { jobPrefixes } from '@deployguard/storage';
import type {
  AuditStore,
  SchedulerJobStore,
  SchedulerObjectStore,
  SchedulingLogger,
} from './scheduling.ports';

const BATCH = 500;
// bounds one run; what is left is picked up an hour later
const MAX_BATCHES = 20;

export interface ExpireJobsResult {
  expired: number;
  objects_deleted: number;
  deletion_failures: number;
}

export class ExpireJobs {
  constructor(
    private readonly jobs: SchedulerJobStore,
    private readonly storage: SchedulerObjectStore,
    private readonly audit: AuditStore,
    private readonly logger: SchedulingLogger,
  ) {}

  async execute(now = new Date()): Promise<ExpireJobsResult> {
    const result: ExpireJobsResult = { expired: 0, objects_deleted: 0, deletion_failures: 0 };
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const due = await this.jobs.findExpired(now, BATCH);
      let moved = 0;
      for (const job of due) {
        try {
          await transitionJob(
            { jobs: this.jobs, auditLogs: this.audit, logger: this.logger },
            job.id,
            { to: 'expired', change: { currentTask: null }, action: 'job.expired' },
            job.status,
          );
        } catch (err) {
          // moved by someone else in between (a DELETE, another expiry): not ours any more
          if (err instanceof IllegalTransitionError || err instanceof JobNotFoundError) continue;
          throw err;
        }
        moved++;
        result.expired++;
        for (const prefix of jobPrefixes(job.id)) {
          try {
            result.objects_deleted += await this.storage.deletePrefix(prefix);
          } catch (err) {
            result.deletion_failures++;
            this.logger.warn(
              { job_id: job.id, prefix, error: (err as Error).message },
              'objects of an expired job not deleted; the storage clean-up will',
            );
          }
        }
      }
      if (due.length < BATCH || moved === 0) break;
    }
    return result;
  }
}
