import { AuditLogEntity } from './audit-log.entity';
import { JobEntity } from './job.entity';
import { RepositoryRegistrationEntity } from './repository-registration.entity';
import { ScanRunEntity } from './scan-run.entity';
import { SecretFoundEntity } from './secret-found.entity';
import { TaskResultEntity } from './task-result.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';

export * from './audit-log.entity';
export * from './job.entity';
export * from './repository-registration.entity';
export * from './scan-run.entity';
export * from './secret-found.entity';
export * from './task-result.entity';
export * from './webhook-delivery.entity';

export const ENTITIES = [
  JobEntity,
  SecretFoundEntity,
  AuditLogEntity,
  TaskResultEntity,
  RepositoryRegistrationEntity,
  ScanRunEntity,
  WebhookDeliveryEntity,
];
