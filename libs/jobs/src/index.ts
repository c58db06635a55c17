// @deployguard/jobs: the job use cases, one class each, shared by the API controllers and any
// other caller. Plain classes over narrow ports; no NestJS here.
export * from './jobs.errors';
export * from './jobs.ports';
export * from './job.presenter';
export * from './report-fingerprints';
export * from './remote-url.policy';
export * from './create-scan-job.use-case';
export * from './list-jobs.use-case';
export * from './get-job.use-case';
export * from './list-secrets.use-case';
export * from './select-secrets.use-case';
export * from './start-clean.use-case';
export * from './start-push.use-case';
export * from './cancel-job.use-case';
export * from './get-report.use-case';
export * from './get-download.use-case';
export * from './get-clean-report.use-case';
export * from './list-webhook-deliveries.use-case';
export * from './broker-failure.util';
export * from './create-upload-job.use-case';
export * from './start-uploaded-job.use-case';
