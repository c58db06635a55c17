// Webhooks against the real local PostgreSQL (a database of its own, dropped at the end) and real
// HTTP receivers (node http servers on 127.0.0.1, random ports), with a short backoff schedule.
// The API part also uses the real local RabbitMQ (a queue prefix of its own) and s3rver.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { hostname } from 'node:os';
import type { INestApplication } from '@nestjs/common';
import { connect } from 'amqplib';
import { register } from 'prom-client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '@deployguard/config';
import { isPrivateAddress } from '@deployguard/git';
import {
  buildTopology,
  createTaskMessage,
  deleteTopology,
  MessagingConnection,
  TaskPublisher,
} from '@deployguard/messaging';
import {
  createRepositories,
  dataSourceOptions,
  runMigrations,
  type JobEntity,
  type JobStatus,
  type Repositories,
  type WebhookDeliveryEntity,
} from '@deployguard/persistence';
import { JobFailureHandler, TaskRun, type TaskDependencies } from '@deployguard/tasks';
import {
  verifyWebhookSignature,
  WebhookDispatcher,
  WebhookNotifier,
  type WebhookDispatcherOptions,
} from '@deployguard/webhooks';
import { createApiApp } from '../apps/api/src/api.app';
import { startS3Server, type TestS3Server } from './support/s3-server';
import { createTestDatabase, dropTestDatabase } from './support/service-stack';

jest.setTimeout(60_000);

const RUN = randomBytes(5).toString('hex');
const DB_NAME = `deployguard_webhook_test_${RUN}`;
const PREFIX = `test-webhooks-${RUN}`;
const AMQP = 'amqp://guest:guest@127.0.0.1:5672';
const SECRET = `webhook-signing-secret-${RUN}`;
const BACKOFF_S = [0.1, 0.2, 0.4];
const TIMEOUT_MS = 300;
const SECRET_VALUE = 'AKIAWEBHOOKTEST12345';
const CREDENTIALS_ID = `cred-${RUN}-never-in-a-payload`;
const URL_TOKEN = 'ghp_WebhookPayloadMustNotLeak0123456789';
const USER = `user-${RUN}`;
const OTHER = `other-${RUN}`;

let s3: TestS3Server;
let config: AppConfig;
let dataSource: DataSource;
let repos: Repositories;
let notifier: WebhookNotifier;
const receivers: Receiver[] = [];
const extraSources: DataSource[] = [];
const quiet = { info() {}, warn() {}, error() {} };

function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB_NAME}`,
    RABBITMQ_URL: AMQP,
    S3_ENDPOINT: '127.0.0.1',
    S3_PORT: String(s3.port),
    S3_ACCESS_KEY: s3.accessKey,
    S3_SECRET_KEY: s3.secretKey,
    WORKSPACE_ROOT: `/tmp/deployguard-webhook-test-${RUN}`,
    WEBHOOK_BACKOFF_S: BACKOFF_S.join(','),
    WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
    WEBHOOK_SIGNING_SECRET: SECRET,
    ALLOW_LOCAL_URLS: 'true',
    ALLOW_PRIVATE_URLS: 'true',
    ...overrides,
  });
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

interface Receiver {
  url: string;
  port: number;
  requests: Received[];
  connections: number;
  close(): Promise<void>;
}

// `answer` gets the request number (0-based) and returns a status, or 'hang' to accept the request
// and never answer.
async function startReceiver(answer: (n: number) => number | 'hang', delayMs = 0): Promise<Receiver> {
  const sockets = new Set<Socket>();
  const receiver = { requests: [] as Received[], connections: 0 } as Receiver;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const n = receiver.requests.length;
      receiver.requests.push({
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      const status = answer(n);
      if (status === 'hang') return;
      setTimeout(() => res.writeHead(status, { 'Content-Type': 'text/plain' }).end('ok'), delayMs);
    });
  });
  server.on('connection', (socket) => {
    receiver.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.port = (server.address() as { port: number }).port;
  receiver.url = `http://127.0.0.1:${receiver.port}/hooks/deployguard`;
  receiver.close = () => {
    for (const s of sockets) s.destroy();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  receivers.push(receiver);
  return receiver;
}

async function newJob(userId: string, extra: Partial<Parameters<Repositories['jobs']['create']>[0]> = {}) {
  return repos.jobs.create({
    userId,
    sourcePlatform: 'github',
    sourceUrl: 'https://203.0.113.7/acme/app.git',
    sourceCredentialsId: CREDENTIALS_ID,
    ...extra,
  });
}

async function moveTo(job: JobEntity, ...path: JobStatus[]): Promise<JobEntity> {
  let current = job;
  for (const status of path) current = await repos.jobs.updateStatus(job.id, status);
  return current;
}

function dispatcher(options: WebhookDispatcherOptions = {}, cfg = config, source = dataSource) {
  return new WebhookDispatcher({
    deliveries: createRepositories(source.manager).webhookDeliveries,
    config: cfg,
    logger: quiet,
    options: { pollIntervalMs: 20, ...options },
  });
}

async function reload(id: string): Promise<WebhookDeliveryEntity> {
  return (await repos.webhookDeliveries.findById(id))!;
}

async function waitUntilFinished(ids: string[], timeoutMs = 10_000): Promise<WebhookDeliveryEntity[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await Promise.all(ids.map(reload));
    if (rows.every((r) => r.status !== 'pending')) return rows;
    if (Date.now() > deadline) throw new Error(`deliveries still pending: ${JSON.stringify(rows)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function enqueueFor(url: string, status: JobStatus = 'completed'): Promise<WebhookDeliveryEntity> {
  const job = await newJob(USER, { webhookUrl: url });
  const moved = await moveTo(job, 'cloning', 'scanning', status);
  return (await notifier.notifyStatus(moved))!;
}

beforeAll(async () => {
  s3 = await startS3Server();
  await createTestDatabase(DB_NAME);
  config = testConfig();
  await runMigrations(config);
  dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  repos = createRepositories(dataSource.manager);
  notifier = new WebhookNotifier({ deliveries: repos.webhookDeliveries, repositories: repos.repositories });
});

afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  for (const source of extraSources) await source.destroy();
  await dataSource?.destroy();
  await dropTestDatabase(DB_NAME);
  await s3?.close();
});

describe('events recorded by the tasks', () => {
  it('a task reaching awaiting_selection records secrets.found, without secret value or credential', async () => {
    const receiver = await startReceiver(() => 204);
    const job = await newJob(USER, { webhookUrl: receiver.url });
    const deps = {
      config,
      repos,
      logger: quiet,
      notifier,
      storage: {},
      workspace: {},
      auth: {},
    } as unknown as TaskDependencies;
    const message = createTaskMessage({ job_id: job.id, user_id: USER, kind: 'scan' });
    const context = { signal: new AbortController().signal, attempt: 0, redelivered: false };
    const outcome = await TaskRun.execute(
      deps,
      { task: 'scan', accepts: ['pending'] },
      message,
      context,
      async (run) => {
        await run.transition('cloning');
        await run.transition('scanning');
        await repos.secrets.insertMany(job.id, [
          {
            fingerprint: randomBytes(16).toString('hex'),
            ruleId: 'aws-access-key',
            secretType: 'AWS Access Key',
            secretValuePreview: 'AKI*****345',
            secretHash: 'f'.repeat(64),
            filePath: 'config/prod.env',
            line: 3,
            severity: 'high',
          },
        ]);
        await repos.jobs.update(job.id, { findingsCount: 1 });
        await run.transition('awaiting_selection', null);
        return {};
      },
    );
    expect(outcome).toBe('succeeded');
    const { items } = await repos.webhookDeliveries.listForUser(USER, { jobId: job.id });
    expect(items.map((d) => d.event)).toEqual(['secrets.found']);
    expect(items[0]).toMatchObject({ status: 'pending', attempts: 0, url: receiver.url, userId: USER });
    expect(items[0].payload).toMatchObject({
      id: items[0].id,
      event: 'secrets.found',
      job: {
        id: job.id,
        status: 'awaiting_selection',
        findings_count: 1,
        source_url: 'https://203.0.113.7/acme/app.git',
      },
    });
    const text = JSON.stringify(items[0].payload);
    expect(text).not.toContain(SECRET_VALUE);
    expect(text).not.toContain(CREDENTIALS_ID);
    expect(text).not.toContain('AKI*****345');

    await dispatcher().runOnce();
    expect(receiver.requests).toHaveLength(1);
    const body = receiver.requests[0].body;
    expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify(items[0].payload)));
    expect(body).not.toContain(SECRET_VALUE);
    expect(body).not.toContain(CREDENTIALS_ID);
  });

  it('a dead-lettered task records job.failed with a scrubbed error; repository jobs use its URL', async () => {
    const receiver = await startReceiver(() => 200);
    const repository = await repos.repositories.create({
      userId: USER,
      url: 'https://203.0.113.7/acme/registered.git',
      webhookUrl: receiver.url,
      scheduleIntervalS: 3600,
    });
    const job = await moveTo(await newJob(USER, { repositoryId: repository.id }), 'cloning');
    const handler = new JobFailureHandler({ repos, logger: quiet, notifier });
    const message = {
      ...createTaskMessage({ job_id: job.id, user_id: USER, kind: 'scan' as const }),
      attempt: 2,
    };
    await handler.onDeadLetter(
      message,
      new Error(`clone of https://x:${URL_TOKEN}@203.0.113.7/a.git refused`),
    );
    const { items } = await repos.webhookDeliveries.listForUser(USER, { repositoryId: repository.id });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      event: 'job.failed',
      url: receiver.url,
      jobId: job.id,
      repositoryId: repository.id,
    });
    expect(items[0].payload).toMatchObject({
      repository_id: repository.id,
      job: { status: 'failed', error_message: expect.stringContaining('scan failed after 3 attempts') },
    });
    expect(JSON.stringify(items[0].payload)).not.toContain(URL_TOKEN);
    expect(await dispatcher().runOnce()).toBe(1);
    expect(await reload(items[0].id)).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      lastStatusCode: 200,
    });
    expect(JSON.parse(receiver.requests[0].body)).toMatchObject({
      event: 'job.failed',
      repository_id: repository.id,
    });
    // a job without a webhook URL (its own or its repository's) records nothing
    const silent = await moveTo(await newJob(USER), 'cloning', 'scanning', 'completed');
    expect(await notifier.notifyStatus(silent)).toBeNull();
  });
});

describe('delivery', () => {
  it('500 then 200: retried after the first backoff, succeeds on the 2nd attempt, signed', async () => {
    const receiver = await startReceiver((n) => (n === 0 ? 500 : 200));
    const delivery = await enqueueFor(receiver.url);
    const sender = dispatcher();
    const before = Date.now();
    expect(await sender.runOnce()).toBe(1);
    const afterFirst = await reload(delivery.id);
    expect(afterFirst).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatusCode: 500,
      deliveredAt: null,
    });
    expect(afterFirst.lastError).toMatch(/HTTP 500/);
    const delay = afterFirst.nextAttemptAt!.getTime() - before;
    expect(delay).toBeGreaterThanOrEqual(BACKOFF_S[0] * 1000 - 5);
    expect(delay).toBeLessThan(BACKOFF_S[0] * 1000 + 2000);
    // not due yet: nothing is sent
    expect(await sender.runOnce(new Date(afterFirst.nextAttemptAt!.getTime() - 10))).toBe(0);
    await new Promise((r) =>
      setTimeout(r, Math.max(0, afterFirst.nextAttemptAt!.getTime() - Date.now() + 5)),
    );
    expect(await sender.runOnce()).toBe(1);
    const done = await reload(delivery.id);
    expect(done).toMatchObject({
      status: 'succeeded',
      attempts: 2,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
    });
    expect(done.deliveredAt).toBeInstanceOf(Date);
    expect(receiver.requests).toHaveLength(2);

    for (const { headers, body } of receiver.requests) {
      expect(headers['x-deployguard-event']).toBe('job.completed');
      expect(headers['x-deployguard-delivery']).toBe(delivery.id);
      expect(headers['content-type']).toBe('application/json');
      expect(JSON.parse(body)).toMatchObject({ id: delivery.id, event: 'job.completed' });
      expect(verifyWebhookSignature(body, headers, SECRET, 300)).toBe(true);
      expect(verifyWebhookSignature(body, headers, 'another-secret-value', 300)).toBe(false);
      expect(verifyWebhookSignature(body.replace('"completed"', '"failed"'), headers, SECRET, 300)).toBe(
        false,
      );
    }
    // the body starts with the documented keys, in order
    expect(Object.keys(JSON.parse(receiver.requests[1].body))).toEqual([
      'id',
      'event',
      'created_at',
      'job',
      'data',
    ]);
    const metric = await register.getSingleMetricAsString('deployguard_webhook_deliveries_total');
    expect(metric).toMatch(
      /deployguard_webhook_deliveries_total\{event="job.completed",outcome="retried"\} [1-9]/,
    );
    expect(metric).toMatch(
      /deployguard_webhook_deliveries_total\{event="job.completed",outcome="succeeded"\} [1-9]/,
    );
  });

  it('400: failed after one attempt, never retried', async () => {
    const receiver = await startReceiver(() => 400);
    const delivery = await enqueueFor(receiver.url, 'awaiting_selection');
    const sender = dispatcher();
    sender.start();
    const [row] = await waitUntilFinished([delivery.id]);
    await new Promise((r) => setTimeout(r, (BACKOFF_S[0] + 0.1) * 1000));
    await sender.stop();
    expect(row).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastStatusCode: 400,
      nextAttemptAt: null,
      deliveredAt: null,
    });
    expect(row.lastError).toMatch(/HTTP 400 \(not retried\)/);
    expect(receiver.requests).toHaveLength(1);
    expect((await reload(delivery.id)).attempts).toBe(1);
  });

  it('a receiver that never answers: each attempt times out, retried per the schedule, then failed', async () => {
    const receiver = await startReceiver(() => 'hang');
    const delivery = await enqueueFor(receiver.url);
    const sender = dispatcher();
    const started = Date.now();
    sender.start();
    const [row] = await waitUntilFinished([delivery.id], 15_000);
    await sender.stop();
    const attempts = BACKOFF_S.length + 1;
    expect(row).toMatchObject({ status: 'failed', attempts, lastStatusCode: null, deliveredAt: null });
    expect(row.lastError).toMatch(
      new RegExp(`timed out after ${TIMEOUT_MS} ms; gave up after ${attempts} attempts`),
    );
    expect(receiver.requests).toHaveLength(attempts);
    // the gap before attempt i+1 is at least this attempt's timeout plus backoff[i]
    const at = receiver.requests.map((r) => r.at);
    for (let i = 0; i < BACKOFF_S.length; i++)
      expect(at[i + 1] - at[i]).toBeGreaterThanOrEqual(TIMEOUT_MS + BACKOFF_S[i] * 1000 - 20);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a private address is refused when not allowed, also behind a name (checked at connect time)', async () => {
    const receiver = await startReceiver(() => 200);
    // http allowed (ALLOW_LOCAL_URLS), private addresses not
    const strict = testConfig({ ALLOW_LOCAL_URLS: 'true', ALLOW_PRIVATE_URLS: 'false' });
    const host = hostname();
    const resolved = await lookup(host, { all: true });
    expect(resolved.some((a) => isPrivateAddress(a.address))).toBe(true);
    const byIp = await enqueueFor(receiver.url);
    const byName = await enqueueFor(`http://${host}:${receiver.port}/hooks/deployguard`);
    await dispatcher({}, strict).runOnce();
    const [ip, name] = [await reload(byIp.id), await reload(byName.id)];
    expect(ip).toMatchObject({ status: 'failed', attempts: 1 });
    expect(ip.lastError).toMatch(/private, loopback or link-local address 127\.0\.0\.1/);
    expect(name).toMatchObject({ status: 'failed', attempts: 1 });
    expect(name.lastError).toMatch(new RegExp(`"${host}" resolves to the private address`));
    expect(receiver.connections).toBe(0);
  });

  it('two dispatchers running together deliver each delivery exactly once', async () => {
    const receiver = await startReceiver(() => 200, 30);
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) ids.push((await enqueueFor(receiver.url)).id);
    const senders: WebhookDispatcher[] = [];
    const claimed = [0, 0];
    // Under load one dispatcher could claim every batch before the other's first query returned:
    // a claim holds its rows until both have claimed (at most 5 s), so both surely take part.
    let bothClaimed: () => void = () => undefined;
    const both = new Promise<void>((resolve) => (bothClaimed = resolve));
    for (let i = 0; i < 2; i++) {
      // a connection pool each, as two worker processes would have
      const source = new DataSource(dataSourceOptions(config));
      await source.initialize();
      extraSources.push(source);
      const deliveries = createRepositories(source.manager).webhookDeliveries;
      const claimDue: typeof deliveries.claimDue = async (...args) => {
        const rows = await deliveries.claimDue(...args);
        claimed[i] += rows.length;
        if (claimed.every((c) => c > 0)) bothClaimed();
        else await Promise.race([both, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
        return rows;
      };
      senders.push(
        new WebhookDispatcher({
          deliveries: { claimDue, recordAttempt: (...args) => deliveries.recordAttempt(...args) },
          config,
          logger: quiet,
          options: { pollIntervalMs: 20, batchSize: 4 },
        }),
      );
    }
    senders.forEach((s) => s.start());
    const rows = await waitUntilFinished(ids);
    await Promise.all(senders.map((s) => s.stop()));
    expect(rows.every((r) => r.status === 'succeeded' && r.attempts === 1)).toBe(true);
    const seen = receiver.requests.map((r) => r.headers['x-deployguard-delivery']);
    expect(seen).toHaveLength(ids.length);
    expect(new Set(seen)).toEqual(new Set(ids));
    // both took part
    expect(claimed[0]).toBeGreaterThan(0);
    expect(claimed[1]).toBeGreaterThan(0);
    expect(claimed[0] + claimed[1]).toBe(ids.length);
  });
});

describe('API', () => {
  let app: INestApplication;
  let base: string;
  const as = (user: string) => ({
    get: (path: string) => request(base).get(`/api/v2${path}`).set('X-User-ID', user),
    post: (path: string, body: object) =>
      request(base).post(`/api/v2${path}`).set('X-User-ID', user).send(body),
  });
  const jobBody = (webhook_url?: unknown) => ({
    source_platform: 'github',
    source_url: 'https://203.0.113.7/acme/app.git',
    source_credentials_id: CREDENTIALS_ID,
    ...(webhook_url === undefined ? {} : { webhook_url }),
  });

  beforeAll(async () => {
    // the API refuses private and plain-http webhook URLs, as in production
    app = await createApiApp(testConfig({ ALLOW_LOCAL_URLS: 'false', ALLOW_PRIVATE_URLS: 'false' }), {
      queuePrefix: PREFIX,
      logDestination: { write: () => undefined },
    });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
    await app.get(MessagingConnection).waitUntilConnected(10_000);
    const publisher = app.get(TaskPublisher);
    for (let i = 0; i < 200 && !publisher.isReady(); i++) await new Promise((r) => setTimeout(r, 25));
  });

  afterAll(async () => {
    await app?.close();
    const amqp = await connect(AMQP);
    const channel = await amqp.createChannel();
    await deleteTopology(
      channel,
      buildTopology(PREFIX, config.tasks.maxRetries, config.tasks.retryBaseDelayMs),
    );
    await amqp.close();
  });

  it('POST /jobs accepts a webhook_url and refuses private, plain-http or credential-bearing ones', async () => {
    const created = await as(USER).post('/jobs', jobBody('https://203.0.113.9/hooks/dg?team=7')).expect(201);
    expect((await repos.jobs.findById(created.body.id))!.webhookUrl).toBe(
      'https://203.0.113.9/hooks/dg?team=7',
    );
    const refused: [unknown, RegExp][] = [
      ['https://127.0.0.1/hook', /private, loopback or link-local/],
      ['https://10.0.0.8/hook', /private/],
      ['https://localhost/hook', /loopback host/],
      ['http://203.0.113.9/hook', /must use https/],
      [`https://x:${URL_TOKEN}@203.0.113.9/hook`, /user name or password/],
      [42, /webhook_url must be a string/],
    ];
    for (const [url, message] of refused) {
      const res = await as(USER).post('/jobs', jobBody(url)).expect(400);
      expect(res.body.message).toMatch(message);
      expect(JSON.stringify(res.body)).not.toContain(URL_TOKEN);
    }
  });

  it('lists only the caller’s deliveries, filtered and paginated; another user’s job is a 404', async () => {
    const user = `lister-${RUN}`;
    const url = 'https://203.0.113.9/hooks/dg?token=opaque';
    const mine = await moveTo(
      await newJob(user, { webhookUrl: url }),
      'cloning',
      'scanning',
      'awaiting_selection',
    );
    const mineDone = await moveTo(
      await newJob(user, { webhookUrl: url }),
      'cloning',
      'scanning',
      'completed',
    );
    const theirs = await moveTo(await newJob(OTHER, { webhookUrl: url }), 'cloning', 'scanning', 'completed');
    const d1 = (await notifier.notifyStatus(mine))!;
    const d2 = (await notifier.notifyStatus(mineDone))!;
    await notifier.notifyStatus(theirs);
    await repos.webhookDeliveries.recordAttempt(d2.id, {
      result: 'failed',
      statusCode: 410,
      error: 'HTTP 410 (not retried)',
    });

    const all = await as(user).get('/webhooks/deliveries').expect(200);
    expect(all.body).toMatchObject({ total: 2, page: 1, page_size: 20 });
    expect(all.body.items.map((d: { id: string }) => d.id).sort()).toEqual([d1.id, d2.id].sort());
    const failed = all.body.items.find((d: { id: string }) => d.id === d2.id);
    expect(failed).toMatchObject({
      event: 'job.completed',
      status: 'failed',
      attempts: 1,
      last_status_code: 410,
      job_id: mineDone.id,
      next_attempt_at: null,
      url: 'https://203.0.113.9/hooks/dg?…',
    });
    expect(failed.payload).toMatchObject({ id: d2.id, job: { id: mineDone.id } });

    const page = await as(user).get('/webhooks/deliveries?page=2&page_size=1').expect(200);
    expect(page.body).toMatchObject({ total: 2, page: 2, page_size: 1 });
    expect(page.body.items).toHaveLength(1);
    const byStatus = await as(user).get('/webhooks/deliveries?status=pending').expect(200);
    expect(byStatus.body.items.map((d: { id: string }) => d.id)).toEqual([d1.id]);
    const byJob = await as(user).get(`/webhooks/deliveries?job_id=${mineDone.id}`).expect(200);
    expect(byJob.body.items.map((d: { id: string }) => d.id)).toEqual([d2.id]);
    const ofJob = await as(user).get(`/jobs/${mine.id}/webhooks`).expect(200);
    expect(ofJob.body.items.map((d: { event: string }) => d.event)).toEqual(['secrets.found']);

    // tenancy: the other user sees only their own, and the caller's job does not exist for them
    const other = await as(OTHER).get('/webhooks/deliveries').expect(200);
    expect(other.body.items.every((d: { job_id: string }) => d.job_id === theirs.id)).toBe(true);
    await as(OTHER).get(`/jobs/${mine.id}/webhooks`).expect(404);
    await as(OTHER).get(`/webhooks/deliveries?job_id=${mine.id}`).expect(404);
    await as(user).get(`/jobs/${theirs.id}/webhooks`).expect(404);

    await as(user).get('/webhooks/deliveries?job_id=nope').expect(400);
    await as(user).get('/webhooks/deliveries?status=sent').expect(400);
    await as(user).get('/jobs/not-a-uuid/webhooks').expect(400);
    await request(base).get('/api/v2/webhooks/deliveries').expect(401);
  });
});
