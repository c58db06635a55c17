// Persistence against the real local PostgreSQL. The suite creates its own database
// (deployguard_test_<random>) through the `postgres` maintenance database, migrates it, and drops
// it at the end; no other database is touched.
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, ConfigModule, loadConfig, type AppConfig } from '@deployguard/config';
import { Test } from '@nestjs/testing';
import {
  createRepositories,
  dataSourceOptions,
  ENTITIES,
  IllegalTransitionError,
  JobNotFoundError,
  JobRepository,
  MIGRATIONS,
  PersistenceModule,
  RateLimitRepository,
  revertAllMigrations,
  runMigrations,
  secretHashOf,
  TransactionRunner,
  UnscrubbedUrlError,
  type JobEntity,
  type NewSecret,
  type Repositories,
} from '@deployguard/persistence';
import { FINDING_LOCATIONS } from '@deployguard/report';
import { createTestDatabase, dropTestDatabase } from './support/service-stack';

// every migration, in order (each file sets `name` to its class name)
const MIGRATION_NAMES = MIGRATIONS.map((m) => m.name);
const DB_NAME = `deployguard_test_${randomBytes(6).toString('hex')}`;
const HASH_KEY = randomBytes(32);

let config: AppConfig;
let dataSource: DataSource;
let repos: Repositories;

const newJob = (userId: string, extra: Partial<{ sourceUrl: string; expiresAt: Date }> = {}) =>
  repos.jobs.create({
    userId,
    sourcePlatform: 'github',
    sourceUrl: extra.sourceUrl ?? 'https://github.com/acme/app.git',
    sourceBranch: 'main',
    sourceCredentialsId: 'cred-1',
    expiresAt: extra.expiresAt,
  });

function finding(i: number, overrides: Partial<NewSecret> = {}): NewSecret {
  const value = `AKIA${String(i).padStart(16, '0')}`;
  return {
    fingerprint: randomBytes(16).toString('hex'),
    ruleId: 'aws-access-key',
    secretType: 'AWS Access Key',
    secretValuePreview: `${value.slice(0, 3)}*****${value.slice(-3)}`,
    secretHash: secretHashOf(HASH_KEY, value),
    filePath: `src/file-${i}.ts`,
    line: i + 1,
    column: 5,
    commitSha: 'a'.repeat(40),
    author: 'dev@example.com',
    commitDate: new Date('2024-01-01T00:00:00Z'),
    severity: 'high',
    entropy: 3.9,
    ...overrides,
  };
}

async function moveTo(
  job: JobEntity,
  ...path: Parameters<Repositories['jobs']['updateStatus']>[1][]
): Promise<JobEntity> {
  let current = job;
  for (const status of path)
    current = await repos.jobs.updateStatus(
      job.id,
      status,
      status === 'failed' ? { errorMessage: 'boom' } : {},
    );
  return current;
}

beforeAll(async () => {
  await createTestDatabase(DB_NAME);
  config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB_NAME}` });
  dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  repos = createRepositories(dataSource.manager);
});

afterAll(async () => {
  await dataSource?.destroy();
  await dropTestDatabase(DB_NAME);
});

describe('migrations', () => {
  it('apply once, and a second run finds nothing to do', async () => {
    expect(await runMigrations(config)).toEqual(MIGRATION_NAMES);
    expect(await runMigrations(config)).toEqual([]);
    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(tables.map((t: { table_name: string }) => t.table_name)).toEqual([
      'audit_logs',
      'jobs',
      'migrations',
      'rate_limit_counters',
      'repositories',
      'scan_runs',
      'scheduler_marks',
      'scheduler_runs',
      'secrets_found',
      'task_results',
      'webhook_deliveries',
    ]);
  });

  it('create every column the entities map, with matching nullability', async () => {
    const rows: { table_name: string; column_name: string; is_nullable: string }[] = await dataSource.query(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const nullable = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r.is_nullable === 'YES']));
    for (const entity of ENTITIES) {
      const metadata = dataSource.getMetadata(entity);
      const columns = new Set(
        rows.filter((r) => r.table_name === metadata.tableName).map((r) => r.column_name),
      );
      expect([...columns].sort()).toEqual(metadata.columns.map((c) => c.databaseName).sort());
      for (const c of metadata.columns)
        expect([
          `${metadata.tableName}.${c.databaseName}`,
          nullable.get(`${metadata.tableName}.${c.databaseName}`),
        ]).toEqual([`${metadata.tableName}.${c.databaseName}`, c.isNullable]);
    }
  });

  it('give secrets_found no column that could hold a full secret value', async () => {
    const rows: { column_name: string; data_type: string; character_maximum_length: number | null }[] =
      await dataSource.query(
        `SELECT column_name, data_type, character_maximum_length FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'secrets_found'`,
      );
    const names = rows.map((r) => r.column_name);
    expect(names).not.toContain('secret_value');
    expect(names.filter((n) => /secret|value|raw|match/.test(n)).sort()).toEqual([
      'secret_hash',
      'secret_type',
      'secret_value_preview',
    ]);
    expect(rows.find((r) => r.column_name === 'secret_value_preview')?.character_maximum_length).toBe(32);
    const job = await newJob('schema-user');
    // the database itself refuses a value where the keyed hash belongs
    await expect(
      dataSource.query(
        `INSERT INTO secrets_found (job_id, fingerprint, rule_id, secret_type, secret_value_preview, secret_hash, file_path, line, severity) VALUES ($1,'f','r','t','p',$2,'a',1,'high')`,
        [job.id, 'ghp_' + 'x'.repeat(60)],
      ),
    ).rejects.toThrow(/chk_secrets_found_hash/);
  });

  it('refuse a source URL that still carries credentials, in code and in the database', async () => {
    await expect(
      newJob('u', { sourceUrl: 'https://x-access-token:ghp_abc@github.com/acme/app.git' }),
    ).rejects.toThrow(UnscrubbedUrlError);
    await expect(
      dataSource.query(
        `INSERT INTO jobs (user_id, source_platform, source_url) VALUES ('u', 'github', 'https://tok@github.com/a/b')`,
      ),
    ).rejects.toThrow(/chk_jobs_source_url_no_credentials/);
    await expect(newJob('u', { sourceUrl: 'git@github.com:acme/app.git' })).resolves.toMatchObject({
      sourceUrl: 'git@github.com:acme/app.git',
    });
  });
});

describe('JobRepository', () => {
  it('creates a pending job with defaults', async () => {
    const job = await newJob('alice');
    expect(job).toMatchObject({
      userId: 'alice',
      status: 'pending',
      progressPercent: 0,
      cancelRequested: false,
      attempts: 0,
      findingsCount: 0,
      startedAt: null,
    });
    expect(job.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(job.createdAt).toBeInstanceOf(Date);
  });

  it('scopes reads to the owner: another user gets null, never the row', async () => {
    const a = await newJob('tenant-a');
    const b = await newJob('tenant-b');
    expect(await repos.jobs.findForUser(a.id, 'tenant-b')).toBeNull();
    expect((await repos.jobs.findForUser(a.id, 'tenant-a'))?.id).toBe(a.id);
    expect(await repos.jobs.findForUser('not-a-uuid', 'tenant-a')).toBeNull();
    expect(await repos.jobs.findForUser(randomUUID(), 'tenant-a')).toBeNull();
    const listA = await repos.jobs.listForUser('tenant-a');
    expect(listA.items.map((j) => j.id)).toEqual([a.id]);
    expect(listA.total).toBe(1);
    expect(await repos.jobs.requestCancel(b.id, 'tenant-a')).toBeNull();
    expect((await repos.jobs.findById(b.id))?.cancelRequested).toBe(false);
  });

  it('paginates newest first without gaps or repeats, and filters by status', async () => {
    const created: string[] = [];
    for (let i = 0; i < 25; i++) created.push((await newJob('pager')).id);
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => repos.jobs.listForUser('pager', { page, pageSize: 10 })),
    );
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5, 0]);
    expect(pages.every((p) => p.total === 25)).toBe(true);
    expect(pages.flatMap((p) => p.items.map((j) => j.id))).toEqual([...created].reverse());
    expect((await repos.jobs.listForUser('pager', { pageSize: 1000 })).pageSize).toBe(100);

    await moveTo((await repos.jobs.findById(created[0]))!, 'failed');
    await moveTo((await repos.jobs.findById(created[1]))!, 'cloning');
    const failed = await repos.jobs.listForUser('pager', { status: 'failed' });
    expect(failed.items.map((j) => j.id)).toEqual([created[0]]);
    expect(failed.total).toBe(1);
    expect((await repos.jobs.listForUser('pager', { status: ['failed', 'cloning'] })).total).toBe(2);
    expect((await repos.jobs.listForUser('pager', { status: 'pending' })).total).toBe(23);
  });

  it('walks the state machine and sets timestamps and progress', async () => {
    const job = await newJob('walker');
    const cloning = await repos.jobs.updateStatus(job.id, 'cloning', { currentTask: 'clone' });
    expect(cloning.startedAt).toBeInstanceOf(Date);
    expect(cloning.currentTask).toBe('clone');
    await repos.jobs.setProgress(job.id, 40);
    const done = await moveTo(cloning, 'scanning', 'awaiting_selection');
    expect(done).toMatchObject({ status: 'awaiting_selection', progressPercent: 100 });
    expect(done.finishedAt).toBeInstanceOf(Date);
    const cleaning = await repos.jobs.updateStatus(job.id, 'cleaning');
    expect(cleaning.progressPercent).toBe(0);
    expect((await moveTo(cleaning, 'cleaned', 'pushing', 'pushed', 'expired')).status).toBe('expired');
  });

  it('refuses an illegal transition and leaves the job as it was', async () => {
    const job = await newJob('illegal');
    await expect(repos.jobs.updateStatus(job.id, 'scanning')).rejects.toThrow(IllegalTransitionError);
    await expect(repos.jobs.updateStatus(job.id, 'completed')).rejects.toMatchObject({
      from: 'pending',
      to: 'completed',
    });
    expect((await repos.jobs.findById(job.id))?.status).toBe('pending');
    await moveTo(job, 'cancelled');
    await expect(repos.jobs.updateStatus(job.id, 'cloning')).rejects.toThrow(
      'cannot go from cancelled to cloning',
    );
    await expect(repos.jobs.updateStatus(randomUUID(), 'cloning')).rejects.toThrow(JobNotFoundError);
    await expect(repos.jobs.updateStatus(job.id, 'failed')).rejects.toThrow('error message');
  });

  it('lets exactly one of two concurrent workers finish a scan', async () => {
    const job = await moveTo(await newJob('race'), 'cloning', 'scanning');
    const results = await Promise.allSettled([
      repos.jobs.updateStatus(job.id, 'awaiting_selection'),
      repos.jobs.updateStatus(job.id, 'awaiting_selection'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('records progress only while active and reports a requested cancel', async () => {
    const job = await moveTo(await newJob('progress'), 'cloning');
    expect(await repos.jobs.setProgress(job.id, 55, 'cloning 55%')).toEqual({
      updated: true,
      cancelRequested: false,
    });
    await expect(repos.jobs.setProgress(job.id, 101)).rejects.toThrow(RangeError);
    await expect(
      dataSource.query(`UPDATE jobs SET progress_percent = 101 WHERE id = $1`, [job.id]),
    ).rejects.toThrow(/chk_jobs_progress/);
    expect((await repos.jobs.requestCancel(job.id, 'progress'))?.cancelRequested).toBe(true);
    expect(await repos.jobs.setProgress(job.id, 60)).toEqual({ updated: true, cancelRequested: true });
    await moveTo(job, 'cancelled');
    expect(await repos.jobs.setProgress(job.id, 70)).toEqual({ updated: false, cancelRequested: true });
    expect((await repos.jobs.findById(job.id))?.progressPercent).toBe(60);
  });

  it('finds stuck active jobs and expired finished jobs', async () => {
    const stuck = await moveTo(await newJob('sweeper'), 'cloning');
    const fresh = await moveTo(await newJob('sweeper'), 'cloning');
    await dataSource.query(`UPDATE jobs SET updated_at = now() - interval '2 hours' WHERE id = $1`, [
      stuck.id,
    ]);
    const stuckIds = (await repos.jobs.findStuck(new Date(Date.now() - 3600_000))).map((j) => j.id);
    expect(stuckIds).toContain(stuck.id);
    expect(stuckIds).not.toContain(fresh.id);

    const past = new Date(Date.now() - 1000);
    const oldDone = await moveTo(
      await newJob('expiry', { expiresAt: past }),
      'cloning',
      'scanning',
      'completed',
    );
    const oldRunning = await moveTo(await newJob('expiry', { expiresAt: past }), 'cloning');
    const youngDone = await moveTo(
      await newJob('expiry', { expiresAt: new Date(Date.now() + 86_400_000) }),
      'cloning',
      'scanning',
      'completed',
    );
    const expired = (await repos.jobs.findExpired(new Date())).map((j) => j.id);
    expect(expired).toContain(oldDone.id);
    expect(expired).not.toContain(oldRunning.id);
    expect(expired).not.toContain(youngDone.id);
  });

  it('creates a job only when its message is published', async () => {
    await expect(
      repos.jobs.createWithinTransaction(
        { userId: 'outbox', sourcePlatform: 'github', sourceUrl: 'https://github.com/a/b.git' },
        async () => {
          throw new Error('broker unreachable');
        },
      ),
    ).rejects.toThrow('broker unreachable');
    expect((await repos.jobs.listForUser('outbox')).total).toBe(0);

    const published: string[] = [];
    const { job } = await repos.jobs.createWithinTransaction(
      { userId: 'outbox', sourcePlatform: 'github', sourceUrl: 'https://github.com/a/b.git' },
      async (j) => {
        published.push(j.id);
      },
    );
    expect(published).toEqual([job.id]);
    expect((await repos.jobs.findForUser(job.id, 'outbox'))?.status).toBe('pending');
  });

  it('rolls back every repository of a failed withTransaction', async () => {
    const runner = new TransactionRunner(dataSource);
    await expect(
      runner.withTransaction(async (tx) => {
        const job = await tx.jobs.create({
          userId: 'tx-user',
          sourcePlatform: 'github',
          sourceUrl: 'https://github.com/a/b.git',
        });
        await tx.auditLogs.record({
          userId: 'tx-user',
          action: 'job.create',
          targetType: 'job',
          targetId: job.id,
        });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect((await repos.jobs.listForUser('tx-user')).total).toBe(0);
    expect((await repos.auditLogs.listForUser('tx-user')).total).toBe(0);
  });

  it('counts jobs by status for the metrics', async () => {
    const counts = await repos.jobs.countByStatus();
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM jobs`);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(n);
    expect(counts.expired).toBeGreaterThanOrEqual(1);
  });
});

describe('SecretRepository', () => {
  it('stores exactly one set of findings when a scan task is redelivered', async () => {
    const job = await newJob('secrets');
    const set = Array.from({ length: 1500 }, (_, i) => finding(i));
    expect(await repos.secrets.insertMany(job.id, set)).toEqual({ inserted: 1500 });
    // the redelivered task inserts the same findings again, twice concurrently
    const again = await Promise.all([
      repos.secrets.insertMany(job.id, set),
      repos.secrets.insertMany(job.id, set.slice(0, 700)),
    ]);
    expect(again).toEqual([{ inserted: 0 }, { inserted: 0 }]);
    expect(await repos.secrets.countForJob(job.id)).toBe(1500);
    const page = await repos.secrets.pageForJob(job.id, { page: 2, pageSize: 100 });
    expect(page.total).toBe(1500);
    expect(page.items).toHaveLength(100);
  });

  it('stores a finding of every location a report can hold, a path, note or ref with its name', async () => {
    const job = await newJob('locations');
    const named = new Set(['file', 'path', 'note', 'ref']);
    const set = FINDING_LOCATIONS.map((location, i) =>
      finding(i, { location, filePath: named.has(location) ? `refs/heads/x-${i}` : null }),
    );
    expect(await repos.secrets.insertMany(job.id, set)).toEqual({ inserted: FINDING_LOCATIONS.length });
    // a ref finding names its ref
    await expect(
      repos.secrets.insertMany(job.id, [finding(99, { location: 'ref', filePath: null })]),
    ).rejects.toThrow();
  });

  it('refuses anything but a keyed hash and a short preview', async () => {
    const job = await newJob('secrets-2');
    const value = 'ghp_' + 'A'.repeat(36);
    await expect(repos.secrets.insertMany(job.id, [finding(1, { secretHash: value })])).rejects.toThrow(
      'HMAC-SHA256',
    );
    await expect(
      repos.secrets.insertMany(job.id, [finding(1, { secretValuePreview: value })]),
    ).rejects.toThrow('longer than 32');
    expect(await repos.secrets.countForJob(job.id)).toBe(0);
    expect(secretHashOf(HASH_KEY, value)).not.toBe(secretHashOf(randomBytes(32), value));
  });

  it('selects only secrets of the job and reports the ids of other jobs as unknown', async () => {
    const mine = await newJob('selector');
    const other = await newJob('someone-else');
    await repos.secrets.insertMany(mine.id, [finding(1), finding(2), finding(3)]);
    await repos.secrets.insertMany(other.id, [finding(4)]);
    const [s1, s2, s3] = await repos.secrets.listForJob(mine.id);
    const [foreign] = await repos.secrets.listForJob(other.id);

    const refused = await repos.secrets.select(mine.id, [s1.id, foreign.id, 'nope'], []);
    expect(refused).toMatchObject({ applied: false, unknownIds: [foreign.id, 'nope'] });
    expect((await repos.secrets.listForJob(mine.id)).some((s) => s.selectedForCleaning)).toBe(false);
    expect((await repos.secrets.listForJob(other.id))[0].selectedForCleaning).toBe(false);
    // the foreign id is also unknown when its own job id is not the one asked for
    expect((await repos.secrets.select(mine.id, [], [foreign.id])).unknownIds).toEqual([foreign.id]);

    expect(await repos.secrets.select(mine.id, [s1.id, s2.id], [s3.id])).toMatchObject({
      applied: true,
      selected: 2,
      falsePositives: 1,
    });
    expect((await repos.secrets.listForJob(mine.id, { onlySelected: true })).map((s) => s.id).sort()).toEqual(
      [s1.id, s2.id].sort(),
    );
    // a new selection replaces the previous one
    await repos.secrets.select(mine.id, [s3.id], []);
    const after = await repos.secrets.listForJob(mine.id);
    expect(after.filter((s) => s.selectedForCleaning).map((s) => s.id)).toEqual([s3.id]);
    expect(after.some((s) => s.falsePositive)).toBe(false);
    expect(await repos.secrets.select(mine.id, [s1.id], [s1.id])).toMatchObject({
      applied: false,
      conflictingIds: [s1.id],
    });
  });

  it('finds the first job of a registered repository that saw a fingerprint', async () => {
    const registration = await repos.repositories.create({
      userId: 'rescanner',
      url: 'https://github.com/acme/r.git',
      scheduleIntervalS: 3600,
    });
    const first = await repos.jobs.create({
      userId: 'rescanner',
      sourcePlatform: 'github',
      sourceUrl: registration.url,
      repositoryId: registration.id,
    });
    const f = finding(9);
    await repos.secrets.insertMany(first.id, [f]);
    const map = await repos.secrets.firstSeenJobIds(registration.id, [f.fingerprint, 'unseen']);
    expect([...map.entries()]).toEqual([[f.fingerprint, first.id]]);
  });
});

describe('AuditLogRepository', () => {
  it('records rows per user and refuses secret-looking details', async () => {
    const job = await newJob('auditor');
    const row = await repos.auditLogs.record({
      userId: 'auditor',
      action: 'job.create',
      targetType: 'job',
      targetId: job.id,
      ip: '203.0.113.9',
      details: { source_platform: 'github' },
    });
    expect(row).toMatchObject({
      userId: 'auditor',
      action: 'job.create',
      ip: '203.0.113.9',
      details: { source_platform: 'github' },
    });
    expect(row.createdAt).toBeInstanceOf(Date);
    await repos.auditLogs.record({
      userId: 'other-auditor',
      action: 'job.cancel',
      targetType: 'job',
      targetId: job.id,
    });
    const list = await repos.auditLogs.listForUser('auditor');
    expect(list.items.map((r) => r.action)).toEqual(['job.create']);
    await expect(
      repos.auditLogs.record({
        userId: 'auditor',
        action: 'x',
        targetType: 'job',
        details: { nested: { token: 'abc' } },
      }),
    ).rejects.toThrow('details.nested.token');
    await dataSource.query(
      `UPDATE audit_logs SET created_at = now() - interval '100 days' WHERE user_id = 'other-auditor'`,
    );
    expect(await repos.auditLogs.deleteOlderThan(new Date(Date.now() - 90 * 86_400_000))).toBe(1);
  });
});

describe('TaskResultRepository', () => {
  it('re-uses the row of a redelivered attempt and records the duration', async () => {
    const job = await newJob('tasks');
    const [a, b] = await Promise.all([
      repos.taskResults.start(job.id, 'scan', 1),
      repos.taskResults.start(job.id, 'scan', 1),
    ]);
    expect(a.id).toBe(b.id);
    const done = await repos.taskResults.finish(a.id, { status: 'succeeded', result: { findings: 3 } });
    expect(done).toMatchObject({ status: 'succeeded', result: { findings: 3 } });
    expect(done.durationMs).toBeGreaterThanOrEqual(0);
    await repos.taskResults.start(job.id, 'scan', 2);
    expect((await repos.taskResults.latestForJob(job.id, 'scan'))?.attempt).toBe(2);
    expect(await repos.taskResults.listForJob(job.id)).toHaveLength(2);
  });
});

describe('registered repositories and scan runs', () => {
  it('keeps registrations per user', async () => {
    const r = await repos.repositories.create({
      userId: 'owner',
      url: 'https://github.com/acme/x.git',
      scheduleCron: '0 * * * *',
      nextScanAt: new Date(Date.now() - 1000),
    });
    expect(await repos.repositories.findForUser(r.id, 'intruder')).toBeNull();
    expect(await repos.repositories.updateForUser(r.id, 'intruder', { enabled: false })).toBeNull();
    expect(await repos.repositories.deleteForUser(r.id, 'intruder')).toBe(false);
    expect((await repos.repositories.updateForUser(r.id, 'owner', { branch: 'dev' }))?.branch).toBe('dev');
    expect((await repos.repositories.findDue(new Date())).map((x) => x.id)).toContain(r.id);
    await expect(repos.repositories.updateForUser(r.id, 'owner', { scheduleIntervalS: 60 })).rejects.toThrow(
      /chk_repositories_one_schedule/,
    );
  });

  it('queues at most one scan run per repository, even under concurrent triggers', async () => {
    const r = await repos.repositories.create({ userId: 'trigger', url: 'https://github.com/acme/y.git' });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => repos.scanRuns.enqueue(r.id, 'manual')),
    );
    expect(results.filter((x) => x.created)).toHaveLength(1);
    expect(new Set(results.map((x) => x.run.id)).size).toBe(1);
    const run = results[0].run;
    await repos.scanRuns.markRunning(run.id);
    expect((await repos.scanRuns.enqueue(r.id, 'schedule')).created).toBe(false);
    const finished = await repos.scanRuns.finish(run.id, {
      status: 'succeeded',
      newFindings: 1,
      totalFindings: 4,
      objectsScanned: 120,
    });
    expect(finished).toMatchObject({ status: 'succeeded', progressPercent: 100, newFindings: 1 });
    expect(finished.durationMs).toBeGreaterThanOrEqual(0);
    await repos.repositories.recordScan(r.id, {
      scanRunId: run.id,
      lastScanAt: new Date(),
      nextScanAt: null,
      seenObjectsKey: `repos/${r.id}/seen.bin`,
    });
    expect((await repos.scanRuns.enqueue(r.id, 'schedule')).created).toBe(true);
    expect((await repos.scanRuns.listForRepository(r.id)).total).toBe(2);
    expect(await repos.repositories.deleteForUser(r.id, 'trigger')).toBe(true);
    expect((await repos.scanRuns.listForRepository(r.id)).total).toBe(0);
  });
});

describe('WebhookDeliveryRepository', () => {
  it('hands each due delivery to one sender and records attempts', async () => {
    const created = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        repos.webhookDeliveries.create({
          userId: 'hooks',
          url: 'https://hooks.example.com/in',
          event: 'job.completed',
          payload: { job_id: `j${i}` },
        }),
      ),
    );
    const now = new Date(Date.now() + 1000);
    const [c1, c2] = await Promise.all([
      repos.webhookDeliveries.claimDue(now, 4, 30_000),
      repos.webhookDeliveries.claimDue(now, 4, 30_000),
    ]);
    const claimed = [...c1, ...c2].map((d) => d.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.sort()).toEqual(created.map((d) => d.id).sort());
    expect(await repos.webhookDeliveries.claimDue(now, 10, 30_000)).toEqual([]);

    const retry = await repos.webhookDeliveries.recordAttempt(created[0].id, {
      result: 'retry',
      statusCode: 500,
      error: 'HTTP 500',
      nextAttemptAt: new Date(Date.now() + 2000),
    });
    expect(retry).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 });
    const ok = await repos.webhookDeliveries.recordAttempt(created[0].id, {
      result: 'succeeded',
      statusCode: 200,
    });
    expect(ok).toMatchObject({ status: 'succeeded', attempts: 2, nextAttemptAt: null });
    expect(ok.deliveredAt).toBeInstanceOf(Date);
    expect((await repos.webhookDeliveries.listForUser('hooks', { pageSize: 4 })).total).toBe(6);
    expect((await repos.webhookDeliveries.listForUser('nobody')).total).toBe(0);
  });
});

describe('PersistenceModule', () => {
  it('wires the repositories to the configured database through NestJS', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot({ config }), PersistenceModule.forRoot()],
    }).compile();
    try {
      expect(moduleRef.get(APP_CONFIG)).toBe(config);
      const jobs = moduleRef.get(JobRepository);
      const job = await jobs.create({
        userId: 'nest-user',
        sourcePlatform: 'github',
        sourceUrl: 'https://github.com/a/b.git',
      });
      expect((await repos.jobs.findForUser(job.id, 'nest-user'))?.id).toBe(job.id);
      expect(moduleRef.get(TransactionRunner)).toBeInstanceOf(TransactionRunner);
    } finally {
      await moduleRef.close();
    }
  });
});

describe('migrations down and up', () => {
  it('revert cleanly and re-apply, one runner at a time', async () => {
    expect(await revertAllMigrations(config)).toEqual([...MIGRATION_NAMES].reverse());
    const left = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(left.map((t: { table_name: string }) => t.table_name)).toEqual(['migrations']);
    // two runners started together: the advisory lock lets one apply and the other find nothing
    const runs = await Promise.all([runMigrations(config), runMigrations(config)]);
    expect(runs.map((r) => r.length).sort()).toEqual([0, MIGRATION_NAMES.length]);
    expect((await repos.jobs.listForUser('alice')).total).toBe(0);
  });
});

describe('rate limit counters', () => {
  it('count concurrent hits of one key without losing any, per key, and restart an ended window', async () => {
    const counters = new RateLimitRepository(dataSource.manager);
    const key = `write:${randomUUID()}`;
    const hits = await Promise.all(Array.from({ length: 20 }, () => counters.hit(key, 60_000)));
    expect(hits.map((h) => h.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(Math.max(...hits.map((h) => h.msLeft))).toBeLessThanOrEqual(60_000);
    expect((await counters.hit(`read:${randomUUID()}`, 60_000)).hits).toBe(1);

    const short = `write:${randomUUID()}`;
    expect((await counters.hit(short, 100)).hits).toBe(1);
    expect((await counters.hit(short, 100)).hits).toBe(2);
    await new Promise((r) => setTimeout(r, 150));
    expect(await counters.hit(short, 100)).toMatchObject({ hits: 1 });
  });
});
