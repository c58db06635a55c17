// Records an event for later delivery: one webhook_deliveries row (status pending, due now) per
// event of a job that has a webhook URL. The job's own webhook_url wins; a job started for a
// registered repository falls back to the repository's. Sending is the dispatcher's business.
import { randomUUID } from 'node:crypto';
import type {
  RepositoryRegistrationRepository,
  WebhookDeliveryEntity,
  WebhookDeliveryRepository,
} from '@deployguard/persistence';
import { buildWebhookPayload, type WebhookJob } from './webhook-payload';
import { displayWebhookUrl } from './webhook-url.policy';
import { EVENT_OF_STATUS, silentWebhookLogger, type WebhookEvent, type WebhookLogger } from './webhook.types';

export interface WebhookNotifierDeps {
  readonly deliveries: Pick<WebhookDeliveryRepository, 'create'>;
  readonly repositories?: Pick<RepositoryRegistrationRepository, 'findById'>;
  readonly logger?: WebhookLogger;
}

export class WebhookNotifier {
  private readonly logger: WebhookLogger;

  constructor(private readonly deps: WebhookNotifierDeps) {
    this.logger = deps.logger ?? silentWebhookLogger;
  }

  // null when neither the job nor its repository names a webhook URL.
  async enqueue(
    event: WebhookEvent,
    job: WebhookJob,
    data: Record<string, unknown> = {},
  ): Promise<WebhookDeliveryEntity | null> {
    const url = await this.urlFor(job);
    if (!url) return null;
    const id = randomUUID();
    const delivery = await this.deps.deliveries.create({
      id,
      userId: job.userId,
      jobId: job.id,
      repositoryId: job.repositoryId,
      url,
      event,
      payload: buildWebhookPayload(id, event, job, data) as unknown as Record<string, unknown>,
    });
    this.logger.info(
      { job_id: job.id, delivery_id: id, event, url: displayWebhookUrl(url) },
      'webhook delivery queued',
    );
    return delivery;
  }

  // The event of the status a job has just reached, if that status has one.
  async notifyStatus(
    job: WebhookJob,
    data: Record<string, unknown> = {},
  ): Promise<WebhookDeliveryEntity | null> {
    const event = EVENT_OF_STATUS[job.status];
    return event ? this.enqueue(event, job, data) : null;
  }

  private async urlFor(job: WebhookJob): Promise<string | null> {
    if (job.webhookUrl) return job.webhookUrl;
    if (!job.repositoryId || !this.deps.repositories) return null;
    const repository = await this.deps.repositories.findById(job.repositoryId);
    // a repository belongs to one user; a job of another user never borrows its URL
    return repository && repository.userId === job.userId ? repository.webhookUrl : null;
  }
}
