// What the scheduling use cases need from the outside world, as narrow types: the real
// repositories satisfy them, and unit tests can pass small fakes.
import type { AppConfig } from '@deployguard/config';
import type { PublishOptions, QueueDepths, TaskMessage } from '@deployguard/messaging';
import type {
  AuditLogRepository,
  JobRepository,
  RepositoryRegistrationRepository,
  Repositories,
  ScanRunRepository,
  SchedulerRunRepository,
  SecretRepository,
} from '@deployguard/persistence';
import type { ObjectStorage } from '@deployguard/storage';

export type RepositoryStore = Pick<
  RepositoryRegistrationRepository,
  | 'create'
  | 'findById'
  | 'findForUser'
  | 'listForUser'
  | 'updateForUser'
  | 'deleteForUser'
  | 'findDue'
  | 'listEnabled'
  | 'setNextScanAt'
>;
export type ScanRunStore = Pick<
  ScanRunRepository,
  'listForRepository' | 'statusSummary' | 'deleteFinishedBefore' | 'failOrphaned'
>;
export type SchedulerRunStore = SchedulerRunRepository;
export type SchedulerJobStore = Pick<
  JobRepository,
  'findById' | 'findStuck' | 'findExpired' | 'updateStatus'
>;
export type AuditStore = Pick<AuditLogRepository, 'record' | 'deleteOlderThan'>;
export type FindingStore = Pick<SecretRepository, 'countFingerprintsForRepository'>;
export type SchedulerObjectStore = Pick<ObjectStorage, 'listPrefix' | 'deletePrefix'>;

export interface ScanQueue {
  // resolves after the broker confirmed; BrokerUnavailableError when it is down
  publish(message: TaskMessage, options?: PublishOptions): Promise<void>;
}

export interface QueueStats {
  queueDepths(): Promise<QueueDepths>;
}

export interface SchedulingTransactions {
  withTransaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
}

export type SchedulingConfig = Pick<
  AppConfig,
  'git' | 'retention' | 'tasks' | 'scheduler' | 'adminUserIds' | 'limits'
>;

// pino-compatible (fields first).
export interface SchedulingLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}
