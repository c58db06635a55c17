// PATCH /repositories/{id}: a new schedule, or enabling again, moves the next scan to the next
// scheduled time from now; disabling clears it.
import type { RepositoryRegistrationUpdate } from '@deployguard/persistence';
import { checkSchedule, nextScanAtOf, scheduleColumns } from './schedule.util';
import { toRepositoryView, type RepositoryView } from './repository.presenter';
import { checkRepositoryUrl, checkWebhookUrl, repositoryNotFound } from './repository-input';
import type { RepositoryStore, SchedulingConfig } from './scheduling.ports';

export interface UpdateRepositoryCommand {
  userId: string;
  repositoryId: string;
  url?: string;
  branch?: string | null;
  credentialsId?: string | null;
  schedule?: unknown;
  // null removes the webhook
  webhookUrl?: string | null;
  enabled?: boolean;
}

export class UpdateRepository {
  constructor(
    private readonly repositories: RepositoryStore,
    private readonly config: SchedulingConfig,
  ) {}

  async execute(input: UpdateRepositoryCommand, now = new Date()): Promise<RepositoryView> {
    const current = await this.repositories.findForUser(input.repositoryId, input.userId);
    if (!current) throw repositoryNotFound(input.repositoryId);
    const patch: { -readonly [K in keyof RepositoryRegistrationUpdate]: RepositoryRegistrationUpdate[K] } =
      {};
    if (input.url !== undefined) patch.url = await checkRepositoryUrl(input.url, this.config);
    if (input.branch !== undefined) patch.branch = input.branch;
    if (input.credentialsId !== undefined) patch.credentialsId = input.credentialsId;
    if (input.webhookUrl !== undefined)
      patch.webhookUrl =
        input.webhookUrl === null ? null : await checkWebhookUrl(input.webhookUrl, this.config);
    if (input.enabled !== undefined) patch.enabled = input.enabled;
    if (input.schedule !== undefined) Object.assign(patch, scheduleColumns(checkSchedule(input.schedule)));
    const rescheduled =
      input.schedule !== undefined || (input.enabled !== undefined && input.enabled !== current.enabled);
    if (rescheduled) patch.nextScanAt = nextScanAtOf({ ...current, ...patch } as typeof current, now);
    const updated = await this.repositories.updateForUser(input.repositoryId, input.userId, patch);
    if (!updated) throw repositoryNotFound(input.repositoryId);
    return toRepositoryView(updated);
  }
}
