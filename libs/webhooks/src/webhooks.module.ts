// NestJS wiring for the processes that emit or send webhooks. Needs ConfigModule.forRoot() and
// PersistenceModule.forRoot() (both global). The dispatcher only polls once start() is called
// (the worker's main does), so test contexts and the API never send anything by accident.
import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@deployguard/config';
import { RepositoryRegistrationRepository, WebhookDeliveryRepository } from '@deployguard/persistence';
import { WebhookDispatcher, type WebhookDispatcherOptions } from './webhook.dispatcher';
import { WebhookNotifier } from './webhook.notifier';
import type { WebhookLogger } from './webhook.types';

export interface WebhooksModuleOptions {
  readonly logger?: WebhookLogger;
  readonly dispatcher?: WebhookDispatcherOptions;
}

@Injectable()
class WebhookDispatcherShutdown implements OnApplicationShutdown {
  constructor(@Inject(WebhookDispatcher) private readonly dispatcher: WebhookDispatcher) {}

  async onApplicationShutdown(): Promise<void> {
    await this.dispatcher.stop();
  }
}

@Module({})
export class WebhooksModule {
  static forRoot(options: WebhooksModuleOptions = {}): DynamicModule {
    return {
      module: WebhooksModule,
      providers: [
        {
          provide: WebhookNotifier,
          inject: [WebhookDeliveryRepository, RepositoryRegistrationRepository],
          useFactory: (
            deliveries: WebhookDeliveryRepository,
            repositories: RepositoryRegistrationRepository,
          ) => new WebhookNotifier({ deliveries, repositories, logger: options.logger }),
        },
        {
          provide: WebhookDispatcher,
          inject: [WebhookDeliveryRepository, APP_CONFIG],
          useFactory: (deliveries: WebhookDeliveryRepository, config: AppConfig) =>
            new WebhookDispatcher({
              deliveries,
              config,
              logger: options.logger,
              options: options.dispatcher,
            }),
        },
        WebhookDispatcherShutdown,
      ],
      exports: [WebhookNotifier, WebhookDispatcher],
    };
  }
}
