// GET /jobs/{id}/report: streams the redacted report the scan task stored (never report.enc).
import type { Readable } from 'node:stream';
import type { JobStatus } from '@deployguard/persistence';
import { reportKey } from '@deployguard/storage';
import { ownedJob } from './get-job.use-case';
import { conflict, JobsError, unavailable } from './jobs.errors';
import type { JobObjectStore, JobStore } from './jobs.ports';

export type ReportFormat = 'json' | 'sarif';
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'sarif'];

const FILES: Record<ReportFormat, { name: string; contentType: string }> = {
  json: { name: 'report.json', contentType: 'application/json' },
  sarif: { name: 'report.sarif', contentType: 'application/sarif+json' },
};
const SCAN_NOT_FINISHED: readonly JobStatus[] = ['pending', 'cloning', 'scanning'];

export interface ReportStream {
  stream: Readable;
  contentType: string;
  fileName: string;
}

export class GetReport {
  constructor(
    private readonly jobs: JobStore,
    private readonly storage: JobObjectStore,
  ) {}

  async execute(input: { userId: string; jobId: string; format?: ReportFormat }): Promise<ReportStream> {
    const job = await ownedJob(this.jobs, input.jobId, input.userId);
    if (SCAN_NOT_FINISHED.includes(job.status)) {
      throw conflict(`the report is available once the scan finished; job ${job.id} is ${job.status}`);
    }
    const file = FILES[input.format ?? 'json'];
    try {
      const stream = await this.storage.getStream(reportKey(job.id, file.name));
      return { stream, contentType: file.contentType, fileName: `${job.id}-${file.name}` };
    } catch (error) {
      const code = (error as { code?: string } | null)?.code;
      if (code === 'NoSuchKey' || code === 'NotFound') {
        throw new JobsError('not_found', `no ${input.format ?? 'json'} report is stored for job ${job.id}`);
      }
      throw unavailable('storage', 'object storage unavailable; try again later', error);
    }
  }
}
