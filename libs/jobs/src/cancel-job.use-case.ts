// DELETE /jobs/{id}. A running task only gets the cancel flag: it stops at its next checkpoint and
// the worker deletes what it stored. A job without a running task is cancelled and its stored
// objects deleted now. Repeating the DELETE is harmless (deleting objects again is a no-op).
import { IllegalTransitionError, type JobEntity, type JobStatus } from '@deployguard/persistence';
import { jobPrefixes } from '@deployguard/storage';
import { ownedJob } from './get-job.use-case';
import { toJobView, type JobView } from './job.presenter';
import { unavailable } from './jobs.errors';
import type { JobObjectStore, JobStore } from './jobs.ports';

export interface CancelResult {
  job: JobView;
  // true: a task is still running and stops at its next checkpoint
  pending: boolean;
}

const RUNNING: readonly JobStatus[] = ['cloning', 'scanning', 'cleaning', 'pushing'];
// no task runs, the job can still move to cancelled
const IDLE_CANCELLABLE: readonly JobStatus[] = ['pending', 'awaiting_selection', 'cleaned'];

export class CancelJob {
  constructor(
    private readonly jobs: JobStore,
    private readonly storage: JobObjectStore,
  ) {}

  async execute(input: { userId: string; jobId: string }): Promise<CancelResult> {
    let job: JobEntity = await ownedJob(this.jobs, input.jobId, input.userId);
    if (!job.cancelRequested && (RUNNING.includes(job.status) || IDLE_CANCELLABLE.includes(job.status))) {
      // set first: a task that starts from a queued message now stops at its first checkpoint
      job = (await this.jobs.requestCancel(job.id, input.userId)) ?? job;
    }
    if (RUNNING.includes(job.status)) return { job: toJobView(job), pending: true };
    if (IDLE_CANCELLABLE.includes(job.status)) {
      try {
        job = await this.jobs.updateStatus(job.id, 'cancelled');
      } catch (error) {
        if (!(error instanceof IllegalTransitionError)) throw error;
        // a worker picked the job up in between: it sees the flag at its next checkpoint
        const current = await ownedJob(this.jobs, job.id, input.userId);
        if (RUNNING.includes(current.status)) return { job: toJobView(current), pending: true };
        job = current;
      }
    }
    await this.deleteStoredObjects(job.id);
    return { job: toJobView(job), pending: false };
  }

  private async deleteStoredObjects(jobId: string): Promise<void> {
    try {
      for (const prefix of jobPrefixes(jobId)) await this.storage.deletePrefix(prefix);
    } catch {
      throw unavailable(
        `the stored objects of job ${jobId} could not be deleted now; repeat the DELETE later`,
      );
    }
  }
}
