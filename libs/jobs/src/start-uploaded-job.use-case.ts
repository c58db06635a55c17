// POST /jobs/{id}/start: an upload job whose bundle is in storage moves awaiting_upload → pending
// and its scan message is published, in one transaction (a failed publish rolls the status back,
// so the client can simply retry). A missing or oversized bundle is refused here, before any
// worker spends time on it; the worker verifies the bundle itself.
import { createTaskMessage } from '@deployguard/messaging';
import { IllegalTransitionError, transitionJob } from '@deployguard/persistence';
import { jobPrefix, type ObjectStorage } from '@deployguard/storage';
import { brokerFailure } from './broker-failure.util';
import { uploadedBundleKey } from './create-upload-job.use-case';
import type { CreatedJobView } from './create-scan-job.use-case';
import { ownedJob } from './get-job.use-case';
import { conflict, invalidInput } from './jobs.errors';
import type { JobsConfig, JobStore, TaskQueue, TransactionScope } from './jobs.ports';

export class StartUploadedJob {
  constructor(
    private readonly jobs: JobStore,
    private readonly storage: Pick<ObjectStorage, 'size' | 'deletePrefix'>,
    private readonly queue: TaskQueue,
    private readonly transactions: TransactionScope,
    private readonly config: JobsConfig,
  ) {}

  async execute(input: { userId: string; jobId: string }): Promise<CreatedJobView> {
    const job = await ownedJob(this.jobs, input.jobId, input.userId);
    if (job.status !== 'awaiting_upload')
      throw conflict(
        job.sourceUpload
          ? `job ${job.id} was already started (it is ${job.status})`
          : `job ${job.id} is not an upload job: only jobs created with "source_upload": true are started this way`,
      );
    const key = uploadedBundleKey(job.id);
    const size = await this.storage.size(key);
    if (size === null)
      throw conflict(
        `job ${job.id} has no bundle yet: PUT it to the upload URL first (git bundle create x --all)`,
      );
    const max = this.config.git.maxRepoSizeMb * 1024 * 1024;
    if (size > max) {
      await this.storage.deletePrefix(jobPrefix('repos', job.id)); // holds only the upload yet
      throw invalidInput(
        `the uploaded bundle is ${size} bytes, over the ${max}-byte limit (MAX_REPO_SIZE_MB); it was deleted`,
      );
    }
    try {
      const moved = await this.transactions.withTransaction(async (tx) => {
        const updated = await transitionJob(
          tx,
          job.id,
          { to: 'pending', details: { by: 'api', bundle_bytes: size } },
          job.status,
        );
        await this.queue.publish(createTaskMessage({ job_id: job.id, user_id: input.userId, kind: 'scan' }));
        return updated;
      });
      return { id: moved.id, status: moved.status, progress_percent: moved.progressPercent };
    } catch (error) {
      if (error instanceof IllegalTransitionError) throw conflict(`job ${job.id} is now ${error.from}`);
      throw brokerFailure(error, 'the scan was not started');
    }
  }
}
