// What the use cases need from the outside world, as narrow types: the real repositories satisfy
// them, and unit tests pass small fakes.
import type { AppConfig } from '@deployguard/config';
import type { TaskMessage } from '@deployguard/messaging';
import type {
  AuditLogRepository,
  JobRepository,
  Repositories,
  SecretRepository,
} from '@deployguard/persistence';
import type { ObjectStorage } from '@deployguard/storage';

export type JobStore = Pick<
  JobRepository,
  | 'findForUser'
  | 'listForUser'
  | 'createWithinTransaction'
  | 'requestCancel'
  | 'updateStatus'
  | 'removeForUser'
>;
export type AuditStore = Pick<AuditLogRepository, 'record'>;
export type SecretStore = Pick<SecretRepository, 'listForJob' | 'pageForJob' | 'select'>;
export type JobObjectStore = Pick<ObjectStorage, 'presignedGetUrl' | 'deletePrefix' | 'getStream'>;

export interface TaskQueue {
  // resolves after the broker confirmed; BrokerUnavailableError when it is down
  publish(message: TaskMessage): Promise<void>;
}

export interface TransactionScope {
  withTransaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
}

export type JobsConfig = Pick<AppConfig, 'git' | 's3' | 'retention' | 'limits'>;
