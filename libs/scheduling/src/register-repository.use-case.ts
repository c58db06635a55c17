// POST /repositories: the first scan comes at the first scheduled time (POST /{id}/scan starts
// one now). A user registers at most MAX_REPOSITORIES_PER_USER repositories.
import { quotaFailure } from '@deployguard/jobs';
import { checkSchedule, nextRunAt, scheduleColumns } from './schedule.util';
import { toRepositoryView, type RepositoryView } from './repository.presenter';
import { checkRepositoryUrl, checkWebhookUrl } from './repository-input';
import type { RepositoryStore, SchedulingConfig } from './scheduling.ports';

export interface RegisterRepositoryCommand {
  userId: string;
  url: string;
  branch?: string | null;
  credentialsId?: string | null;
  schedule: unknown;
  webhookUrl?: string | null;
  enabled?: boolean;
}

export class RegisterRepository {
  constructor(
    private readonly repositories: RepositoryStore,
    private readonly config: SchedulingConfig,
  ) {}

  async execute(input: RegisterRepositoryCommand, now = new Date()): Promise<RepositoryView> {
    const schedule = checkSchedule(input.schedule);
    const url = await checkRepositoryUrl(input.url, this.config);
    const webhookUrl = input.webhookUrl ? await checkWebhookUrl(input.webhookUrl, this.config) : null;
    const enabled = input.enabled ?? true;
    const created = await this.repositories
      .create(
        {
          userId: input.userId,
          url,
          branch: input.branch ?? null,
          credentialsId: input.credentialsId ?? null,
          ...scheduleColumns(schedule),
          webhookUrl,
          enabled,
          nextScanAt: enabled ? nextRunAt(schedule, now) : null,
        },
        this.config.limits.maxRepositoriesPerUser,
      )
      .catch((error: unknown) => {
        throw quotaFailure(error);
      });
    return toRepositoryView(created);
  }
}
