import { toSecretView, type PageView, type SecretView } from './job.presenter';
import type { JobStore, SecretStore } from './jobs.ports';
import { ownedJob } from './get-job.use-case';
import type { ReportFingerprints } from './report-fingerprints';

export interface ListSecretsInput {
  userId: string;
  jobId: string;
  page?: number;
  pageSize?: number;
}

export class ListSecrets {
  constructor(
    private readonly jobs: JobStore,
    private readonly secrets: SecretStore,
    private readonly fingerprints: Pick<ReportFingerprints, 'of'>,
  ) {}

  async execute(input: ListSecretsInput): Promise<PageView<SecretView>> {
    const job = await ownedJob(this.jobs, input.jobId, input.userId);
    const [result, fingerprints] = await Promise.all([
      this.secrets.pageForJob(job.id, { page: input.page, pageSize: input.pageSize }),
      this.fingerprints.of(job),
    ]);
    return {
      items: result.items.map((s) => toSecretView(s, fingerprints)),
      total: result.total,
      page: result.page,
      page_size: result.pageSize,
    };
  }
}
