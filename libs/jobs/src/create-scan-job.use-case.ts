// POST /jobs: the job row, its audit row and its scan message are created together or not at all,
// within the user's cap of active jobs (MAX_ACTIVE_JOBS_PER_USER).
import { createTaskMessage } from '@deployguard/messaging';
import type { JobStatus } from '@deployguard/persistence';
import { brokerFailure } from './broker-failure.util';
import { quotaFailure } from './jobs.errors';
import type { JobsConfig, JobStore, TaskQueue } from './jobs.ports';
import { checkRemoteUrl, checkWebhookUrl, type Platform } from './remote-url.policy';

export interface CreateScanJobInput {
  userId: string;
  sourcePlatform: Platform;
  sourceUrl: string;
  sourceBranch?: string | null;
  sourceCredentialsId: string;
  // events of this job are POSTed there (SPEC §8)
  webhookUrl?: string | null;
  // the caller's address, for the creation's audit row
  ip?: string | null;
}

export interface CreatedJobView {
  id: string;
  status: JobStatus;
  progress_percent: number;
}

const DAY_MS = 86_400_000;

export class CreateScanJob {
  constructor(
    private readonly jobs: JobStore,
    private readonly queue: TaskQueue,
    private readonly config: JobsConfig,
  ) {}

  async execute(input: CreateScanJobInput): Promise<CreatedJobView> {
    const sourceUrl = await checkRemoteUrl('source_url', input.sourceUrl, this.config);
    const webhookUrl = input.webhookUrl ? await checkWebhookUrl(input.webhookUrl, this.config) : null;
    try {
      const { job } = await this.jobs.createWithinTransaction(
        {
          userId: input.userId,
          sourcePlatform: input.sourcePlatform,
          sourceUrl,
          sourceBranch: input.sourceBranch ?? null,
          sourceCredentialsId: input.sourceCredentialsId,
          webhookUrl,
          expiresAt: new Date(Date.now() + this.config.retention.jobTtlDays * DAY_MS),
        },
        // only ids travel: the worker fetches credentials itself (SPEC §5 Credentials)
        (created) =>
          this.queue.publish(createTaskMessage({ job_id: created.id, user_id: input.userId, kind: 'scan' })),
        this.config.limits.maxActiveJobsPerUser,
        (created) => ({
          userId: input.userId,
          action: 'job.create',
          targetType: 'job',
          targetId: created.id,
          ip: input.ip ?? null,
          details: { outcome: 'success', source_platform: input.sourcePlatform },
        }),
      );
      return { id: job.id, status: job.status, progress_percent: job.progressPercent };
    } catch (error) {
      throw brokerFailure(quotaFailure(error), 'the scan job was not created');
    }
  }
}
