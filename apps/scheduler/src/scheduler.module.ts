// The scheduler's application context: configuration, persistence, storage, the broker (to
// publish scheduled scans), @nestjs/schedule and the use cases of @deployguard/scheduling. No HTTP.
import { Module, type DynamicModule } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@deployguard/config';
import { messagingConfigFrom, MessagingModule, TaskPublisher } from '@deployguard/messaging';
import {
  AuditLogRepository,
  JobRepository,
  PersistenceModule,
  RepositoryRegistrationRepository,
  ScanRunRepository,
  SchedulerRunRepository,
  TransactionRunner,
  WebhookDeliveryRepository,
} from '@deployguard/persistence';
import {
  CleanStorage,
  ExpireJobs,
  PruneHistory,
  RunScheduledScans,
  SchedulerLock,
  SweepStuckJobs,
  TriggerScanRun,
} from '@deployguard/scheduling';
import { createObjectStorage } from '@deployguard/storage';
import { WebhookNotifier } from '@deployguard/webhooks';
import type { Logger } from 'pino';
import { SCHEDULER_WORK, SchedulerRunner, type SchedulerWork } from './scheduler.runner';

export interface SchedulerOptions {
  readonly queuePrefix: string;
}

@Module({})
export class SchedulerModule {
  static forRoot(config: AppConfig, options: SchedulerOptions, logger: Logger): DynamicModule {
    return {
      module: SchedulerModule,
      imports: [
        ConfigModule.forRoot({ config }),
        PersistenceModule.forRoot(),
        MessagingModule.forRoot({
          config: messagingConfigFrom(config, 'scheduler', {
            prefix: options.queuePrefix,
            logger: logger.child({ component: 'messaging' }),
          }),
        }),
        ScheduleModule.forRoot(),
      ],
      providers: [
        {
          provide: SCHEDULER_WORK,
          inject: [APP_CONFIG, DataSource, TaskPublisher, TransactionRunner],
          useFactory: (
            c: AppConfig,
            dataSource: DataSource,
            publisher: TaskPublisher,
            transactions: TransactionRunner,
          ): SchedulerWork => {
            const m = dataSource.manager;
            const jobs = new JobRepository(m);
            const audit = new AuditLogRepository(m);
            const repositories = new RepositoryRegistrationRepository(m);
            const scanRuns = new ScanRunRepository(m);
            const runs = new SchedulerRunRepository(m);
            const storage = createObjectStorage(c);
            const log = logger.child({ component: 'scheduling' });
            const trigger = new TriggerScanRun(transactions, publisher, c);
            // the sweeper's failures are status changes like any other: they record `job.failed`
            const notifier = new WebhookNotifier({
              deliveries: new WebhookDeliveryRepository(m),
              repositories,
              logger: log,
            });
            return {
              config: c,
              logger,
              runs,
              lock: new SchedulerLock({
                connectionString: c.database.url,
                pollMs: c.scheduler.leaderPollS * 1000,
                logger: log,
              }),
              tasks: {
                expiry: () => new ExpireJobs(jobs, storage, audit, log).execute(),
                cleanup: () => new CleanStorage(storage, runs, log).execute(),
                sweep: () => new SweepStuckJobs(jobs, scanRuns, audit, c, log, notifier).execute(),
                scans: () => new RunScheduledScans(repositories, trigger, log).execute(),
                retention: () => new PruneHistory(scanRuns, audit, runs, c).execute(),
              },
            };
          },
        },
        SchedulerRunner,
      ],
    };
  }
}
