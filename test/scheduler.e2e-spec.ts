// The scheduler as TWO real processes (compiled here into a temporary directory, since the shared
// dist/ may be rebuilt by others meanwhile) against the real local PostgreSQL (own database),
// RabbitMQ (own queue prefix, deleted at the end) and an s3rver. Every cron ticks every 2 s; only
// the holder of the advisory lock runs them, and the standby takes over when the leader is killed.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { connect, type Channel, type ChannelModel } from 'amqplib';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '@deployguard/config';
import { buildTopology, deleteTopology } from '@deployguard/messaging';
import {
  createRepositories,
  dataSourceOptions,
  runMigrations,
  SchedulerRunRepository,
  type JobEntity,
  type JobStatus,
  type Repositories,
} from '@deployguard/persistence';
import { SCHEDULER_LOCK_KEY } from '@deployguard/scheduling';
import { ObjectStorage, scanStateKey } from '@deployguard/storage';
import { startS3Server, type TestS3Server } from './support/s3-server';
import { createTestDatabase, dropTestDatabase } from './support/service-stack';

jest.setTimeout(60_000);
const exec = promisify(execFile);
const ROOT = join(__dirname, '..');
const RUN = randomBytes(4).toString('hex');
const DB_NAME = `deployguard_sched_test_${RUN}`;
const PREFIX = `dgtest-sched-${RUN}`;
const AMQP = 'amqp://guest:guest@127.0.0.1:5672';
const USER = `user-${RUN}`;
const MAX_RETRIES = 1;
const RETRY_BASE_MS = 1000;
const HARD_LIMIT_S = 60;
const EVERY_2S = '*/2 * * * * *';

const tmp = mkdtempSync(join(tmpdir(), 'dg-scheduler-e2e-'));
const buildDir = join(tmp, 'build');
let s3: TestS3Server;
let config: AppConfig;
let dataSource: DataSource;
let repos: Repositories;
let runs: SchedulerRunRepository;
let storage: ObjectStorage;
let amqp: ChannelModel;
let channel: Channel;
const children: ChildProcess[] = [];
const logs: string[] = [];

function startScheduler(name: string): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_PATH: join(ROOT, 'node_modules'),
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB_NAME}`,
    DATABASE_POOL_MAX: '4',
    RABBITMQ_URL: AMQP,
    S3_ENDPOINT: '127.0.0.1',
    S3_PORT: String(s3.port),
    S3_ACCESS_KEY: s3.accessKey,
    S3_SECRET_KEY: s3.secretKey,
    S3_BUCKET: 'deployguard',
    TASK_MAX_RETRIES: String(MAX_RETRIES),
    TASK_RETRY_BASE_DELAY_MS: String(RETRY_BASE_MS),
    TASK_SOFT_TIME_LIMIT_S: String(HARD_LIMIT_S - 10),
    TASK_HARD_TIME_LIMIT_S: String(HARD_LIMIT_S),
    SCHEDULER_STUCK_GRACE_S: '0',
    SCHEDULER_LEADER_POLL_S: '1',
    SCHEDULER_EXPIRY_CRON: EVERY_2S,
    SCHEDULER_CLEANUP_CRON: EVERY_2S,
    SCHEDULER_SWEEP_CRON: EVERY_2S,
    SCHEDULER_SCANS_CRON: EVERY_2S,
    SCHEDULER_RETENTION_CRON: EVERY_2S,
    SCAN_RUN_RETENTION_DAYS: '1',
    AUDIT_LOG_RETENTION_DAYS: '1',
  };
  const main = join(buildDir, 'apps/scheduler/src/main.js');
  const child = spawn(process.execPath, [main, '--queue-prefix', PREFIX], {
    env,
    detached: true, // its own process group: SIGKILL to it is what a killed pod looks like
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const record = (d: Buffer) => logs.push(`[${name}] ${d.toString()}`);
  child.stdout!.on('data', record);
  child.stderr!.on('data', record);
  children.push(child);
  return child;
}

const instanceOf = (child: ChildProcess) => `${hostname()}:${child.pid}`;

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 20_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}\n${logs.join('').slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function jobIn(status: JobStatus, patch: { expiresAt?: Date } = {}): Promise<JobEntity> {
  const job = await repos.jobs.create({
    userId: USER,
    sourcePlatform: 'generic',
    sourceUrl: 'https://203.0.113.7/acme/app.git',
    expiresAt: patch.expiresAt ?? new Date(Date.now() + 86_400_000),
  });
  const path: Partial<Record<JobStatus, JobStatus[]>> = {
    pending: [],
    scanning: ['cloning', 'scanning'],
    completed: ['cloning', 'scanning', 'completed'],
    cancelled: ['cancelled'],
  };
  for (const next of path[status]!) await repos.jobs.updateStatus(job.id, next);
  return (await repos.jobs.findById(job.id))!;
}

async function putObjects(keys: string[]): Promise<void> {
  for (const key of keys) await storage.putBuffer(key, Buffer.from(`object ${key}`));
}

const exists = (key: string) => storage.exists(key);

beforeAll(async () => {
  const build = exec('npx', ['tsc', '-p', 'apps/scheduler/tsconfig.app.json', '--outDir', buildDir], {
    cwd: ROOT,
  }).then(() =>
    exec('npx', ['tsc-alias', '-p', 'apps/scheduler/tsconfig.app.json', '--outDir', buildDir], { cwd: ROOT }),
  );
  s3 = await startS3Server();
  await createTestDatabase(DB_NAME);
  config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB_NAME}` });
  await runMigrations(config);
  dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  repos = createRepositories(dataSource.manager);
  runs = new SchedulerRunRepository(dataSource.manager);
  storage = new ObjectStorage({
    endpoint: s3.endpoint,
    accessKey: s3.accessKey,
    secretKey: s3.secretKey,
    bucket: 'deployguard',
  });
  await storage.ensureBucket();
  amqp = await connect(AMQP);
  channel = await amqp.createChannel();
  await build;
}, 120_000);

afterAll(async () => {
  // DG_TEST_SCHEDULER_LOGS=/tmp/scheduler.log keeps the processes' output for debugging
  if (process.env.DG_TEST_SCHEDULER_LOGS) writeFileSync(process.env.DG_TEST_SCHEDULER_LOGS, logs.join(''));
  for (const c of children) if (c.exitCode === null && !c.signalCode) process.kill(-c.pid!, 'SIGKILL');
  if (channel)
    await deleteTopology(channel, buildTopology(PREFIX, MAX_RETRIES, RETRY_BASE_MS)).catch(() => undefined);
  await amqp?.close().catch(() => undefined);
  await dataSource?.destroy();
  await dropTestDatabase(DB_NAME).catch(() => undefined);
  await s3?.close();
  rmSync(tmp, { recursive: true, force: true });
});

// Arranged before the schedulers start, checked after their first ticks.
let expired: JobEntity;
let kept: JobEntity;
let cancelled: JobEntity;
let stuck: JobEntity;
let stuckRunId: string;
let dueIds: string[];
let notDueId: string;
const orphanJobId = randomUUID();
const orphanRepositoryId = randomUUID();
let liveRepositoryId: string;

async function arrange(): Promise<void> {
  expired = await jobIn('completed', { expiresAt: new Date(Date.now() - 60_000) });
  kept = await jobIn('completed');
  cancelled = await jobIn('cancelled');
  stuck = await jobIn('scanning');
  // a webhook URL: the sweeper's failure must record the job.failed event like any other
  await dataSource.query(
    `UPDATE jobs SET updated_at = now() - interval '2 hours', webhook_url = 'https://hooks.example.com/dg' WHERE id = $1`,
    [stuck.id],
  );
  await putObjects([
    `repos/${expired.id}/source.bundle`,
    `reports/${expired.id}/report.json`,
    `cleaned/${expired.id}/repo.zip`,
    `repos/${kept.id}/source.bundle`,
    `reports/${kept.id}/report.json`,
    `repos/${orphanJobId}/source.bundle`,
    `reports/${cancelled.id}/report.json`,
    `repos/not-a-job-id/readme.txt`,
  ]);
  const registration = (minutesAgo: number | null, intervalS = 3600) =>
    repos.repositories.create({
      userId: USER,
      url: `https://203.0.113.9/acme/${randomUUID()}.git`,
      scheduleIntervalS: intervalS,
      nextScanAt: minutesAgo === null ? null : new Date(Date.now() - minutesAgo * 60_000),
    });
  const due = [await registration(5), await registration(1)];
  dueIds = due.map((r) => r.id);
  notDueId = (await registration(-60)).id; // due in an hour
  // a run queued long ago for a repository whose job is stuck: the sweeper ends both
  const stuckRepository = await registration(-60);
  liveRepositoryId = stuckRepository.id;
  const { run } = await repos.scanRuns.enqueue(stuckRepository.id, 'manual');
  await repos.scanRuns.attachJob(run.id, stuck.id);
  stuckRunId = run.id;
  await putObjects([scanStateKey(orphanRepositoryId), scanStateKey(liveRepositoryId)]);
  // audit rows past retention
  await repos.auditLogs.record({ userId: USER, action: 'old', targetType: 'job' });
  await dataSource.query(`UPDATE audit_logs SET created_at = now() - interval '3 days' WHERE action = 'old'`);
}

async function messagesIn(kind: 'scan'): Promise<number> {
  return (await channel.checkQueue(`${PREFIX}.${kind}`)).messageCount;
}

describe('two scheduler processes', () => {
  let a: ChildProcess;
  let b: ChildProcess;
  let bStartedAt: Date;

  it('the first to take the advisory lock leads; the second stands by', async () => {
    await arrange();
    a = startScheduler('A');
    await waitFor('A to run its crons', async () =>
      (await runs.list()).some((r) => r.instance === instanceOf(a) && r.status === 'succeeded'),
    );
    expect(await runs.isAdvisoryLockHeld(SCHEDULER_LOCK_KEY)).toBe(true);
    b = startScheduler('B');
    bStartedAt = new Date();
    await waitFor('B to start', async () =>
      logs.some((l) => l.startsWith('[B]') && l.includes('scheduler started')),
    );
    // three more ticks with both processes up
    await new Promise((r) => setTimeout(r, 6500));
  });

  it('runs every cron exactly once per tick, all on the leader', async () => {
    const all = await runs.list();
    const perTick = new Map<string, number>();
    for (const r of all) {
      const key = `${r.cron}@${r.tickAt.toISOString()}`;
      perTick.set(key, (perTick.get(key) ?? 0) + 1);
    }
    expect([...perTick.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(all.map((r) => r.instance))).toEqual(new Set([instanceOf(a)]));
    const whileBothUp = all.filter((r) => r.startedAt >= bStartedAt);
    for (const cron of ['expiry', 'cleanup', 'sweep', 'scans', 'retention']) {
      expect(whileBothUp.filter((r) => r.cron === cron).length).toBeGreaterThanOrEqual(2);
    }
    expect(all.filter((r) => r.status === 'failed')).toEqual([]);
  });

  it('scheduled scans: one scan run and one message per due repository, none for the others', async () => {
    for (const id of dueIds) {
      const page = await repos.scanRuns.listForRepository(id);
      expect(page.total).toBe(1);
      expect(page.items[0].trigger).toBe('schedule');
      const job = await repos.jobs.findById(page.items[0].jobId!);
      expect(job?.repositoryId).toBe(id);
      const repository = await repos.repositories.findById(id);
      // moved an hour on: not due again
      expect(repository!.nextScanAt!.getTime()).toBeGreaterThan(Date.now() + 3000_000);
    }
    expect((await repos.scanRuns.listForRepository(notDueId)).total).toBe(0);
    expect(await messagesIn('scan')).toBe(dueIds.length);
  });

  it('expiry: the expired job is marked expired and its objects deleted; others untouched', async () => {
    expect((await repos.jobs.findById(expired.id))!.status).toBe('expired');
    for (const key of [
      `repos/${expired.id}/source.bundle`,
      `reports/${expired.id}/report.json`,
      `cleaned/${expired.id}/repo.zip`,
    ])
      expect(await exists(key)).toBe(false);
    expect((await repos.jobs.findById(kept.id))!.status).toBe('completed');
  });

  it('clean-up: orphans deleted (no job, cancelled job, deleted repository); live and unknown keys kept', async () => {
    expect(await exists(`repos/${orphanJobId}/source.bundle`)).toBe(false);
    expect(await exists(`reports/${cancelled.id}/report.json`)).toBe(false);
    expect(await exists(scanStateKey(orphanRepositoryId))).toBe(false);
    expect(await exists(`repos/${kept.id}/source.bundle`)).toBe(true);
    expect(await exists(`reports/${kept.id}/report.json`)).toBe(true);
    expect(await exists(scanStateKey(liveRepositoryId))).toBe(true);
    expect(await exists('repos/not-a-job-id/readme.txt')).toBe(true);
  });

  it('sweeper: the stuck job is failed with a message and its scan run ends as failed', async () => {
    const job = (await repos.jobs.findById(stuck.id))!;
    expect(job.status).toBe('failed');
    expect(job.errorMessage).toMatch(/no progress for more than 1 minute\(s\) while scanning/);
    const run = (await repos.scanRuns.findById(stuckRunId))!;
    expect(run.status).toBe('failed');
    expect(run.errorMessage).toBe(job.errorMessage);
    const events = await dataSource.query(`SELECT event, payload FROM webhook_deliveries WHERE job_id = $1`, [
      stuck.id,
    ]);
    expect(events).toEqual([expect.objectContaining({ event: 'job.failed' })]);
    const [swept] = await dataSource.query(
      `SELECT details FROM audit_logs WHERE action = 'job.swept' AND target_id = $1`,
      [stuck.id],
    );
    expect(swept.details).toMatchObject({ from: 'scanning', to: 'failed' });
    // fresh active jobs (the scheduled scans' pending jobs) are left alone
    for (const id of dueIds) {
      const runOf = (await repos.scanRuns.listForRepository(id)).items[0];
      expect((await repos.jobs.findById(runOf.jobId!))!.status).toBe('pending');
    }
  });

  it('retention: audit rows past AUDIT_LOG_RETENTION_DAYS are deleted', async () => {
    const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM audit_logs WHERE action = 'old'`);
    expect(row.n).toBe(0);
    const [expiredAudit] = await dataSource.query(
      `SELECT count(*)::int AS n FROM audit_logs WHERE action = 'job.expired' AND target_id = $1`,
      [expired.id],
    );
    expect(expiredAudit.n).toBe(1);
  });

  it('the standby takes over when the leader is killed, and work still happens once', async () => {
    process.kill(-a.pid!, 'SIGKILL');
    const killedAt = new Date();
    await waitFor(
      'B to lead',
      async () => (await runs.list({ since: killedAt })).some((r) => r.instance === instanceOf(b)),
      15_000,
    );
    const newDue = await repos.repositories.create({
      userId: USER,
      url: 'https://203.0.113.9/acme/late.git',
      scheduleCron: '0 3 * * *',
      nextScanAt: new Date(Date.now() - 1000),
    });
    await waitFor('the new due repository to be scanned', async () =>
      (await repos.scanRuns.listForRepository(newDue.id)).total === 1 ? true : null,
    );
    await new Promise((r) => setTimeout(r, 4500));
    expect((await repos.scanRuns.listForRepository(newDue.id)).total).toBe(1);
    expect(await messagesIn('scan')).toBe(dueIds.length + 1);
    const after = await runs.list({ since: killedAt });
    expect(new Set(after.map((r) => r.instance))).toEqual(new Set([instanceOf(b)]));
    const keys = (await runs.list()).map((r) => `${r.cron}@${r.tickAt.toISOString()}`);
    expect(new Set(keys).size).toBe(keys.length);
    // next cron time of the repository's schedule (03:00 UTC)
    const next = (await repos.repositories.findById(newDue.id))!.nextScanAt!;
    expect(next.getUTCHours()).toBe(3);
    expect(next.getUTCMinutes()).toBe(0);
  });

  it('stops cleanly on SIGTERM and releases the lock', async () => {
    process.kill(b.pid!, 'SIGTERM');
    const code = await new Promise<number | null>((resolve) => b.once('exit', (c) => resolve(c)));
    expect(code).toBe(0);
    await waitFor('the lock to be free', async () => !(await runs.isAdvisoryLockHeld(SCHEDULER_LOCK_KEY)));
  });
});
