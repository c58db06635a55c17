// POST /jobs/{id}/push: records the target and moves cleaned → pushing together with the push message.
import { createTaskMessage } from '@deployguard/messaging';
import { IllegalTransitionError, transitionJob } from '@deployguard/persistence';
import { brokerFailure } from './broker-failure.util';
import type { CreatedJobView } from './create-scan-job.use-case';
import { ownedJob } from './get-job.use-case';
import { conflict } from './jobs.errors';
import type { JobsConfig, JobStore, TaskQueue, TransactionScope } from './jobs.ports';
import { checkRemoteUrl, type Platform } from './remote-url.policy';

export interface StartPushInput {
  userId: string;
  jobId: string;
  targetPlatform: Platform;
  targetUrl: string;
  targetCredentialsId: string;
  forcePush?: boolean;
}

export class StartPush {
  constructor(
    private readonly jobs: JobStore,
    private readonly queue: TaskQueue,
    private readonly transactions: TransactionScope,
    private readonly config: JobsConfig,
  ) {}

  async execute(input: StartPushInput): Promise<CreatedJobView> {
    const job = await ownedJob(this.jobs, input.jobId, input.userId);
    if (job.status !== 'cleaned') {
      throw conflict(`pushing needs a cleaned job; job ${job.id} is ${job.status}`);
    }
    const targetUrl = await checkRemoteUrl('target_url', input.targetUrl, this.config);
    try {
      const moved = await this.transactions.withTransaction(async (tx) => {
        await tx.jobs.update(job.id, {
          targetPlatform: input.targetPlatform,
          targetUrl,
          targetCredentialsId: input.targetCredentialsId,
          forcePush: input.forcePush ?? false,
        });
        // no webhook event for pushing; the audit row is written in the same transaction
        const updated = await transitionJob(
          tx,
          job.id,
          { to: 'pushing', details: { by: 'api' } },
          job.status,
        );
        await this.queue.publish(createTaskMessage({ job_id: job.id, user_id: input.userId, kind: 'push' }));
        return updated;
      });
      return { id: moved.id, status: moved.status, progress_percent: moved.progressPercent };
    } catch (error) {
      if (error instanceof IllegalTransitionError) throw conflict(`job ${job.id} is now ${error.from}`);
      throw brokerFailure(error, 'the push was not started');
    }
  }
}
