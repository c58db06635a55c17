import type { JobEntity } from '@deployguard/persistence';
import { toJobView, toSecretView, type JobView, type SecretView } from './job.presenter';
import { jobNotFound } from './jobs.errors';
import type { JobStore, SecretStore } from './jobs.ports';
import type { ReportFingerprints } from './report-fingerprints';

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
    private readonly fingerprints: Pick<ReportFingerprints, 'of'>,
  ) {}

  async execute(input: { userId: string; jobId: string }): Promise<{ job: JobView; secrets: SecretView[] }> {
    const job = await ownedJob(this.jobs, input.jobId, input.userId);
    const [secrets, fingerprints] = await Promise.all([
      this.secrets.listForJob(job.id),
      this.fingerprints.of(job),
    ]);
    return { job: toJobView(job), secrets: secrets.map((s) => toSecretView(s, fingerprints)) };
  }
}
