import type { AppConfig } from '@deployguard/config';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

// The schema comes from migrations only: synchronize and migrationsRun stay off everywhere.
export function dataSourceOptions(config: Pick<AppConfig, 'database'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    // a database that accepts no connection fails the request within 5 s instead of holding it
    extra: { max: config.database.poolMax, application_name: 'deployguard', connectionTimeoutMillis: 5000 },
  };
}
