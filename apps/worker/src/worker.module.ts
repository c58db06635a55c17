// The worker microservice's modules: configuration, persistence, storage, the credential service,
// the broker connection (shared with its TaskTransport) and the task handlers. No HTTP server
// (metrics are served separately).
import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
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
import { WORKER_TASKS, WorkerController, type WorkerTasks } from './worker.controller';
import { WORKER_LOGGER } from './worker.logger';
import { WorkerMetrics } from './worker.metrics';

const TASK_DEPENDENCIES = 'DEPLOYGUARD_TASK_DEPENDENCIES';

// Before the transport takes tasks (app.init() runs this, app.listen() then consumes): remove what
// dead workers left and make sure the bucket exists. After the transport stopped (app.close()
// closes it first): close the broker connection and the metrics endpoint.
@Injectable()
class WorkerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(Workspace) private readonly workspace: Workspace,
    @Inject(ObjectStorage) private readonly storage: ObjectStorage,
    @Inject(MessagingConnection) private readonly connection: MessagingConnection,
    @Inject(WorkerMetrics) private readonly metrics: WorkerMetrics,
    @Inject(WORKER_LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const orphans = await this.workspace.removeOrphans();
    if (orphans.length > 0)
      this.logger.warn({ count: orphans.length }, 'removed task directories left by dead workers');
    await this.storage.ensureBucket();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
    await this.metrics.close();
  }
}

@Module({})
export class WorkerModule {
  // `connection` is the one its TaskTransport consumes from (built before the app, like the transport).
  static forRoot(config: AppConfig, logger: Logger, connection: MessagingConnection): DynamicModule {
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
        { provide: MessagingConnection, useValue: connection },
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
          provide: WORKER_TASKS,
          inject: [TASK_DEPENDENCIES],
          useFactory: (deps: TaskDependencies): WorkerTasks => ({
            runners: {
              scan: new RunScanTask(deps),
              clean: new RunCleanTask(deps),
              push: new RunPushTask(deps),
            },
            failures: new JobFailureHandler(deps),
          }),
        },
        WorkerLifecycle,
      ],
      controllers: [WorkerController],
      exports: [WorkerMetrics],
    };
  }
}
