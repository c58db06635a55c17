export * from './entities';
export * from './job-status';
export * from './job-transition';
export * from './persistence.errors';
export * from './data-source-options';
export * from './migrate';
export * from './migrations';
export * from './transaction';
export * from './persistence.module';
export {
  isUuid,
  normalizePage,
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  type Page,
  type PageRequest,
} from './repositories/repository.util';
export * from './repositories/job.repository';
export * from './repositories/secret.repository';
export * from './repositories/audit-log.repository';
export * from './repositories/task-result.repository';
export * from './repositories/repository-registration.repository';
export * from './repositories/scan-run.repository';
export * from './repositories/webhook-delivery.repository';
export * from './repositories/scheduler-run.repository';
export * from './repositories/rate-limit.repository';
