// What every task needs from the outside world, handed in by the worker (or a test): the
// repositories, the object store, the workspace and the credential service. Nothing here is NestJS.
import type { AppConfig } from '@deployguard/config';
import type { JobEntity, Repositories } from '@deployguard/persistence';
import type { ObjectStorage, Workspace } from '@deployguard/storage';
import type { AuthServiceClient } from './auth-service.client';

// pino-compatible (fields first).
export interface TaskLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

// repositories and scanRuns: for scans of registered repositories (incremental rescans); a task
// runner without them scans every job in full.
export type TaskRepositories = Pick<Repositories, 'jobs' | 'secrets' | 'auditLogs' | 'taskResults'> &
  Partial<Pick<Repositories, 'repositories' | 'scanRuns'>>;

// Told of every status a job reaches (the webhook notifier records an event for the statuses that
// have one). Optional: the CLI and some tests run tasks without webhooks.
export interface JobEventNotifier {
  notifyStatus(job: JobEntity): Promise<unknown>;
}

export interface TaskDependencies {
  readonly config: AppConfig;
  readonly repos: TaskRepositories;
  readonly storage: ObjectStorage;
  readonly workspace: Workspace;
  readonly auth: AuthServiceClient;
  readonly logger: TaskLogger;
  readonly notifier?: JobEventNotifier;
}

// What a task did with its message; the worker turns it into metrics. Every outcome acks.
export type TaskOutcome = 'succeeded' | 'skipped' | 'cancelled' | 'dropped';
