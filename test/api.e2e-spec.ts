// The API through real HTTP against the real local PostgreSQL (a database of its own, dropped at
// the end), the real local RabbitMQ (a queue prefix of its own, deleted at the end) and s3rver.
// No worker runs here: jobs are moved to awaiting_selection / cleaned by writing rows directly
// through the repositories, as a worker would.
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { connect, type Channel, type ChannelModel } from 'amqplib';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@deployguard/config';
import { buildTopology, deleteTopology, MessagingConnection, TaskPublisher } from '@deployguard/messaging';
import {
  AuditLogRepository,
  JobRepository,
  runMigrations,
  secretHashOf,
  SecretRepository,
  type JobEntity,
  type JobStatus,
} from '@deployguard/persistence';
import { cleanedKey, ObjectStorage, repoKey, reportKey } from '@deployguard/storage';
import { createApiApp } from '../apps/api/src/api.app';
import { startS3Server, type TestS3Server } from './support/s3-server';
import { createTestDatabase, dropTestDatabase } from './support/service-stack';

jest.setTimeout(30_000);

const RUN = randomBytes(5).toString('hex');
const DB_NAME = `deployguard_api_test_${RUN}`;
const PREFIX = `test-api-${RUN}`;
const AMQP = 'amqp://guest:guest@127.0.0.1:5672';
const A = `user-a-${RUN}`;
const B = `user-b-${RUN}`;
// public TEST-NET-3 addresses: accepted without a DNS lookup
const SOURCE = 'https://203.0.113.7/acme/app.git';
const TARGET = 'https://203.0.113.8/acme/app-clean.git';
const CREDENTIALS_ID = `cred-${RUN}-never-in-a-message`;
const URL_PASSWORD = 'ghp_UrlPasswordMustNeverLeak0123456789';

let s3: TestS3Server;
let config: AppConfig;
let app: INestApplication;
let base: string;
let jobs: JobRepository;
let secrets: SecretRepository;
let storage: ObjectStorage;
let amqp: ChannelModel;
let channel: Channel;
const logLines: string[] = [];

function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB_NAME}`,
    RABBITMQ_URL: AMQP,
    S3_ENDPOINT: '127.0.0.1',
    S3_PORT: String(s3.port),
    S3_ACCESS_KEY: s3.accessKey,
    S3_SECRET_KEY: s3.secretKey,
    S3_BUCKET: 'deployguard',
    WORKSPACE_ROOT: `/tmp/deployguard-api-test-${RUN}`,
    TASK_MAX_RETRIES: '1',
    TASK_RETRY_BASE_DELAY_MS: '1000',
    ...overrides,
  });
}

const api = () => request(base);
const asUser = (user: string) => ({
  get: (path: string) => api().get(`/api/v2${path}`).set('X-User-ID', user),
  post: (path: string, body?: object | string) => {
    const req = api().post(`/api/v2${path}`).set('X-User-ID', user);
    return body === undefined ? req : req.send(body);
  },
  delete: (path: string) => api().delete(`/api/v2${path}`).set('X-User-ID', user),
});
const newJobBody = (extra: Record<string, unknown> = {}) => ({
  source_platform: 'github',
  source_url: SOURCE,
  source_branch: 'main',
  source_credentials_id: CREDENTIALS_ID,
  ...extra,
});

// Writes what a worker would: status transitions and findings (no worker runs in this test).
async function seedJob(userId: string, status: JobStatus, findings = 2): Promise<JobEntity> {
  const job = await jobs.create({
    userId,
    sourcePlatform: 'github',
    sourceUrl: SOURCE,
    sourceCredentialsId: 'c',
  });
  const path: Partial<Record<JobStatus, JobStatus[]>> = {
    pending: [],
    scanning: ['cloning', 'scanning'],
    awaiting_selection: ['cloning', 'scanning', 'awaiting_selection'],
    cleaned: ['cloning', 'scanning', 'awaiting_selection', 'cleaning', 'cleaned'],
    pushed: ['cloning', 'scanning', 'awaiting_selection', 'cleaning', 'cleaned', 'pushing', 'pushed'],
  };
  for (const next of path[status]!) {
    if (next === 'awaiting_selection') {
      await secrets.insertMany(
        job.id,
        Array.from({ length: findings }, (_, i) => ({
          fingerprint: randomBytes(16).toString('hex'),
          ruleId: 'aws-access-key',
          secretType: 'AWS Access Key',
          secretValuePreview: `AKI*****${i}`,
          secretHash: secretHashOf(config.keys.secretHashKey, `value-${job.id}-${i}`),
          filePath: `src/file-${i}.ts`,
          line: i + 1,
          commitSha: 'a'.repeat(40),
          severity: 'high' as const,
          ...(i === 0 && { confidence: 'low' as const }),
        })),
      );
    }
    await jobs.updateStatus(job.id, next);
  }
  if (status === 'cleaned' || status === 'pushed') {
    await jobs.update(job.id, {
      cleanedArchiveKey: cleanedKey(job.id, 'repo.zip'),
      cleanedBundleKey: cleanedKey(job.id, 'repo.bundle'),
    });
  }
  return (await jobs.findById(job.id))!;
}

async function takeMessage(kind: 'scan' | 'clean' | 'push'): Promise<Record<string, unknown>> {
  const message = await channel.get(`${PREFIX}.${kind}`, { noAck: true });
  if (!message) throw new Error(`no message on ${PREFIX}.${kind}`);
  return JSON.parse(message.content.toString('utf8')) as Record<string, unknown>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  s3 = await startS3Server();
  await createTestDatabase(DB_NAME);
  config = testConfig();
  await runMigrations(config);
  app = await createApiApp(config, {
    queuePrefix: PREFIX,
    logDestination: { write: (line: string) => logLines.push(line) },
  });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
  jobs = app.get(JobRepository);
  secrets = app.get(SecretRepository);
  storage = app.get(ObjectStorage);
  await app.get(MessagingConnection).waitUntilConnected(10_000);
  const publisher = app.get(TaskPublisher);
  for (let i = 0; i < 200 && !publisher.isReady(); i++) await new Promise((r) => setTimeout(r, 25));
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
});

describe('health, docs and metrics', () => {
  it('answers liveness and readiness of each dependency without X-User-ID', async () => {
    await api().get('/api/v2/health').expect(200, { status: 'ok' });
    const ready = await api().get('/api/v2/health/ready').expect(200);
    expect(ready.body.status).toBe('ok');
    for (const name of ['database', 'broker', 'storage']) expect(ready.body.details[name].status).toBe('up');
  });

  it('serves the OpenAPI document and UI', async () => {
    const doc = await api().get('/api/v2/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/v2/jobs', '/api/v2/jobs/{id}/secrets/select', '/api/v2/health/ready']),
    );
    // answers have schemas: a secret's fields, the 302 of /download with its Location, the 503
    const paths = doc.body.paths;
    const secretsPage =
      paths['/api/v2/jobs/{id}/secrets'].get.responses['200'].content['application/json'].schema;
    expect(secretsPage.$ref).toBe('#/components/schemas/SecretPageSchema');
    expect(Object.keys(doc.body.components.schemas.SecretViewSchema.properties)).toEqual(
      expect.arrayContaining(['rule_id', 'severity', 'confidence', 'fingerprint', 'is_new']),
    );
    const download = paths['/api/v2/jobs/{id}/download'].get.responses;
    expect(download['302'].headers.Location).toBeDefined();
    expect(paths['/api/v2/jobs'].post.responses['503'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/ErrorSchema',
    );
    const schemaOf = (path: string) =>
      paths[path].get.responses['200'].content['application/json'].schema.$ref;
    expect(schemaOf('/api/v2/jobs/{id}/clean-report')).toBe('#/components/schemas/CleanReportSchema');
    expect(schemaOf('/api/v2/repositories')).toBe('#/components/schemas/RepositoryPageSchema');
    expect(schemaOf('/api/v2/repositories/{id}/scan-runs')).toBe('#/components/schemas/ScanRunPageSchema');
    expect(schemaOf('/api/v2/webhooks/deliveries')).toBe('#/components/schemas/WebhookDeliveryPageSchema');
    // A real answer has exactly the documented fields.
    const job = await seedJob(A, 'awaiting_selection');
    const report = await asUser(A).get(`/jobs/${job.id}/clean-report`).expect(200);
    expect(Object.keys(report.body).sort()).toEqual(
      Object.keys(doc.body.components.schemas.CleanReportSchema.properties).sort(),
    );
    expect((await api().get('/api/v2/docs').redirects(1)).text).toContain('swagger');
  });

  it('exposes deployguard_jobs by status and request durations', async () => {
    await seedJob(A, 'awaiting_selection');
    const metrics = await api().get('/api/v2/metrics').expect(200);
    expect(metrics.text).toMatch(/deployguard_jobs\{status="awaiting_selection"\} [1-9]/);
    expect(metrics.text).toMatch(/http_request_duration_seconds_bucket\{.*route="\/api\/v2\/health\/ready"/);
    expect(metrics.text).toContain('process_cpu_user_seconds_total');
  });
});

describe('creating and reading jobs', () => {
  it('creates a job and its scan message together; the message carries ids only', async () => {
    const res = await asUser(A).post('/jobs', newJobBody()).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), status: 'pending', progress_percent: 0 });
    const raw = await channel.get(`${PREFIX}.scan`, { noAck: true });
    expect(raw).not.toBe(false);
    const body = raw ? raw.content.toString('utf8') : '';
    expect(JSON.parse(body)).toEqual({
      task_id: expect.any(String),
      job_id: res.body.id,
      user_id: A,
      kind: 'scan',
      attempt: 0,
      enqueued_at: expect.any(String),
    });
    expect(body).not.toContain(CREDENTIALS_ID);
    expect(body).not.toContain('203.0.113.7');
    const row = await jobs.findForUser(res.body.id, A);
    expect(row).toMatchObject({
      sourceUrl: SOURCE,
      sourceCredentialsId: CREDENTIALS_ID,
      sourceBranch: 'main',
    });
  });

  it('accepts ssh and scp-like URLs', async () => {
    await asUser(A)
      .post('/jobs', newJobBody({ source_url: 'git@203.0.113.7:acme/app.git' }))
      .expect(201);
    await asUser(A)
      .post('/jobs', newJobBody({ source_url: 'ssh://git@203.0.113.7:2222/acme/app.git' }))
      .expect(201);
    await takeMessage('scan');
    await takeMessage('scan');
  });

  it('lists the caller’s jobs with pagination and a status filter', async () => {
    const user = `user-list-${RUN}`;
    const created: string[] = [];
    for (let i = 0; i < 3; i++)
      created.push((await asUser(user).post('/jobs', newJobBody()).expect(201)).body.id);
    const waiting = await seedJob(user, 'awaiting_selection');
    const page1 = await asUser(user).get('/jobs?page=1&page_size=2').expect(200);
    expect(page1.body).toMatchObject({ total: 4, page: 1, page_size: 2 });
    expect(page1.body.items).toHaveLength(2);
    const page2 = await asUser(user).get('/jobs?page=2&page_size=2').expect(200);
    const ids = [...page1.body.items, ...page2.body.items].map((j: { id: string }) => j.id);
    expect(new Set(ids)).toEqual(new Set([...created, waiting.id]));
    const pending = await asUser(user).get('/jobs?status=pending').expect(200);
    expect(pending.body.total).toBe(3);
    expect(pending.body.items.every((j: { status: string }) => j.status === 'pending')).toBe(true);
    const filtered = await asUser(user).get('/jobs?status=awaiting_selection').expect(200);
    expect(filtered.body.items.map((j: { id: string }) => j.id)).toEqual([waiting.id]);
    const defaults = await asUser(user).get('/jobs').expect(200);
    expect(defaults.body).toMatchObject({ total: 4, page: 1, page_size: 20 });
    expect(defaults.body.items[0]).not.toHaveProperty('source_credentials_id');
    for (let i = 0; i < 3; i++) await takeMessage('scan');
  });

  it('returns a job with its secrets, and pages of secrets', async () => {
    const job = await seedJob(A, 'awaiting_selection', 3);
    const res = await asUser(A).get(`/jobs/${job.id}`).expect(200);
    expect(res.body.job).toMatchObject({ id: job.id, status: 'awaiting_selection', progress_percent: 100 });
    expect(res.body.secrets).toHaveLength(3);
    expect(Object.keys(res.body.secrets[0]).sort()).toEqual(
      [
        'author',
        'commit_date',
        'commit_sha',
        'confidence',
        'false_positive',
        'file_path',
        'fingerprint',
        'id',
        'is_new',
        'line',
        'location',
        'ref',
        'rule_id',
        'secret_type',
        'severity',
        'secret_value_preview',
        'selected_for_cleaning',
        'value_group',
      ].sort(),
    );
    // equal values share a group, a keyed hash prefix (each seeded value differs here)
    const groups = res.body.secrets.map((x: { value_group: string }) => x.value_group);
    expect(groups.every((g: string) => /^[0-9a-f]{16}$/.test(g))).toBe(true);
    expect(new Set(groups).size).toBe(3);
    expect(res.body.secrets[0]).toMatchObject({ rule_id: 'aws-access-key', severity: 'high' });
    // Each secret says how sure its match is (stored with the finding; `high` when not given).
    expect(res.body.secrets.map((x: { confidence: string }) => x.confidence).sort()).toEqual([
      'high',
      'high',
      'low',
    ]);
    const page = await asUser(A).get(`/jobs/${job.id}/secrets?page_size=2&page=2`).expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 2, page_size: 2 });
    expect(page.body.items).toHaveLength(1);
  });
});

describe('select, clean, download, push, report', () => {
  it('refuses to clean a selected value that is also in a commit author identity', async () => {
    const job = await seedJob(A, 'awaiting_selection', 1);
    const [secret] = await secrets.listForJob(job.id);
    await asUser(A)
      .post(`/jobs/${job.id}/secrets/select`, { secret_ids: [secret.id] })
      .expect(200);
    await secrets.insertMany(job.id, [
      {
        fingerprint: randomBytes(16).toString('hex'),
        ruleId: 'aws-access-key',
        secretType: 'AWS Access Key',
        secretValuePreview: 'AKI*****a',
        secretHash: secret.secretHash,
        filePath: null,
        location: 'author',
        line: 1,
        commitSha: 'a'.repeat(40),
        severity: 'high' as const,
      },
    ]);
    const refused = await asUser(A).post(`/jobs/${job.id}/clean`).expect(400);
    expect(refused.body.message).toContain(
      `secret(s) ${secret.id} of job ${job.id} are also in commit author`,
    );
    expect((await jobs.findById(job.id))!.status).toBe('awaiting_selection');
  });

  it('runs the user side of the flow', async () => {
    const job = await seedJob(A, 'awaiting_selection', 3);
    const listed = (await asUser(A).get(`/jobs/${job.id}/secrets`).expect(200)).body.items as {
      id: string;
    }[];
    const select = await asUser(A)
      .post(`/jobs/${job.id}/secrets/select`, {
        secret_ids: [listed[0].id, listed[1].id],
        mark_false_positives: [listed[2].id],
      })
      .expect(200);
    expect(select.body).toEqual({ job_id: job.id, selected_count: 2, false_positive_count: 1 });
    const stored = await secrets.listForJob(job.id);
    expect(
      stored
        .filter((s) => s.selectedForCleaning)
        .map((s) => s.id)
        .sort(),
    ).toEqual([listed[0].id, listed[1].id].sort());
    expect(stored.filter((s) => s.falsePositive).map((s) => s.id)).toEqual([listed[2].id]);

    const clean = await asUser(A).post(`/jobs/${job.id}/clean`).expect(202);
    expect(clean.body).toEqual({ id: job.id, status: 'cleaning', progress_percent: 0 });
    expect(await takeMessage('clean')).toMatchObject({ job_id: job.id, kind: 'clean', user_id: A });
    await asUser(A).post(`/jobs/${job.id}/clean`).expect(409);

    // the worker's part: cleaned, with the archive and bundle in storage
    await jobs.updateStatus(job.id, 'cleaned');
    await jobs.update(job.id, {
      cleanedArchiveKey: cleanedKey(job.id, 'repo.zip'),
      cleanedBundleKey: cleanedKey(job.id, 'repo.bundle'),
    });
    await storage.putBuffer(cleanedKey(job.id, 'repo.zip'), Buffer.from('zip bytes'));
    await storage.putBuffer(cleanedKey(job.id, 'repo.bundle'), Buffer.from('bundle bytes'));
    const zip = await asUser(A).get(`/jobs/${job.id}/download`).expect(302);
    expect(zip.headers.location).toContain(`/cleaned/${job.id}/repo.zip`);
    expect(zip.headers.location).toMatch(/X-Amz-Expires=300/);
    expect(Buffer.from(await (await fetch(zip.headers.location)).arrayBuffer()).toString()).toBe('zip bytes');
    const bundle = await asUser(A).get(`/jobs/${job.id}/download?format=bundle`).expect(302);
    expect(Buffer.from(await (await fetch(bundle.headers.location)).arrayBuffer()).toString()).toBe(
      'bundle bytes',
    );
    // the same URL as JSON, for the review panel
    const link = await asUser(A).get(`/jobs/${job.id}/download-url?format=bundle`).expect(200);
    expect(link.body).toEqual({
      url: expect.stringContaining(`/cleaned/${job.id}/repo.bundle`),
      format: 'bundle',
    });
    expect(Buffer.from(await (await fetch(link.body.url)).arrayBuffer()).toString()).toBe('bundle bytes');

    await storage.putBuffer(
      reportKey(job.id, 'report.json'),
      Buffer.from('{"findings":[{"value":"AKI*****0"}]}'),
    );
    await storage.putBuffer(reportKey(job.id, 'report.sarif'), Buffer.from('{"version":"2.1.0","runs":[]}'));
    const json = await asUser(A).get(`/jobs/${job.id}/report`).expect(200);
    expect(json.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(json.text ?? json.body.toString())).toEqual({ findings: [{ value: 'AKI*****0' }] });
    const sarif = await asUser(A)
      .get(`/jobs/${job.id}/report?format=sarif`)
      .buffer(true)
      .parse((res, cb) => {
        let data = '';
        res.on('data', (c: Buffer) => (data += c.toString()));
        res.on('end', () => cb(null, data));
      })
      .expect(200);
    expect(sarif.headers['content-type']).toMatch(/application\/sarif\+json/);
    expect(JSON.parse(sarif.body as string)).toEqual({ version: '2.1.0', runs: [] });

    const push = await asUser(A)
      .post(`/jobs/${job.id}/push`, {
        target_platform: 'gitlab',
        target_url: TARGET,
        target_credentials_id: CREDENTIALS_ID,
        force_push: true,
      })
      .expect(202);
    expect(push.body).toEqual({ id: job.id, status: 'pushing', progress_percent: 0 });
    const message = await takeMessage('push');
    expect(message).toMatchObject({ job_id: job.id, kind: 'push' });
    expect(JSON.stringify(message)).not.toContain(CREDENTIALS_ID);
    expect(await jobs.findById(job.id)).toMatchObject({
      targetUrl: TARGET,
      targetPlatform: 'gitlab',
      forcePush: true,
      targetCredentialsId: CREDENTIALS_ID,
    });
    // still downloadable while pushing
    await asUser(A).get(`/jobs/${job.id}/download`).expect(302);
  });

  it('answers 404 for a report that is not stored', async () => {
    const job = await seedJob(A, 'awaiting_selection');
    const res = await asUser(A).get(`/jobs/${job.id}/report`).expect(404);
    expect(res.body.message).toMatch(/no json report is stored/);
  });
});

describe('cancel (DELETE)', () => {
  it.each(['pushed', 'cleaned'] as const)(
    'removes a %s job and every stored object: GET and /download then answer 404',
    async (status) => {
      const job = await seedJob(A, status);
      const keys = [
        repoKey(job.id, 'source.bundle'),
        reportKey(job.id, 'report.json'),
        cleanedKey(job.id, 'repo.zip'),
      ];
      for (const key of keys) await storage.putBuffer(key, Buffer.from('x'));
      await asUser(A).get(`/jobs/${job.id}/download`).expect(302);
      const res = await asUser(A).delete(`/jobs/${job.id}`).expect(200);
      expect(res.body).toMatchObject({ id: job.id, status, outcome: 'removed' });
      for (const area of ['repos', 'reports', 'cleaned'])
        expect(await storage.listPrefix(`${area}/${job.id}/`)).toEqual([]);
      await asUser(A).get(`/jobs/${job.id}`).expect(404);
      await asUser(A).get(`/jobs/${job.id}/download`).expect(404);
      expect(await jobs.findById(job.id)).toBeNull();
      expect(await secrets.listForJob(job.id)).toEqual([]);
      await asUser(A).delete(`/jobs/${job.id}`).expect(404);
    },
  );

  it('cancels a queued job at once and deletes its stored objects; a second DELETE removes it', async () => {
    const job = await seedJob(A, 'pending');
    await storage.putBuffer(repoKey(job.id, 'source.bundle'), Buffer.from('x'));
    const res = await asUser(A).delete(`/jobs/${job.id}`).expect(200);
    expect(res.body).toMatchObject({
      id: job.id,
      status: 'cancelled',
      outcome: 'cancelled',
      cancel_requested: true,
    });
    expect(await storage.listPrefix(`repos/${job.id}/`)).toEqual([]);
    await asUser(A).get(`/jobs/${job.id}`).expect(200);
    expect((await asUser(A).delete(`/jobs/${job.id}`).expect(200)).body).toMatchObject({
      outcome: 'removed',
    });
    await asUser(A).get(`/jobs/${job.id}`).expect(404);
  });

  it('only flags a running job: its task stops at the next checkpoint', async () => {
    const job = await seedJob(A, 'scanning');
    await storage.putBuffer(repoKey(job.id, 'source.bundle'), Buffer.from('x'));
    const res = await asUser(A).delete(`/jobs/${job.id}`).expect(202);
    expect(res.body).toMatchObject({ status: 'scanning', cancel_requested: true, outcome: 'cancelling' });
    expect(await jobs.setProgress(job.id, 50)).toEqual({ updated: true, cancelRequested: true });
    // the worker deletes what it stored when it stops; the API leaves it alone meanwhile
    expect(await storage.listPrefix(`repos/${job.id}/`)).toHaveLength(1);
  });
});

describe('tenancy', () => {
  it('answers 404 to another user for every route of a job, and changes nothing', async () => {
    const waiting = await seedJob(A, 'awaiting_selection');
    const cleaned = await seedJob(A, 'cleaned');
    const [secret] = await secrets.listForJob(waiting.id);
    const b = asUser(B);
    const answers = await Promise.all([
      b.get(`/jobs/${waiting.id}`),
      b.get(`/jobs/${waiting.id}/secrets`),
      b.post(`/jobs/${waiting.id}/secrets/select`, { secret_ids: [secret.id] }),
      b.post(`/jobs/${waiting.id}/clean`),
      b.get(`/jobs/${cleaned.id}/download`),
      b.post(`/jobs/${cleaned.id}/push`, {
        target_platform: 'github',
        target_url: TARGET,
        target_credentials_id: 'x',
      }),
      b.get(`/jobs/${waiting.id}/report`),
      b.delete(`/jobs/${waiting.id}`),
      b.delete(`/jobs/${cleaned.id}`),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({
        status_code: 404,
        error: 'Not Found',
        message: expect.stringMatching(/^job .* not found$/),
      });
    }
    expect((await b.get('/jobs').expect(200)).body.items.map((j: { id: string }) => j.id)).not.toContain(
      waiting.id,
    );
    expect(await jobs.findById(waiting.id)).toMatchObject({
      status: 'awaiting_selection',
      cancelRequested: false,
    });
    expect(await jobs.findById(cleaned.id)).toMatchObject({ status: 'cleaned', cancelRequested: false });
    expect((await secrets.listForJob(waiting.id)).some((s) => s.selectedForCleaning)).toBe(false);
  });
});

describe('malformed requests', () => {
  type Case = [name: string, send: () => request.Test, status: number, message: RegExp];
  let waiting: JobEntity;
  let other: JobEntity;
  let scanning: JobEntity;
  let cleaned: JobEntity;
  let unselected: JobEntity;
  beforeAll(async () => {
    waiting = await seedJob(A, 'awaiting_selection');
    other = await seedJob(A, 'awaiting_selection');
    scanning = await seedJob(A, 'scanning');
    cleaned = await seedJob(A, 'cleaned');
    unselected = await seedJob(A, 'awaiting_selection');
  });

  const a = asUser(A);
  const create = (extra: Record<string, unknown>) => () => a.post('/jobs', newJobBody(extra));
  const cases = (): Case[] => [
    [
      'empty body',
      () => a.post('/jobs', {}),
      400,
      /source_platform must be one of the following values: github, gitlab, bitbucket, azure, generic/,
    ],
    ['bad platform', create({ source_platform: 'svn' }), 400, /source_platform must be one of/],
    ['url of the wrong type', create({ source_url: 123 }), 400, /source_url must be a string/],
    [
      'file:// url',
      create({ source_url: 'file:///etc/passwd' }),
      400,
      /file:\/\/ URLs and local paths are not allowed/,
    ],
    ['local path', create({ source_url: '/var/repos/app' }), 400, /local paths are not allowed/],
    [
      'plain http to loopback',
      create({ source_url: 'http://127.0.0.1/x' }),
      400,
      /plain http is not allowed/,
    ],
    [
      'https to loopback',
      create({ source_url: 'https://127.0.0.1/x.git' }),
      400,
      /private, loopback or link-local address 127\.0\.0\.1/,
    ],
    [
      'https to a private address',
      create({ source_url: 'https://10.0.0.1/x' }),
      400,
      /private, loopback or link-local address 10\.0\.0\.1/,
    ],
    [
      'cloud metadata address',
      create({ source_url: 'https://169.254.169.254/latest/x' }),
      400,
      /169\.254\.169\.254/,
    ],
    ['localhost name', create({ source_url: 'https://localhost/x.git' }), 400, /loopback host/],
    ['git transport helper', create({ source_url: 'ext::sh' }), 400, /"<helper>::" URLs are never accepted/],
    ['option injection', create({ source_url: '--upload-pack=touch' }), 400, /must not start with "-"/],
    [
      'ftp scheme',
      create({ source_url: 'ftp://203.0.113.7/x.git' }),
      400,
      /"ftp:\/\/" scheme is not accepted/,
    ],
    [
      'password in the url',
      create({ source_url: `https://bob:${URL_PASSWORD}@203.0.113.7/x.git` }),
      400,
      /must not contain a password or token; pass source_credentials_id/,
    ],
    [
      'missing credentials id',
      () => a.post('/jobs', { source_platform: 'github', source_url: SOURCE }),
      400,
      /source_credentials_id must be a credentials id/,
    ],
    [
      'credentials id with a path',
      create({ source_credentials_id: '../../admin' }),
      400,
      /source_credentials_id must be a credentials id/,
    ],
    [
      'credentials id too long',
      create({ source_credentials_id: 'x'.repeat(201) }),
      400,
      /source_credentials_id must be a credentials id/,
    ],
    [
      'credentials id of the wrong type',
      create({ source_credentials_id: { id: 1 } }),
      400,
      /source_credentials_id must be a string/,
    ],
    ['branch option', create({ source_branch: '--force' }), 400, /source_branch must be a git branch name/],
    ['unknown field', create({ token: 'abc' }), 400, /property token should not exist/],
    [
      'huge body',
      create({ source_branch: 'x'.repeat(100_000) }),
      413,
      /request body is too large; the limit is 64 kb/,
    ],
    [
      'invalid JSON',
      () => a.post('/jobs').set('Content-Type', 'application/json').send('{"source_url":'),
      400,
      /not valid JSON/,
    ],
    [
      'array body',
      () => a.post('/jobs').set('Content-Type', 'application/json').send('[1,2]'),
      400,
      /must be a JSON object/,
    ],
    [
      'text/plain body',
      () => a.post('/jobs').set('Content-Type', 'text/plain').send('source_url=x'),
      415,
      /must be JSON \(Content-Type: application\/json\)/,
    ],
    [
      'JSON null body',
      () => a.post('/jobs').set('Content-Type', 'application/json').send('null'),
      400,
      /not valid JSON/,
    ],
    [
      'JSON string body',
      () => a.post('/jobs').set('Content-Type', 'application/json').send('"x"'),
      400,
      /not valid JSON/,
    ],
    ['negative page', () => a.get('/jobs?page=-1'), 400, /page must not be less than 1/],
    ['page_size 1000', () => a.get('/jobs?page_size=1000'), 400, /page_size must not be greater than 100/],
    ['page not a number', () => a.get('/jobs?page=abc'), 400, /page must be an integer number/],
    [
      'unknown status',
      () => a.get('/jobs?status=running'),
      400,
      /status must be one of the following values/,
    ],
    ['unknown query parameter', () => a.get('/jobs?sort=asc'), 400, /property sort should not exist/],
    ['job id not a uuid', () => a.get('/jobs/not-a-uuid'), 400, /job id in the path must be a UUID/],
    [
      'injection as job id',
      () => a.delete(`/jobs/${encodeURIComponent("1' OR '1'='1")}`),
      400,
      /must be a UUID/,
    ],
    ['secrets of a non-uuid job', () => a.get('/jobs/123/secrets'), 400, /must be a UUID/],
    ['unknown job', () => a.post(`/jobs/${randomUUID()}/clean`), 404, /^job .* not found$/],
    [
      'secret_ids not an array',
      () => a.post(`/jobs/${waiting.id}/secrets/select`, { secret_ids: 'abc' }),
      400,
      /secret_ids must be an array/,
    ],
    [
      'secret id not a uuid',
      () => a.post(`/jobs/${waiting.id}/secrets/select`, { secret_ids: ['nope'] }),
      400,
      /each value in secret_ids must be a UUID/,
    ],
    [
      'selecting secrets of another job',
      () => a.post(`/jobs/${waiting.id}/secrets/select`, { secret_ids: [otherSecret] }),
      400,
      new RegExp(`not secrets of job ${'[0-9a-f-]+'}: [0-9a-f-]{36}`),
    ],
    [
      'unknown field in select',
      () => a.post(`/jobs/${waiting.id}/secrets/select`, { secret_ids: [], all: true }),
      400,
      /property all should not exist/,
    ],
    [
      'selecting while scanning',
      () => a.post(`/jobs/${scanning.id}/secrets/select`, { secret_ids: [] }),
      409,
      /only while the job is awaiting_selection; it is scanning/,
    ],
    [
      'clean before scanning finished',
      () => a.post(`/jobs/${scanning.id}/clean`),
      409,
      /cleaning needs a job in awaiting_selection; job .* is scanning/,
    ],
    [
      'clean with nothing selected',
      () => a.post(`/jobs/${unselected.id}/clean`),
      400,
      /no secret of job .* is selected/,
    ],
    [
      'push before cleaned',
      () =>
        a.post(`/jobs/${waiting.id}/push`, {
          target_platform: 'github',
          target_url: TARGET,
          target_credentials_id: 'c',
        }),
      409,
      /pushing needs a cleaned job/,
    ],
    [
      'push to file://',
      () =>
        a.post(`/jobs/${cleaned.id}/push`, {
          target_platform: 'github',
          target_url: 'file:///tmp/x',
          target_credentials_id: 'c',
        }),
      400,
      /target_url: .*file:\/\/ URLs/,
    ],
    [
      'push with a string force_push',
      () =>
        a.post(`/jobs/${cleaned.id}/push`, {
          target_platform: 'github',
          target_url: TARGET,
          target_credentials_id: 'c',
          force_push: 'yes',
        }),
      400,
      /force_push must be a boolean value/,
    ],
    [
      'push without credentials id',
      () => a.post(`/jobs/${cleaned.id}/push`, { target_platform: 'github', target_url: TARGET }),
      400,
      /target_credentials_id must be a credentials id/,
    ],
    [
      'push to a bad platform',
      () =>
        a.post(`/jobs/${cleaned.id}/push`, {
          target_platform: 'svn',
          target_url: TARGET,
          target_credentials_id: 'c',
        }),
      400,
      /target_platform must be one of/,
    ],
    [
      'download before cleaned',
      () => a.get(`/jobs/${waiting.id}/download`),
      409,
      /once the job is cleaned; job .* is awaiting_selection/,
    ],
    [
      'download in an unknown format',
      () => a.get(`/jobs/${cleaned.id}/download?format=tar`),
      400,
      /format must be one of the following values: zip, bundle/,
    ],
    [
      'report in an unknown format',
      () => a.get(`/jobs/${waiting.id}/report?format=xml`),
      400,
      /format must be one of the following values: json, sarif/,
    ],
    [
      'report before the scan finished',
      () => a.get(`/jobs/${scanning.id}/report`),
      409,
      /once the scan finished/,
    ],
    ['missing X-User-ID', () => api().get('/api/v2/jobs'), 401, /X-User-ID header is required/],
    [
      'missing X-User-ID on create',
      () => api().post('/api/v2/jobs').send(newJobBody()),
      401,
      /X-User-ID header is required/,
    ],
    [
      'X-User-ID too long',
      () => api().get('/api/v2/jobs').set('X-User-ID', 'u'.repeat(300)),
      401,
      /X-User-ID header must be one id/,
    ],
    [
      'panel development user while PANEL_DEV_IDENTITY is off',
      () => api().get('/api/v2/jobs').set('X-Dev-User-ID', 'dev-user'),
      401,
      /X-Dev-User-ID header is accepted only in development/,
    ],
    ['unknown route', () => a.get('/nothing-here'), 404, /Cannot GET/],
  ];
  let otherSecret: string;

  it('answers each with a 4xx that says what is wrong, never a 5xx', async () => {
    otherSecret = (await secrets.listForJob(other.id))[0].id;
    const list = cases();
    expect(list.length).toBeGreaterThanOrEqual(30);
    for (const [name, send, status, message] of list) {
      const res = await send();
      expect([name, res.status]).toEqual([name, status]);
      expect([name, res.body]).toEqual([
        name,
        { status_code: status, error: expect.any(String), message: expect.stringMatching(message) },
      ]);
      expect(JSON.stringify(res.body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
    // nothing was selected or moved by the refused requests
    expect(await jobs.findById(scanning.id)).toMatchObject({ status: 'scanning' });
    expect((await secrets.listForJob(waiting.id)).some((s) => s.selectedForCleaning)).toBe(false);
  });
});

describe('broker down', () => {
  let downApp: INestApplication;
  let downBase: string;
  beforeAll(async () => {
    const port = await freePort();
    downApp = await createApiApp(testConfig({ RABBITMQ_URL: `amqp://guest:guest@127.0.0.1:${port}` }), {
      queuePrefix: `${PREFIX}-down`,
      logDestination: { write: (line: string) => logLines.push(line) },
    });
    await downApp.listen(0, '127.0.0.1');
    downBase = await downApp.getUrl();
  });
  afterAll(async () => downApp?.close());

  it('answers 503 on POST /jobs without creating a row, and keeps reads working', async () => {
    const user = `user-down-${RUN}`;
    const res = await request(downBase)
      .post('/api/v2/jobs')
      .set('X-User-ID', user)
      .send(newJobBody())
      .expect(503);
    expect(res.body).toEqual({
      status_code: 503,
      error: 'Service Unavailable',
      message: expect.stringMatching(/message broker unavailable/),
    });
    const list = await request(downBase).get('/api/v2/jobs').set('X-User-ID', user).expect(200);
    expect(list.body.total).toBe(0);
    const job = await seedJob(user, 'awaiting_selection');
    const [secret] = await secrets.listForJob(job.id);
    await request(downBase)
      .post(`/api/v2/jobs/${job.id}/secrets/select`)
      .set('X-User-ID', user)
      .send({ secret_ids: [secret.id] })
      .expect(200);
    await request(downBase).post(`/api/v2/jobs/${job.id}/clean`).set('X-User-ID', user).expect(503);
    // the rolled-back transaction left the job where it was
    expect(await jobs.findById(job.id)).toMatchObject({ status: 'awaiting_selection' });
  });

  it('reports the broker down in readiness, the other dependencies up', async () => {
    const res = await request(downBase).get('/api/v2/health/ready').expect(503);
    expect(res.body).toMatchObject({ status_code: 503, message: 'not ready: broker down' });
    expect(res.body.details).toMatchObject({
      database: { status: 'up' },
      broker: { status: 'down' },
      storage: { status: 'up' },
    });
  });
});

describe('audit and leaks', () => {
  it('writes an audit row for every state-changing request, without bodies', async () => {
    const created = await asUser(A).post('/jobs', newJobBody()).expect(201);
    await takeMessage('scan');
    await asUser(A).delete(`/jobs/${created.body.id}`).expect(200);
    await asUser(A)
      .post('/jobs', newJobBody({ source_url: 'file:///etc' }))
      .expect(400);
    const { items } = await app.get(AuditLogRepository).listForUser(A, { pageSize: 100 });
    const forJob = items.filter((r) => r.targetId === created.body.id).map((r) => r.action);
    // job.status: the cancellation itself, written by the one status-transition function
    expect(forJob.sort()).toEqual(['job.cancel', 'job.create', 'job.status']);
    const actions = new Set(items.map((r) => r.action));
    for (const action of ['job.create', 'job.cancel', 'job.secrets.select', 'job.clean', 'job.push'])
      expect(actions).toContain(action);
    expect(
      items.some(
        (r) => r.action === 'job.create' && r.details.outcome === 'failure' && r.details.status_code === 400,
      ),
    ).toBe(true);
    for (const row of items) {
      // request rows carry the caller's address; status rows (job.status) are not a request's
      if (row.action !== 'job.status') expect(row.ip).toMatch(/127\.0\.0\.1/);
      expect(JSON.stringify(row.details)).not.toMatch(/203\.0\.113|cred-|ghp_/);
    }
  });

  it('never logs credential ids, URL passwords or request bodies', () => {
    const logs = logLines.join('');
    expect(logs).toContain('"route":"/api/v2/jobs"');
    expect(logs).not.toContain(URL_PASSWORD);
    expect(logs).not.toContain(CREDENTIALS_ID);
  });
});
