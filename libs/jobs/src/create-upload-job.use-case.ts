// POST /jobs with `source_upload: true` (SPEC §11): for a client the service cannot reach (a
// laptop, a pipeline behind a firewall). The job waits in awaiting_upload; the answer carries a
// short-lived presigned PUT URL for the git bundle, which goes straight to storage, never through
// the API. POST /jobs/{id}/start (StartUploadedJob) then queues the scan.
import type { ObjectStorage } from '@deployguard/storage';
import { repoKey } from '@deployguard/storage';
import { quotaFailure } from './jobs.errors';
import type { JobsConfig, JobStore } from './jobs.ports';
import { checkWebhookUrl, type Platform } from './remote-url.policy';
import type { CreatedJobView } from './create-scan-job.use-case';

export interface CreateUploadJobInput {
  userId: string;
  sourcePlatform?: Platform;
  sourceBranch?: string | null;
  webhookUrl?: string | null;
  // the caller's address, for the creation's audit row
  ip?: string | null;
}

export interface UploadInstructions {
  url: string; // PUT the bundle's bytes here, before expires_at
  method: 'PUT';
  expires_at: string;
  max_bytes: number;
  start: string; // then POST here
}

// Where an uploaded bundle is stored: where a scan task stores the bundle it clones (SPEC §5).
export const uploadedBundleKey = (jobId: string): string => repoKey(jobId, 'source.bundle');
// What an upload job records as its source (it has no URL).
export const UPLOAD_SOURCE = 'upload';

const DAY_MS = 86_400_000;

export class CreateUploadJob {
  constructor(
    private readonly jobs: Pick<JobStore, 'createWithinTransaction'>,
    private readonly storage: Pick<ObjectStorage, 'presignedPutUrl'>,
    private readonly config: JobsConfig,
  ) {}

  async execute(input: CreateUploadJobInput): Promise<CreatedJobView & { upload: UploadInstructions }> {
    const webhookUrl = input.webhookUrl ? await checkWebhookUrl(input.webhookUrl, this.config) : null;
    const { job } = await this.jobs
      .createWithinTransaction(
        {
          userId: input.userId,
          sourcePlatform: input.sourcePlatform ?? 'generic',
          sourceUrl: UPLOAD_SOURCE,
          sourceBranch: input.sourceBranch ?? null,
          sourceUpload: true,
          webhookUrl,
          expiresAt: new Date(Date.now() + this.config.retention.jobTtlDays * DAY_MS),
        },
        async () => undefined, // nothing is queued before the upload
        this.config.limits.maxActiveJobsPerUser,
        (created) => ({
          userId: input.userId,
          action: 'job.create',
          targetType: 'job',
          targetId: created.id,
          ip: input.ip ?? null,
          details: { outcome: 'success', source_platform: created.sourcePlatform, source_upload: true },
        }),
      )
      .catch((error: unknown) => {
        throw quotaFailure(error);
      });
    const ttl = this.config.s3.presignedUrlTtlS;
    const url = await this.storage.presignedPutUrl(uploadedBundleKey(job.id), ttl);
    return {
      id: job.id,
      status: job.status,
      progress_percent: job.progressPercent,
      upload: {
        url,
        method: 'PUT',
        expires_at: new Date(Date.now() + ttl * 1000).toISOString(),
        max_bytes: this.config.git.maxRepoSizeMb * 1024 * 1024,
        start: `/api/v2/jobs/${job.id}/start`,
      },
    };
  }
}
