// DELETE /jobs/{id}. What happens depends on whether a task can still run for the job:
// - a task runs (cloning, scanning, cleaning, pushing): it only gets the cancel flag, stops at its
//   next checkpoint, and the worker deletes what it stored (202, outcome `cancelling`);
// - a scan is queued (pending): the job is cancelled and its objects deleted; the queued message
//   then finds a cancelled job and is skipped (outcome `cancelled`; a second DELETE removes it);
// - otherwise (awaiting_selection, cleaned, completed, pushed, failed, cancelled, expired): the job
//   and every stored object are removed; GET then answers 404 (outcome `removed`).
import {
  IllegalTransitionError,
  transitionJob,
  type JobEntity,
  type JobStatus,
} from '@deployguard/persistence';
import { jobPrefixes } from '@deployguard/storage';
import { ownedJob } from './get-job.use-case';
import { toJobView, type JobView } from './job.presenter';
import { jobNotFound, unavailable } from './jobs.errors';
import type { AuditStore, JobObjectStore, JobStore } from './jobs.ports';

export type DeleteOutcome = 'cancelling' | 'cancelled' | 'removed';

export interface CancelResult {
  // the job as it was left (for `removed`, as it was just before its row was deleted)
  job: JobView & { outcome: DeleteOutcome };
  // true: a task is still running and stops at its next checkpoint
  pending: boolean;
}

const RUNNING: readonly JobStatus[] = ['cloning', 'scanning', 'cleaning', 'pushing'];
// no task runs and none is queued: nothing can touch the job once its row is gone
const REMOVABLE: readonly JobStatus[] = [
  'awaiting_upload',
  'awaiting_selection',
  'cleaned',
  'completed',
  'pushed',
  'failed',
  'cancelled',
  'expired',
];

export class CancelJob {
  constructor(
    private readonly jobs: JobStore,
    private readonly storage: JobObjectStore,
    private readonly audit: AuditStore,
  ) {}

  /** Cancels or removes the caller's job (see above). 404 for another user's job, 503 when storage fails. */
  async execute(input: { userId: string; jobId: string }): Promise<CancelResult> {
    let job: JobEntity = await ownedJob(this.jobs, input.jobId, input.userId);
    if (REMOVABLE.includes(job.status)) {
      // guarded DELETE: a POST /clean or /push that won the race leaves the row (then cancelled below)
      const removed = await this.jobs.removeForUser(job.id, input.userId, REMOVABLE);
      if (removed) {
        await this.deleteStoredObjects(removed.id);
        return { job: { ...toJobView(removed), outcome: 'removed' }, pending: false };
      }
      job = await ownedJob(this.jobs, input.jobId, input.userId);
    }
    if (!job.cancelRequested && (RUNNING.includes(job.status) || job.status === 'pending')) {
      // set first: a task that starts from a queued message now stops at its first checkpoint
      job = (await this.jobs.requestCancel(job.id, input.userId)) ?? job;
    }
    if (job.status === 'pending') {
      try {
        job = await transitionJob(
          { jobs: this.jobs, auditLogs: this.audit },
          job.id,
          { to: 'cancelled' },
          job.status,
        );
      } catch (error) {
        if (!(error instanceof IllegalTransitionError)) throw error;
        // a worker picked the job up in between: it sees the flag at its next checkpoint
        job = await ownedJob(this.jobs, job.id, input.userId);
      }
    }
    if (RUNNING.includes(job.status))
      return { job: { ...toJobView(job), outcome: 'cancelling' }, pending: true };
    if (job.status !== 'cancelled') throw jobNotFound(job.id); // removed meanwhile by another DELETE
    await this.deleteStoredObjects(job.id);
    return { job: { ...toJobView(job), outcome: 'cancelled' }, pending: false };
  }

  private async deleteStoredObjects(jobId: string): Promise<void> {
    try {
      for (const prefix of jobPrefixes(jobId)) await this.storage.deletePrefix(prefix);
    } catch (error) {
      // the row may be gone already: the daily storage clean-up deletes objects of no live job
      throw unavailable(
        'storage',
        `the stored objects of job ${jobId} could not be deleted now; repeat the DELETE later ` +
          '(objects of a removed job are deleted by the daily storage clean-up)',
        error,
      );
    }
  }
}
