// GET /jobs/{id}/download: a short-lived presigned URL of the cleaned zip or git bundle.
import type { JobStatus } from '@deployguard/persistence';
import { ownedJob } from './get-job.use-case';
import { conflict, JobsError, unavailable } from './jobs.errors';
import type { JobObjectStore, JobsConfig, JobStore } from './jobs.ports';

export type DownloadFormat = 'zip' | 'bundle';
export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = ['zip', 'bundle'];

const DOWNLOADABLE: readonly JobStatus[] = ['cleaned', 'pushing', 'pushed'];

export class GetDownload {
  constructor(
    private readonly jobs: JobStore,
    private readonly storage: JobObjectStore,
    private readonly config: JobsConfig,
  ) {}

  async execute(input: { userId: string; jobId: string; format?: DownloadFormat }): Promise<{ url: string }> {
    const job = await ownedJob(this.jobs, input.jobId, input.userId);
    if (!DOWNLOADABLE.includes(job.status)) {
      throw conflict(
        `the cleaned repository can be downloaded once the job is cleaned; job ${job.id} is ${job.status}`,
      );
    }
    // the clean task records where it stored the archive and the bundle
    const key = input.format === 'bundle' ? job.cleanedBundleKey : job.cleanedArchiveKey;
    if (!key)
      throw new JobsError('not_found', `job ${job.id} has no stored cleaned ${input.format ?? 'zip'}`);
    try {
      return { url: await this.storage.presignedGetUrl(key, this.config.s3.presignedUrlTtlS) };
    } catch (error) {
      throw unavailable('storage', 'object storage unavailable; try again later', error);
    }
  }
}
