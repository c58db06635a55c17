// GET /webhooks/deliveries and GET /jobs/{id}/webhooks: the caller's deliveries only. Filtering
// by a job of another user is a 404, like reading that job.
import type { WebhookDeliveryRepository, WebhookDeliveryStatus } from '@deployguard/persistence';
import { toWebhookDeliveryView, type WebhookDeliveryView } from '@deployguard/webhooks';
import { ownedJob } from './get-job.use-case';
import type { PageView } from './job.presenter';
import type { JobStore } from './jobs.ports';

export type DeliveryStore = Pick<WebhookDeliveryRepository, 'listForUser'>;

export interface ListWebhookDeliveriesInput {
  userId: string;
  jobId?: string;
  repositoryId?: string;
  status?: WebhookDeliveryStatus;
  page?: number;
  pageSize?: number;
}

export class ListWebhookDeliveries {
  constructor(
    private readonly jobs: JobStore,
    private readonly deliveries: DeliveryStore,
  ) {}

  async execute(input: ListWebhookDeliveriesInput): Promise<PageView<WebhookDeliveryView>> {
    if (input.jobId) await ownedJob(this.jobs, input.jobId, input.userId);
    const result = await this.deliveries.listForUser(input.userId, {
      jobId: input.jobId,
      repositoryId: input.repositoryId,
      status: input.status,
      page: input.page,
      pageSize: input.pageSize,
    });
    return {
      items: result.items.map(toWebhookDeliveryView),
      total: result.total,
      page: result.page,
      page_size: result.pageSize,
    };
  }
}
