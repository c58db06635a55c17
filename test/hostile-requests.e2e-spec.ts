// Hostile requests through real HTTP against the real API (own PostgreSQL database, own RabbitMQ
// queue prefix, s3rver): URLs that must never be echoed with their password, bad input that must
// be a 4xx saying what is wrong (never a 500), and readiness that such bursts leave alone.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { connect } from 'amqplib';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@deployguard/config';
import { buildTopology, deleteTopology, MessagingConnection, TaskPublisher } from '@deployguard/messaging';
import { JobRepository, runMigrations } from '@deployguard/persistence';
import { createApiApp } from '../apps/api/src/api.app';
import { startS3Server, type TestS3Server } from './support/s3-server';
import { createTestDatabase, dropTestDatabase } from './support/service-stack';

jest.setTimeout(60_000);

const RUN = randomBytes(5).toString('hex');
const DB_NAME = `deployguard_hostile_test_${RUN}`;
const PREFIX = `test-hostile-${RUN}`;
const AMQP = 'amqp://guest:guest@127.0.0.1:5672';
const A = `user-a-${RUN}`;
const SOURCE = 'https://203.0.113.7/acme/app.git'; // public TEST-NET-3: no DNS lookup

let s3: TestS3Server;
let config: AppConfig;
let app: INestApplication;
let base: string;
let jobs: JobRepository;

const post = (path: string, body: object | string) =>
  request(base).post(`/api/v2${path}`).set('X-User-ID', A).set('Content-Type', 'application/json').send(body);

async function cleanedJob(): Promise<string> {
  const job = await jobs.create({
    userId: A,
    sourcePlatform: 'github',
    sourceUrl: SOURCE,
    sourceCredentialsId: 'c',
  });
  for (const next of ['cloning', 'scanning', 'awaiting_selection', 'cleaning', 'cleaned'] as const)
    await jobs.updateStatus(job.id, next);
  return job.id;
}

beforeAll(async () => {
  s3 = await startS3Server();
  await createTestDatabase(DB_NAME);
  config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB_NAME}`,
    RABBITMQ_URL: AMQP,
    S3_ENDPOINT: '127.0.0.1',
    S3_PORT: String(s3.port),
    S3_ACCESS_KEY: s3.accessKey,
    S3_SECRET_KEY: s3.secretKey,
    S3_BUCKET: 'deployguard',
    WORKSPACE_ROOT: `/tmp/deployguard-hostile-test-${RUN}`,
    ERROR_RATE_DEGRADED_PERCENT: '5',
  });
  await runMigrations(config);
  app = await createApiApp(config, { queuePrefix: PREFIX, logDestination: { write: () => undefined } });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
  jobs = app.get(JobRepository);
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
  await dropTestDatabase(DB_NAME);
  await s3?.close();
});

describe('a URL password holding URL delimiters is never echoed (API 400)', () => {
  const urls = [
    'https://bob:LEAK1/pass@203.0.113.7/x.git',
    'https://bob:LEAK2#pass@203.0.113.7/x.git',
    'https://bob:LEAK3?pass@203.0.113.7/x.git',
    'https://bob:LEAK4 pass@203.0.113.7/x.git',
    'bob:LEAK5/pass@203.0.113.7:x.git',
  ];
  it.each(urls)('%j as a job source, a push target and a repository', async (url) => {
    const id = await cleanedJob();
    const answers = await Promise.all([
      post('/jobs', {
        source_platform: 'github',
        source_url: url,
        source_branch: 'main',
        source_credentials_id: 'c',
      }),
      post(`/jobs/${id}/push`, { target_platform: 'github', target_url: url, target_credentials_id: 'c' }),
      post('/repositories', { url, schedule: 3600 }),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/url/);
      expect(JSON.stringify(res.body)).not.toMatch(/LEAK\d/);
    }
  });
});

describe('bad input is a 4xx that says what is wrong, and does not make the API degraded', () => {
  const deep = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

  it('refuses a user name without password in an https URL on jobs, repositories and push', async () => {
    const url = 'https://git@203.0.113.7/x.git';
    const id = await cleanedJob();
    const answers = await Promise.all([
      post('/jobs', {
        source_platform: 'github',
        source_url: url,
        source_branch: 'main',
        source_credentials_id: 'c',
      }),
      post(`/jobs/${id}/push`, { target_platform: 'github', target_url: url, target_credentials_id: 'c' }),
      post('/repositories', { url, schedule: 3600 }),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/must not contain a user name or password/);
    }
  });

  it('refuses JSON nested thousands of levels deep', async () => {
    const res = await post('/jobs', `{"source_url":${deep(5000)}}`);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/nested more than \d+ levels/);
  });

  it('refuses a body that says gzip and is not', async () => {
    const res = await request(base)
      .post('/api/v2/jobs')
      .set('X-User-ID', A)
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send('{"source_url":"x"}');
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/gzip/);
  });

  it('stays ready (not degraded) after a burst of such requests', async () => {
    for (let i = 0; i < 20; i++) {
      await post('/jobs', `{"x":${deep(3000)}}`);
      await post('/repositories', { url: 'https://git@203.0.113.7/x.git', schedule: 3600 });
    }
    const ready = await request(base).get('/api/v2/health/ready');
    expect(ready.body.status).toBe('ok');
  });
});

describe('special-purpose addresses are refused in every URL field', () => {
  const hosts = [
    '[::127.0.0.1]',
    '[64:ff9b::7f00:1]',
    '[::ffff:0:7f00:1]',
    '[2002:7f00:1::1]',
    '[2001::1]',
    '[fec0::1]',
    '198.18.0.1',
    '192.0.0.8',
  ];
  it.each(hosts)('%s as source, push target, repository and webhook', async (host) => {
    const url = `https://${host}/x.git`;
    const id = await cleanedJob();
    const job = {
      source_platform: 'github',
      source_url: SOURCE,
      source_branch: 'main',
      source_credentials_id: 'c',
    };
    const answers = await Promise.all([
      post('/jobs', { ...job, source_url: url }),
      post('/jobs', { ...job, webhook_url: `https://${host}/hook` }),
      post(`/jobs/${id}/push`, { target_platform: 'github', target_url: url, target_credentials_id: 'c' }),
      post('/repositories', { url, schedule: 3600 }),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/private, loopback or link-local address/);
    }
  });
});
