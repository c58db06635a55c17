// The API's webhook routes. Repositories come from the global PersistenceModule.
import { Module } from '@nestjs/common';
import { ListWebhookDeliveries } from '@deployguard/jobs';
import { JobRepository, WebhookDeliveryRepository } from '@deployguard/persistence';
import { WebhooksController } from './webhooks.controller';

@Module({
  controllers: [WebhooksController],
  providers: [
    {
      provide: ListWebhookDeliveries,
      inject: [JobRepository, WebhookDeliveryRepository],
      useFactory: (jobs: JobRepository, deliveries: WebhookDeliveryRepository) =>
        new ListWebhookDeliveries(jobs, deliveries),
    },
  ],
})
export class WebhooksApiModule {}
