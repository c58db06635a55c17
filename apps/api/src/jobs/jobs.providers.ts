// The use cases are plain classes; this is where the API hands them their repositories.
import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@deployguard/config';
import {
  CancelJob,
  CreateScanJob,
  CreateUploadJob,
  GetCleanReport,
  GetDownload,
  GetJob,
  GetReport,
  ListJobs,
  ListSecrets,
  ReportFingerprints,
  SelectSecrets,
  StartClean,
  StartPush,
  StartUploadedJob,
} from '@deployguard/jobs';
import { TaskPublisher } from '@deployguard/messaging';
import {
  AuditLogRepository,
  JobRepository,
  SecretRepository,
  TaskResultRepository,
  TransactionRunner,
} from '@deployguard/persistence';
import { ObjectStorage } from '@deployguard/storage';

type J = JobRepository;
type S = SecretRepository;

export const jobsUseCaseProviders: Provider[] = [
  {
    provide: CreateScanJob,
    inject: [JobRepository, TaskPublisher, APP_CONFIG],
    useFactory: (jobs: J, queue: TaskPublisher, config: AppConfig) => new CreateScanJob(jobs, queue, config),
  },
  {
    provide: CreateUploadJob,
    inject: [JobRepository, ObjectStorage, APP_CONFIG],
    useFactory: (j: J, o: ObjectStorage, c: AppConfig) => new CreateUploadJob(j, o, c),
  },
  {
    provide: StartUploadedJob,
    inject: [JobRepository, ObjectStorage, TaskPublisher, TransactionRunner, APP_CONFIG],
    useFactory: (j: J, o: ObjectStorage, q: TaskPublisher, t: TransactionRunner, c: AppConfig) =>
      new StartUploadedJob(j, o, q, t, c),
  },
  { provide: ListJobs, inject: [JobRepository], useFactory: (jobs: J) => new ListJobs(jobs) },
  {
    provide: ReportFingerprints,
    inject: [ObjectStorage, APP_CONFIG],
    useFactory: (storage: ObjectStorage, config: AppConfig) =>
      new ReportFingerprints(storage, config.keys.secretHashKey),
  },
  {
    provide: GetJob,
    inject: [JobRepository, SecretRepository, ReportFingerprints],
    useFactory: (j: J, s: S, f: ReportFingerprints) => new GetJob(j, s, f),
  },
  {
    provide: ListSecrets,
    inject: [JobRepository, SecretRepository, ReportFingerprints],
    useFactory: (j: J, s: S, f: ReportFingerprints) => new ListSecrets(j, s, f),
  },
  {
    provide: SelectSecrets,
    inject: [JobRepository, SecretRepository],
    useFactory: (j: J, s: S) => new SelectSecrets(j, s),
  },
  {
    provide: StartClean,
    inject: [JobRepository, SecretRepository, TaskPublisher, TransactionRunner],
    useFactory: (j: J, s: S, q: TaskPublisher, t: TransactionRunner) => new StartClean(j, s, q, t),
  },
  {
    provide: StartPush,
    inject: [JobRepository, TaskPublisher, TransactionRunner, APP_CONFIG],
    useFactory: (j: J, q: TaskPublisher, t: TransactionRunner, c: AppConfig) => new StartPush(j, q, t, c),
  },
  {
    provide: CancelJob,
    inject: [JobRepository, ObjectStorage, AuditLogRepository],
    useFactory: (j: J, o: ObjectStorage, a: AuditLogRepository) => new CancelJob(j, o, a),
  },
  {
    provide: GetReport,
    inject: [JobRepository, ObjectStorage],
    useFactory: (j: J, o: ObjectStorage) => new GetReport(j, o),
  },
  {
    provide: GetDownload,
    inject: [JobRepository, ObjectStorage, APP_CONFIG],
    useFactory: (j: J, o: ObjectStorage, c: AppConfig) => new GetDownload(j, o, c),
  },
  {
    provide: GetCleanReport,
    inject: [JobRepository, TaskResultRepository],
    useFactory: (j: J, t: TaskResultRepository) => new GetCleanReport(j, t),
  },
];
