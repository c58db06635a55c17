// Public surface of @deployguard/tasks: one class per task, plain code the worker's consumer
// calls (and tests call directly). No NestJS here.
export * from './tasks.types';
export * from './task.errors';
export { AuthServiceClient, type AuthServiceClientOptions } from './auth-service.client';
export { TaskRun, type TaskRunSpec } from './task-run';
export { RunScanTask } from './scan.task';
export { RunCleanTask } from './clean.task';
export { RunPushTask } from './push.task';
export { JobFailureHandler } from './job-failure.handler';
export {
  openSecretReport,
  valuesByStoredFingerprint,
  type SecretReport,
  type SecretReportEntry,
} from './secret-report';
export { cloneBundle, createBundle, zipDirectory } from './repository-archive.util';
