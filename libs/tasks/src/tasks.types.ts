// What every task needs from the outside world, handed in by the worker (or a test): the
// repositories, the object store, the workspace and the credential service. Nothing here is NestJS.
import type { AppConfig } from '@deployguard/config';
import type { Repositories } from '@deployguard/persistence';
import type { ObjectStorage, Workspace } from '@deployguard/storage';
import type { AuthServiceClient } from './auth-service.client';

// pino-compatible (fields first).
export interface TaskLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export type TaskRepositories = Pick<Repositories, 'jobs' | 'secrets' | 'auditLogs' | 'taskResults'>;

export interface TaskDependencies {
  readonly config: AppConfig;
  readonly repos: TaskRepositories;
  readonly storage: ObjectStorage;
  readonly workspace: Workspace;
  readonly auth: AuthServiceClient;
  readonly logger: TaskLogger;
}

// What a task did with its message; the worker turns it into metrics. Every outcome acks.
export type TaskOutcome = 'succeeded' | 'skipped' | 'cancelled' | 'dropped';
