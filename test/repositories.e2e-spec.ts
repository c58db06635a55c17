// Registered repositories and incremental rescans (SPEC §7). The API through real HTTP against the
// real local PostgreSQL (own database), RabbitMQ (own queue prefix) and an s3rver; then two scans
// of a real git repository through RunScanTask itself (the worker's code, called in-process: the
// worker process end to end is test/worker.e2e-spec.ts), the second incremental.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { connect, type Channel, type ChannelModel } from 'amqplib';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@deployguard/config';
import { buildTopology, createTaskMessage, deleteTopology, TaskPublisher } from '@deployguard/messaging';
import {
  createRepositories,
  runMigrations,
  TransactionRunner,
  type Repositories,
} from '@deployguard/persistence';
import { TriggerScanRun } from '@deployguard/scheduling';
import { ObjectStorage, scanStateKey, Workspace } from '@deployguard/storage';
import { AuthServiceClient, RunScanTask, type TaskLogger } from '@deployguard/tasks';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/api.app';
import { commitFiles, git, initRepo, makeTempDir, removeDir } from './support/git-fixtures';
import { startS3Server, type TestS3Server } from './support/s3-server';
import { createTestDatabase, dropTestDatabase } from './support/service-stack';

jest.setTimeout(30_000);

const RUN = randomBytes(5).toString('hex');
const DB_NAME = `deployguard_sched_test_${RUN}`;
const PREFIX = `test-repos-${RUN}`;
const AMQP = 'amqp://guest:guest@127.0.0.1:5672';
const A = `user-a-${RUN}`;
const B = `user-b-${RUN}`;
const ADMIN = `admin-${RUN}`;
// public TEST-NET-3 addresses: accepted without a DNS lookup
const URL_1 = 'https://203.0.113.7/acme/app.git';
const PAT_1 = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const PAT_2 = 'ghp_' + 'Lq7Xw2Mz9Rb4Tn6Vc1Yk8Hd3Pf5Ja0Gs2EuW';

let s3: TestS3Server;
let config: AppConfig;
let app: INestApplication;
let base: string;
let dataSource: DataSource;
let repos: Repositories;
let amqp: ChannelModel;
let channel: Channel;
const tmp = makeTempDir('dg-repositories-e2e-');

const as = (user: string) => ({
  get: (path: string) => request(base).get(`/api/v2${path}`).set('X-User-ID', user),
  post: (path: string, body?: object) =>
    request(base).post(`/api/v2${path}`).set('X-User-ID', user).send(body),
  patch: (path: string, body: object) =>
    request(base).patch(`/api/v2${path}`).set('X-User-ID', user).send(body),
  delete: (path: string) => request(base).delete(`/api/v2${path}`).set('X-User-ID', user),
});

const scanMessages = async () => (await channel.checkQueue(`${PREFIX}.scan`)).messageCount;

beforeAll(async () => {
  s3 = await startS3Server();
  await createTestDatabase(DB_NAME);
  config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB_NAME}`,
    RABBITMQ_URL: AMQP,
    S3_ENDPOINT: '127.0.0.1',
    S3_PORT: String(s3.port),
    S3_ACCESS_KEY: s3.accessKey,
    S3_SECRET_KEY: s3.secretKey,
    WORKSPACE_ROOT: join(tmp, 'workspace'),
    TASK_MAX_RETRIES: '1',
    TASK_RETRY_BASE_DELAY_MS: '1000',
    ADMIN_USER_IDS: ADMIN,
    SCAN_NOW_COOLDOWN_S: '60',
  });
  await runMigrations(config);
  app = await createApiApp(config, { queuePrefix: PREFIX, logDestination: { write: () => undefined } });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
  dataSource = app.get(DataSource);
  repos = createRepositories(dataSource.manager);
  const publisher = app.get(TaskPublisher);
  for (let i = 0; i < 400 && !publisher.isReady(); i++) await new Promise((r) => setTimeout(r, 25));
  await app.get(ObjectStorage).ensureBucket();
  amqp = await connect(AMQP);
  channel = await amqp.createChannel();
});

afterAll(async () => {
  await app?.close();
  if (channel)
    await deleteTopology(
      channel,
      buildTopology(PREFIX, config.tasks.maxRetries, config.tasks.retryBaseDelayMs),
    );
  await amqp?.close();
  await dropTestDatabase(DB_NAME);
  await s3?.close();
  removeDir(tmp);
});

let repoId: string;

describe('registering, reading, changing and deleting repositories', () => {
  it('registers with a cron schedule (201) and an interval schedule', async () => {
    const res = await as(A)
      .post('/repositories', { url: URL_1, branch: 'main', credentials_id: 'cred-1', schedule: '0 3 * * *' })
      .expect(201);
    expect(res.body).toMatchObject({
      url: URL_1,
      branch: 'main',
      credentials_id: 'cred-1',
      schedule: '0 3 * * *',
      schedule_type: 'cron',
      enabled: true,
      webhook_url: null,
      last_scan_at: null,
    });
    expect(new Date(res.body.next_scan_at).getUTCHours()).toBe(3);
    repoId = res.body.id;
    const interval = await as(A)
      .post('/repositories', {
        url: 'https://203.0.113.7/acme/lib.git',
        schedule: 3600,
        webhook_url: 'https://203.0.113.50/hook',
      })
      .expect(201);
    expect(interval.body).toMatchObject({ schedule: 3600, schedule_type: 'interval' });
    const inAnHour = Date.now() + 3600_000;
    expect(Math.abs(new Date(interval.body.next_scan_at).getTime() - inAnHour)).toBeLessThan(60_000);
  });

  it.each([
    [{ url: URL_1, schedule: 'every day' }, /cron expression of 5 fields/],
    [{ url: URL_1, schedule: '*/5 * * * * *' }, /cron expression of 5 fields/],
    [{ url: URL_1, schedule: '0 0 31 2 *' }, /never fires/],
    [{ url: URL_1, schedule: 30 }, /interval in whole seconds from 60/],
    [{ url: URL_1, schedule: 90.5 }, /interval in whole seconds/],
    [{ url: URL_1, schedule: true }, /cron expression/],
    [{ url: URL_1 }, /schedule is required/],
    [{ url: 'file:///etc/passwd', schedule: 3600 }, /url: .*not allowed/],
    [{ url: 'https://bob:hunter2hunter2@203.0.113.7/x.git', schedule: 3600 }, /must not contain a password/],
    [{ url: URL_1, schedule: 3600, webhook_url: 'ftp://203.0.113.7/x' }, /webhook_url must be an https/],
    [{ url: URL_1, schedule: 3600, credentials_id: 'a/b' }, /credentials id/],
    [{ url: URL_1, schedule: 3600, owner: 'someone' }, /property owner should not exist/],
  ])('refuses %j with a 400 saying what is accepted', async (body, message) => {
    const res = await as(A).post('/repositories', body).expect(400);
    expect(res.body.status_code).toBe(400);
    expect(res.body.message).toMatch(message);
    expect(JSON.stringify(res.body)).not.toContain('hunter2hunter2');
  });

  it("lists only the caller's repositories, paginated", async () => {
    const page = await as(A).get('/repositories?page=1&page_size=1').expect(200);
    expect(page.body).toMatchObject({ total: 2, page: 1, page_size: 1 });
    expect(page.body.items).toHaveLength(1);
    expect((await as(B).get('/repositories').expect(200)).body.total).toBe(0);
  });

  it("answers 404 for another user's repository on every route, 400 for a malformed id", async () => {
    await as(A).get(`/repositories/${repoId}`).expect(200);
    await as(B).get(`/repositories/${repoId}`).expect(404);
    await as(B).patch(`/repositories/${repoId}`, { enabled: false }).expect(404);
    await as(B).delete(`/repositories/${repoId}`).expect(404);
    await as(B).post(`/repositories/${repoId}/scan`).expect(404);
    await as(B).get(`/repositories/${repoId}/scan-runs`).expect(404);
    const bad = await as(A).get('/repositories/not-a-uuid').expect(400);
    expect(bad.body.message).toMatch(/must be a UUID/);
    await request(base).get('/api/v2/repositories').expect(401);
  });

  it('updates: a new schedule moves next_scan_at, disabling clears it, nonsense is a 400', async () => {
    const res = await as(A).patch(`/repositories/${repoId}`, { schedule: '30 5 * * 1' }).expect(200);
    expect(res.body.schedule).toBe('30 5 * * 1');
    const next = new Date(res.body.next_scan_at);
    expect([next.getUTCDay(), next.getUTCHours(), next.getUTCMinutes()]).toEqual([1, 5, 30]);
    const disabled = await as(A).patch(`/repositories/${repoId}`, { enabled: false }).expect(200);
    expect(disabled.body).toMatchObject({ enabled: false, next_scan_at: null });
    const enabled = await as(A)
      .patch(`/repositories/${repoId}`, { enabled: true, webhook_url: null })
      .expect(200);
    expect(enabled.body.next_scan_at).not.toBeNull();
    expect((await as(A).patch(`/repositories/${repoId}`, {}).expect(400)).body.message).toMatch(
      /nothing to update/,
    );
    await as(A).patch(`/repositories/${repoId}`, { url: null }).expect(400);
    await as(A).patch(`/repositories/${repoId}`, { schedule: '61 * * * *' }).expect(400);
  });
});

describe('manual scans, bulk scans and the scheduler status', () => {
  it('a manual trigger queues one scan run (202) and returns it again while it is queued (200)', async () => {
    const before = await scanMessages();
    const first = await as(A).post(`/repositories/${repoId}/scan`).expect(202);
    expect(first.body).toMatchObject({
      status: 'queued',
      trigger: 'manual',
      created: true,
      repository_id: repoId,
    });
    expect(first.body.job_id).toMatch(/^[0-9a-f-]{36}$/);
    const again = await as(A).post(`/repositories/${repoId}/scan`).expect(200);
    expect(again.body).toMatchObject({ id: first.body.id, created: false });
    expect(await scanMessages()).toBe(before + 1);
    const job = await repos.jobs.findById(first.body.job_id);
    expect(job).toMatchObject({ repositoryId: repoId, sourceUrl: URL_1, sourceCredentialsId: 'cred-1' });
    const runs = await as(A).get(`/repositories/${repoId}/scan-runs`).expect(200);
    expect(runs.body.total).toBe(1);
    expect(runs.body.items[0]).toMatchObject({ id: first.body.id, progress_percent: 0, error_message: null });
  });

  it('writes audit rows naming the repository', async () => {
    const rows = await dataSource.query(
      `SELECT action, target_type, target_id, details->>'status_code' AS code FROM audit_logs WHERE user_id = $1 AND action LIKE 'repository.%' ORDER BY created_at`,
      [A],
    );
    const actions = rows.map((r: { action: string }) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['repository.register', 'repository.update', 'repository.scan']),
    );
    const scans = rows.filter((r: { action: string }) => r.action === 'repository.scan');
    expect(scans.map((r: { code: string }) => r.code)).toEqual(['202', '200']);
    expect(
      scans.every(
        (r: { target_type: string; target_id: string }) =>
          r.target_type === 'repository' && r.target_id === repoId,
      ),
    ).toBe(true);
  });

  it('bulk trigger: 403 for a non-admin, 202 for an admin, 429 with Retry-After within the cooldown', async () => {
    const denied = await as(A).post('/scan/now').expect(403);
    expect(denied.body.message).toMatch(/administrators/);
    const before = await scanMessages();
    const accepted = await as(ADMIN).post('/scan/now').expect(202);
    // both enabled repositories: one already has a queued run, the other gets one
    expect(accepted.body).toMatchObject({ repositories: 2, queued: 1, already_active: 1, failed: 0 });
    expect(await scanMessages()).toBe(before + 1);
    const limited = await as(ADMIN).post('/scan/now').expect(429);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body.message).toMatch(/try again in \d+ s/);
  });

  it('reports the scheduler status: no leader here, five crons, queue depth, active scans, totals', async () => {
    const res = await as(ADMIN).get('/scheduler/status').expect(200);
    expect(res.body.scope).toBe('all');
    expect(res.body.running).toBe(false);
    expect(res.body.crons.map((c: { name: string }) => c.name)).toEqual([
      'expiry',
      'cleanup',
      'sweep',
      'scans',
      'retention',
    ]);
    for (const cron of res.body.crons) {
      expect(cron.last_run).toBeNull();
      expect(new Date(cron.next_run_at).getTime()).toBeGreaterThan(Date.now() - 1000);
    }
    expect(res.body.queue_depth.scan).toBe(await scanMessages());
    expect(res.body.active_scans).toEqual({ queued: 2, running: 0 });
    expect(res.body.totals).toMatchObject({ repositories: 2, enabled_repositories: 2 });
  });

  // Issue 11 item 8: B registered nothing and used to see A's totals.
  it('shows a user the figures of their own repositories only, without queue depths', async () => {
    const b = await as(B).get('/scheduler/status').expect(200);
    expect(b.body.scope).toBe('user');
    expect(b.body.queue_depth).toBeNull();
    expect(b.body.active_scans).toEqual({ queued: 0, running: 0 });
    expect(b.body.totals).toMatchObject({ repositories: 0, enabled_repositories: 0, scan_runs_succeeded: 0 });
    const a = await as(A).get('/scheduler/status').expect(200);
    expect(a.body.active_scans).toEqual({ queued: 2, running: 0 });
    expect(a.body.totals).toMatchObject({ repositories: 2, enabled_repositories: 2 });
  });

  it('deletes a repository (its scan runs go with it), then it is a 404', async () => {
    await as(A).delete(`/repositories/${repoId}`).expect(200, { id: repoId, deleted: true });
    await as(A).get(`/repositories/${repoId}`).expect(404);
    expect((await repos.scanRuns.listForRepository(repoId)).total).toBe(0);
  });
});

describe('incremental rescans through RunScanTask', () => {
  const silent: TaskLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
  let task: RunScanTask;
  let trigger: TriggerScanRun;
  let work: string;

  async function scanOnce(registrationId: string) {
    const registration = (await repos.repositories.findById(registrationId))!;
    const { run, created } = await trigger.execute(registration, 'schedule');
    expect(created).toBe(true);
    // the message the API published goes to no worker here: the task runs in-process instead
    await channel.purgeQueue(`${PREFIX}.scan`);
    const message = createTaskMessage({ job_id: run.job_id!, user_id: A, kind: 'scan' });
    const outcome = await task.run(message, {
      signal: new AbortController().signal,
      attempt: 0,
      redelivered: false,
    });
    expect(outcome).toBe('succeeded');
    return { run: (await repos.scanRuns.findById(run.id))!, jobId: run.job_id! };
  }

  beforeAll(() => {
    const local = { ...config, git: { ...config.git, allowLocalUrls: true, allowPrivateUrls: true } };
    mkdirSync(join(tmp, 'workspace'), { recursive: true });
    task = new RunScanTask({
      config: local,
      repos,
      storage: app.get(ObjectStorage),
      workspace: new Workspace(join(tmp, 'workspace')),
      auth: new AuthServiceClient({ baseUrl: 'http://127.0.0.1:9' }),
      logger: silent,
    });
    trigger = new TriggerScanRun(app.get(TransactionRunner), app.get(TaskPublisher), local);
    work = initRepo(join(tmp, 'work'));
    commitFiles(work, {
      'README.md': '# app\n',
      'src/config.js': `const token = "${PAT_1}";\n`,
      ...Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [`lib/file-${i}.js`, `export const n = ${i};\n`]),
      ),
    });
    commitFiles(work, { 'docs/guide.md': 'how to\n' }, 'docs');
  });

  it('scans in full the first time, then only new objects, and only new findings are new', async () => {
    const registration = await repos.repositories.create({ userId: A, url: work, scheduleIntervalS: 3600 });
    const first = await scanOnce(registration.id);
    expect(first.run).toMatchObject({
      status: 'succeeded',
      progressPercent: 100,
      newFindings: 1,
      totalFindings: 1,
    });
    expect(first.run.objectsScanned).toBeGreaterThanOrEqual(23);
    expect(first.run.durationMs).toEqual(expect.any(Number));
    const stateKey = scanStateKey(registration.id);
    const state = JSON.parse((await app.get(ObjectStorage).getBuffer(stateKey)).toString('utf8'));
    expect(state.refTips).toContain(git(work, ['rev-parse', 'HEAD']));
    expect(state.objects.length).toBeGreaterThanOrEqual(first.run.objectsScanned);
    let stored = (await repos.repositories.findById(registration.id))!;
    expect(stored).toMatchObject({ lastScanRunId: first.run.id, seenObjectsKey: stateKey });
    expect(stored.lastScanAt).not.toBeNull();
    expect(stored.nextScanAt!.getTime()).toBeGreaterThan(Date.now() + 3500_000);

    // the old secret moves to a new blob (a line added around it) and a new secret appears
    commitFiles(work, {
      'src/config.js': `// settings\nconst token = "${PAT_1}";\n`,
      'deploy.sh': `curl -H "Authorization: token ${PAT_2}" https://api.github.com\n`,
    });
    const second = await scanOnce(registration.id);
    expect(second.run).toMatchObject({ status: 'succeeded', newFindings: 1, totalFindings: 2 });
    // only the two new blobs were read, not the 23 of the first scan
    expect(second.run.objectsScanned).toBe(2);
    const secrets = await repos.secrets.listForJob(second.jobId);
    const byPath = Object.fromEntries(secrets.map((s) => [s.filePath, s]));
    expect(byPath['src/config.js']).toMatchObject({ isNew: false, firstSeenJobId: first.jobId });
    expect(byPath['deploy.sh']).toMatchObject({ isNew: true, firstSeenJobId: second.jobId });
    // fingerprints stay stable across rescans
    const firstSecrets = await repos.secrets.listForJob(first.jobId);
    expect(byPath['src/config.js'].fingerprint).toBe(firstSecrets[0].fingerprint);
    stored = (await repos.repositories.findById(registration.id))!;
    expect(stored.lastScanRunId).toBe(second.run.id);

    // nothing new at all: an incremental scan reads nothing and reports nothing new
    commitFiles(work, {}, 'empty', { allowEmpty: true });
    const third = await scanOnce(registration.id);
    expect(third.run).toMatchObject({
      status: 'succeeded',
      newFindings: 0,
      totalFindings: 2,
      objectsScanned: 0,
    });
  });
});
