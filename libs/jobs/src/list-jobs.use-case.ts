import type { JobStatus } from '@deployguard/persistence';
import { toJobView, type JobView, type PageView } from './job.presenter';
import type { JobStore } from './jobs.ports';

export interface ListJobsInput {
  userId: string;
  page?: number;
  pageSize?: number;
  status?: JobStatus;
}

export class ListJobs {
  constructor(private readonly jobs: JobStore) {}

  async execute(input: ListJobsInput): Promise<PageView<JobView>> {
    const result = await this.jobs.listForUser(input.userId, {
      page: input.page,
      pageSize: input.pageSize,
      status: input.status,
    });
    return {
      items: result.items.map(toJobView),
      total: result.total,
      page: result.page,
      page_size: result.pageSize,
    };
  }
}
