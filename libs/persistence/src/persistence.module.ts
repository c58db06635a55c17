// NestJS wiring: the TypeORM connection from APP_CONFIG and one provider per repository.
// The repositories themselves know nothing of NestJS.
import { APP_CONFIG, type AppConfig } from '@deployguard/config';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { AuditLogRepository } from './repositories/audit-log.repository';
import { JobRepository } from './repositories/job.repository';
import { RateLimitRepository } from './repositories/rate-limit.repository';
import { RepositoryRegistrationRepository } from './repositories/repository-registration.repository';
import { ScanRunRepository } from './repositories/scan-run.repository';
import { SecretRepository } from './repositories/secret.repository';
import { TaskResultRepository } from './repositories/task-result.repository';
import { WebhookDeliveryRepository } from './repositories/webhook-delivery.repository';
import { TransactionRunner } from './transaction';

const REPOSITORIES = [
  JobRepository,
  SecretRepository,
  AuditLogRepository,
  TaskResultRepository,
  RepositoryRegistrationRepository,
  ScanRunRepository,
  WebhookDeliveryRepository,
  RateLimitRepository,
] as const;

@Global()
@Module({})
export class PersistenceModule {
  // Needs ConfigModule.forRoot() (global) for APP_CONFIG.
  static forRoot(): DynamicModule {
    const repositoryProviders = REPOSITORIES.map((Repository) => ({
      provide: Repository,
      useFactory: (dataSource: DataSource) => new Repository(dataSource.manager),
      inject: [DataSource],
    }));
    return {
      module: PersistenceModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config),
            retryAttempts: 3,
            retryDelay: 1000,
          }),
        }),
      ],
      providers: [
        ...repositoryProviders,
        {
          provide: TransactionRunner,
          useFactory: (dataSource: DataSource) => new TransactionRunner(dataSource),
          inject: [DataSource],
        },
      ],
      exports: [...REPOSITORIES, TransactionRunner],
    };
  }
}
