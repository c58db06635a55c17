// The scheduling use cases are plain classes; this is where the API hands them their repositories.
import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@deployguard/config';
import { MessagingConnection, TaskPublisher } from '@deployguard/messaging';
import {
  RepositoryRegistrationRepository,
  ScanRunRepository,
  SchedulerRunRepository,
  TransactionRunner,
} from '@deployguard/persistence';
import {
  DeleteRepository,
  GetRepository,
  GetSchedulerStatus,
  ListRepositories,
  ListScanRuns,
  RegisterRepository,
  StartRepositoryScan,
  TriggerAllScans,
  TriggerScanRun,
  UpdateRepository,
  type SchedulingLogger,
} from '@deployguard/scheduling';
import { ObjectStorage } from '@deployguard/storage';

export const REPOSITORIES_LOGGER = 'DEPLOYGUARD_REPOSITORIES_LOGGER';

type R = RepositoryRegistrationRepository;

export const repositoriesProviders: Provider[] = [
  {
    provide: SchedulerRunRepository,
    inject: [DataSource],
    useFactory: (dataSource: DataSource) => new SchedulerRunRepository(dataSource.manager),
  },
  {
    provide: TriggerScanRun,
    inject: [TransactionRunner, TaskPublisher, APP_CONFIG],
    useFactory: (t: TransactionRunner, q: TaskPublisher, c: AppConfig) => new TriggerScanRun(t, q, c),
  },
  {
    provide: RegisterRepository,
    inject: [RepositoryRegistrationRepository, APP_CONFIG],
    useFactory: (r: R, c: AppConfig) => new RegisterRepository(r, c),
  },
  {
    provide: UpdateRepository,
    inject: [RepositoryRegistrationRepository, APP_CONFIG],
    useFactory: (r: R, c: AppConfig) => new UpdateRepository(r, c),
  },
  {
    provide: ListRepositories,
    inject: [RepositoryRegistrationRepository],
    useFactory: (r: R) => new ListRepositories(r),
  },
  {
    provide: GetRepository,
    inject: [RepositoryRegistrationRepository],
    useFactory: (r: R) => new GetRepository(r),
  },
  {
    provide: DeleteRepository,
    inject: [RepositoryRegistrationRepository, ObjectStorage, REPOSITORIES_LOGGER],
    useFactory: (r: R, o: ObjectStorage, l: SchedulingLogger) => new DeleteRepository(r, o, l),
  },
  {
    provide: ListScanRuns,
    inject: [RepositoryRegistrationRepository, ScanRunRepository],
    useFactory: (r: R, s: ScanRunRepository) => new ListScanRuns(r, s),
  },
  {
    provide: StartRepositoryScan,
    inject: [RepositoryRegistrationRepository, TriggerScanRun],
    useFactory: (r: R, t: TriggerScanRun) => new StartRepositoryScan(r, t),
  },
  {
    provide: TriggerAllScans,
    inject: [
      RepositoryRegistrationRepository,
      SchedulerRunRepository,
      TriggerScanRun,
      APP_CONFIG,
      REPOSITORIES_LOGGER,
    ],
    useFactory: (r: R, m: SchedulerRunRepository, t: TriggerScanRun, c: AppConfig, l: SchedulingLogger) =>
      new TriggerAllScans(r, m, t, c, l),
  },
  {
    provide: GetSchedulerStatus,
    inject: [SchedulerRunRepository, ScanRunRepository, MessagingConnection, APP_CONFIG],
    useFactory: (m: SchedulerRunRepository, s: ScanRunRepository, q: MessagingConnection, c: AppConfig) =>
      new GetSchedulerStatus(m, s, q, c),
  },
];
