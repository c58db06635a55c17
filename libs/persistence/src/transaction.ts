// Several writes that must happen together (a job and its audit row, a scan run and its job)
// go through withTransaction: every repository handed to `fn` uses the same transaction.
import type { DataSource, EntityManager } from 'typeorm';
import { AuditLogRepository } from './repositories/audit-log.repository';
import { JobRepository } from './repositories/job.repository';
import { RepositoryRegistrationRepository } from './repositories/repository-registration.repository';
import { ScanRunRepository } from './repositories/scan-run.repository';
import { SecretRepository } from './repositories/secret.repository';
import { TaskResultRepository } from './repositories/task-result.repository';
import { WebhookDeliveryRepository } from './repositories/webhook-delivery.repository';

export interface Repositories {
  readonly jobs: JobRepository;
  readonly secrets: SecretRepository;
  readonly auditLogs: AuditLogRepository;
  readonly taskResults: TaskResultRepository;
  readonly repositories: RepositoryRegistrationRepository;
  readonly scanRuns: ScanRunRepository;
  readonly webhookDeliveries: WebhookDeliveryRepository;
}

export function createRepositories(manager: EntityManager): Repositories {
  return {
    jobs: new JobRepository(manager),
    secrets: new SecretRepository(manager),
    auditLogs: new AuditLogRepository(manager),
    taskResults: new TaskResultRepository(manager),
    repositories: new RepositoryRegistrationRepository(manager),
    scanRuns: new ScanRunRepository(manager),
    webhookDeliveries: new WebhookDeliveryRepository(manager),
  };
}

export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  // Commits when fn resolves, rolls back when it throws (and rethrows).
  withTransaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => fn(createRepositories(manager)));
  }
}
