// The worker's application context: configuration, persistence, storage, the credential service,
// the broker connection and the three tasks. No HTTP server (metrics are served separately).
import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@deployguard/config';
import { MessagingConnection } from '@deployguard/messaging';
import {
  AuditLogRepository,
  JobRepository,
  PersistenceModule,
  RepositoryRegistrationRepository,
  ScanRunRepository,
  SecretRepository,
  TaskResultRepository,
} from '@deployguard/persistence';
import { createObjectStorage, ObjectStorage, Workspace } from '@deployguard/storage';
import {
  AuthServiceClient,
  JobFailureHandler,
  RunCleanTask,
  RunPushTask,
  RunScanTask,
  type TaskDependencies,
  type TaskLogger,
} from '@deployguard/tasks';
import { WebhookNotifier, WebhooksModule } from '@deployguard/webhooks';
import type { Logger } from 'pino';
import { WorkerConsumer } from './worker.consumer';
import { WORKER_LOGGER } from './worker.logger';
import { WorkerMetrics } from './worker.metrics';
import type { WorkerOptions } from './worker-options';

const TASK_DEPENDENCIES = 'DEPLOYGUARD_TASK_DEPENDENCIES';

@Injectable()
class WorkerShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(WorkerConsumer) private readonly consumer: WorkerConsumer,
    @Inject(MessagingConnection) private readonly connection: MessagingConnection,
    @Inject(WorkerMetrics) private readonly metrics: WorkerMetrics,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.consumer.close();
    await this.connection.close();
    await this.metrics.close();
  }
}

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: WorkerOptions, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot({ config }),
        PersistenceModule.forRoot(),
        WebhooksModule.forRoot({ logger: logger.child({ component: 'webhooks' }) }),
      ],
      providers: [
        { provide: WORKER_LOGGER, useValue: logger },
        { provide: WorkerMetrics, useValue: new WorkerMetrics() },
        {
          provide: ObjectStorage,
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) => createObjectStorage(c),
        },
        {
          provide: Workspace,
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) => new Workspace(c.workspaceRoot),
        },
        {
          provide: MessagingConnection,
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) =>
            new MessagingConnection({
              url: c.rabbitmq.url,
              prefix: options.queuePrefix,
              connectionName: `deployguard-worker-${process.pid}`,
              maxRetries: c.tasks.maxRetries,
              retryBaseDelayMs: c.tasks.retryBaseDelayMs,
              softTimeLimitMs: c.tasks.softTimeLimitS * 1000,
              hardTimeLimitMs: c.tasks.hardTimeLimitS * 1000,
              logger: logger.child({ component: 'messaging' }),
            }),
        },
        {
          provide: TASK_DEPENDENCIES,
          inject: [
            APP_CONFIG,
            JobRepository,
            SecretRepository,
            AuditLogRepository,
            TaskResultRepository,
            ObjectStorage,
            Workspace,
            WebhookNotifier,
            RepositoryRegistrationRepository,
            ScanRunRepository,
          ],
          useFactory: (
            c: AppConfig,
            jobs: JobRepository,
            secrets: SecretRepository,
            auditLogs: AuditLogRepository,
            taskResults: TaskResultRepository,
            storage: ObjectStorage,
            workspace: Workspace,
            notifier: WebhookNotifier,
            repositories: RepositoryRegistrationRepository,
            scanRuns: ScanRunRepository,
          ): TaskDependencies => ({
            config: c,
            repos: { jobs, secrets, auditLogs, taskResults, repositories, scanRuns },
            storage,
            workspace,
            auth: new AuthServiceClient({ baseUrl: c.authServiceUrl }),
            logger: logger.child({ component: 'tasks' }) as TaskLogger,
            notifier,
          }),
        },
        {
          provide: WorkerConsumer,
          inject: [TASK_DEPENDENCIES, MessagingConnection, WorkerMetrics],
          useFactory: (deps: TaskDependencies, connection: MessagingConnection, metrics: WorkerMetrics) =>
            new WorkerConsumer({
              connection,
              tasks: {
                scan: new RunScanTask(deps),
                clean: new RunCleanTask(deps),
                push: new RunPushTask(deps),
              },
              failures: new JobFailureHandler(deps),
              metrics,
              workspace: deps.workspace,
              storage: deps.storage,
              logger: deps.logger,
            }),
        },
        WorkerShutdown,
      ],
      exports: [WorkerConsumer, WorkerMetrics],
    };
  }
}
