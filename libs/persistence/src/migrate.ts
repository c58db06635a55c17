// Runs pending migrations once, from one dedicated entry point (npm run migrate, the compose
// migration step, the Kubernetes migration Job), never from every API or worker process.
import type { AppConfig } from '@deployguard/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// Two runners started together (a Job retried while the first still runs) wait for each other.
const MIGRATION_LOCK_KEY = 7_356_001;

export async function runMigrations(config: Pick<AppConfig, 'database'>): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions({ database: { ...config.database, poolMax: 2 } }));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}

// Reverts every applied migration, newest first (tests and disaster recovery only).
export async function revertAllMigrations(config: Pick<AppConfig, 'database'>): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  const reverted: string[] = [];
  try {
    for (;;) {
      const executed: { name: string }[] = await dataSource
        .query(`SELECT name FROM migrations ORDER BY timestamp DESC, id DESC LIMIT 1`)
        .catch(() => []);
      if (executed.length === 0) break;
      await dataSource.undoLastMigration({ transaction: 'each' });
      reverted.push(executed[0].name);
    }
    return reverted;
  } finally {
    await dataSource.destroy();
  }
}
