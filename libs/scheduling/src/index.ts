// @deployguard/scheduling: registered repositories, scan runs and the scheduler's periodic work,
// one use case per class, shared by the API, the scheduler process and the worker. No NestJS here.
export * from './scheduling.ports';
export * from './schedule.util';
export * from './repository.presenter';
export * from './repository-input';
export * from './register-repository.use-case';
export * from './update-repository.use-case';
export * from './repository-queries.use-case';
export * from './trigger-scan-run.use-case';
export * from './trigger-all-scans.use-case';
export * from './scheduler-status.use-case';
export * from './scheduler-crons';
export * from './scheduler-lock';
export * from './expire-jobs.use-case';
export * from './clean-storage.use-case';
export * from './sweep-stuck-jobs.use-case';
export * from './run-scheduled-scans.use-case';
export * from './prune-history.use-case';
