// The API's module graph, built from an already validated AppConfig so tests can inject their own.
import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ConfigModule, type AppConfig } from '@deployguard/config';
import {
  messagingConfigFrom,
  MessagingConnection,
  MessagingModule,
  QueueDepthCache,
} from '@deployguard/messaging';
import { JobRepository, PersistenceModule, SchedulerRunRepository } from '@deployguard/persistence';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { API_LOGGER } from './api.tokens';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { AuditInterceptor } from './common/audit.interceptor';
import { rateLimitProviders, UserThrottlerGuard } from './common/rate-limit';
import { UserIdGuard } from './common/user-id.guard';
import { ApiOutageLog } from './health/api-outage-log';
import { Degradation } from './health/degradation';
import { HealthController } from './health/health.controller';
import { HttpErrorRate } from './health/http-error-rate';
import { BrokerHealthIndicator, StorageHealthIndicator } from './health/readiness.indicators';
import { JobsController } from './jobs/jobs.controller';
import { jobsUseCaseProviders } from './jobs/jobs.providers';
import { ApiMetrics } from './metrics/api-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { RepositoriesModule } from './repositories/repositories.module';
import { WebhooksApiModule } from './webhooks/webhooks-api.module';
import { storageProvider } from './storage.provider';

export interface ApiModuleOptions {
  logger: Logger;
  // queue and exchange prefix (default: RABBITMQ_QUEUE_PREFIX); tests use one of their own
  queuePrefix?: string;
}

export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  validationError: { target: false, value: false },
});

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, options: ApiModuleOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot({ config }),
        PersistenceModule.forRoot(),
        MessagingModule.forRoot({
          config: messagingConfigFrom(config, 'api', {
            prefix: options.queuePrefix,
            logger: options.logger.child({ component: 'messaging' }),
          }),
        }),
        TerminusModule.forRoot({ logger: false }),
        WebhooksApiModule,
        RepositoriesModule.forRoot({ logger: options.logger }),
      ],
      controllers: [HealthController, MetricsController, JobsController],
      providers: [
        { provide: API_LOGGER, useValue: options.logger },
        storageProvider,
        // one cache for readiness and the queue gauges: one broker round trip per 5 s at most
        {
          provide: QueueDepthCache,
          inject: [MessagingConnection],
          useFactory: (connection: MessagingConnection) => new QueueDepthCache(connection),
        },
        { provide: HttpErrorRate, useValue: new HttpErrorRate() },
        BrokerHealthIndicator,
        StorageHealthIndicator,
        ApiOutageLog,
        Degradation,
        {
          provide: ApiMetrics,
          inject: [JobRepository, API_LOGGER, QueueDepthCache, DataSource],
          useFactory: (
            jobs: JobRepository,
            logger: Logger,
            depths: QueueDepthCache,
            dataSource: DataSource,
          ) => new ApiMetrics(jobs, logger, depths, new SchedulerRunRepository(dataSource.manager)),
        },
        ...jobsUseCaseProviders,
        ...rateLimitProviders,
        // in this order: the limiter counts per user, so the user id is checked first
        { provide: APP_GUARD, useClass: UserIdGuard },
        { provide: APP_GUARD, useClass: UserThrottlerGuard },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_PIPE, useValue: validationPipe },
      ],
    };
  }
}
