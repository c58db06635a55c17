import type { JobEntity } from '@deployguard/persistence';
import { toJobView, toSecretView, type JobView, type SecretView } from './job.presenter';
import { jobNotFound } from './jobs.errors';
import type { JobStore, SecretStore } from './jobs.ports';

// Every use case loads the job through here: scoped to the caller, 404 for anyone else.
export async function ownedJob(
  jobs: Pick<JobStore, 'findForUser'>,
  jobId: string,
  userId: string,
): Promise<JobEntity> {
  const job = await jobs.findForUser(jobId, userId);
  if (!job) throw jobNotFound(jobId);
  return job;
}

export class GetJob {
  constructor(
    private readonly jobs: JobStore,
    private readonly secrets: SecretStore,
  ) {}

  async execute(input: { userId: string; jobId: string }): Promise<{ job: JobView; secrets: SecretView[] }> {
    const job = await ownedJob(this.jobs, input.jobId, input.userId);
    const secrets = await this.secrets.listForJob(job.id);
    return { job: toJobView(job), secrets: secrets.map(toSecretView) };
  }
}
