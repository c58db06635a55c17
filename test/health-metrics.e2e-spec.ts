// Metrics and readiness of the API through real HTTP against the real local PostgreSQL (a database
// of its own), the real local RabbitMQ (a queue prefix of its own; the shared broker is never
// stopped) and s3rver (closed at the end to take storage down).
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { promisify } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { connect, type ChannelModel, type ConfirmChannel } from 'amqplib';
import { Counter, register } from 'prom-client';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@deployguard/config';
import { buildTopology, deleteTopology, MessagingConnection } from '@deployguard/messaging';
import { JOB_STATUSES, JobRepository, runMigrations, SchedulerRunRepository } from '@deployguard/persistence';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/api.app';
import { HttpErrorRate } from '../apps/api/src/health/http-error-rate';
import { startS3Server, type TestS3Server } from './support/s3-server';
import { createTestDatabase, dropTestDatabase } from './support/service-stack';

jest.setTimeout(60_000);

const RUN = randomBytes(5).toString('hex');
const DB_NAME = `deployguard_health_test_${RUN}`;
const PREFIX = `test-health-${RUN}`;
const AMQP = 'amqp://guest:guest@127.0.0.1:5672';
const DEPTH_DEGRADED = 3;
const PUBLISHED = 5;

let s3: TestS3Server;
let config: AppConfig;
let app: INestApplication;
let amqp: ChannelModel;
let channel: ConfirmChannel;
const api = () => request(app.getHttpServer());

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

// The Prometheus text exposition format, strictly: every line is a comment or a sample.
function parseMetrics(text: string): { samples: Sample[]; types: Map<string, string> } {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      types.set(type[1], type[2]);
      continue;
    }
    if (/^# HELP [a-zA-Z_:][a-zA-Z0-9_:]* /.test(line)) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a metrics line: ${line}`);
    const labels: Record<string, string> = {};
    const labelText = m[2] ?? '';
    const re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)/gy;
    let pos = 0;
    for (let l = re.exec(labelText); l; l = re.exec(labelText)) {
      labels[l[1]] = l[2];
      pos = re.lastIndex;
    }
    if (pos !== labelText.length) throw new Error(`bad labels: ${line}`);
    const value = Number(m[3] === '+Inf' ? Infinity : m[3] === '-Inf' ? -Infinity : m[3]);
    if (Number.isNaN(value) && m[3] !== 'NaN') throw new Error(`bad value: ${line}`);
    samples.push({ name: m[1], labels, value });
  }
  return { samples, types };
}

async function scrape() {
  const res = await api().get('/api/v2/metrics').expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
  return parseMetrics(res.text);
}

const sampleOf = (samples: Sample[], name: string, labels: Record<string, string>) =>
  samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));

// Connections the broker holds under the API's connection name (MessagingModule names it by pid).
async function brokerConnectionsNamed(name: string): Promise<number> {
  const { stdout } = await promisify(execFile)(
    'rabbitmqctl',
    ['-q', 'list_connections', '--no-table-headers', 'client_properties'],
    { timeout: 20_000 },
  );
  return stdout.split('\n').filter((l) => l.includes(`{"connection_name","${name}"}`)).length;
}

beforeAll(async () => {
  s3 = await startS3Server();
  await createTestDatabase(DB_NAME);
  config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB_NAME}`,
    RABBITMQ_URL: AMQP,
    RABBITMQ_QUEUE_PREFIX: PREFIX,
    S3_ENDPOINT: '127.0.0.1',
    S3_PORT: String(s3.port),
    S3_ACCESS_KEY: s3.accessKey,
    S3_SECRET_KEY: s3.secretKey,
    WORKSPACE_ROOT: `/tmp/deployguard-health-test-${RUN}`,
    QUEUE_DEPTH_DEGRADED: String(DEPTH_DEGRADED),
    ERROR_RATE_DEGRADED_PERCENT: '50',
  });
  await runMigrations(config);
  // no queuePrefix option: the prefix comes from RABBITMQ_QUEUE_PREFIX
  app = await createApiApp(config, { logDestination: { write: () => {} } });
  await app.get(MessagingConnection).waitUntilConnected(10_000);
  amqp = await connect(AMQP);
  channel = await amqp.createConfirmChannel();
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

describe('metrics', () => {
  it('serves parseable Prometheus text with jobs by status, queues, requests and the default registry', async () => {
    await app.get(JobRepository).create({
      userId: `user-${RUN}`,
      sourcePlatform: 'github',
      sourceUrl: 'https://203.0.113.7/acme/app.git',
      sourceCredentialsId: 'c',
    });
    // a metric another feature registers on the default registry (as webhooks and the scheduler do)
    const probe = new Counter({
      name: `deployguard_e2e_probe_${RUN}_total`,
      help: 'probe',
      labelNames: ['x'],
    });
    probe.inc({ x: 'y' }, 3);
    // a run recorded by whichever scheduler replica led
    const runs = new SchedulerRunRepository(app.get(DataSource).manager);
    await runs.finish(await runs.start('expiry', 'scheduler-test', new Date()), { status: 'succeeded' });
    try {
      await api().get('/api/v2/health').expect(200);
      const { samples, types } = await scrape();
      expect(types.get('deployguard_jobs')).toBe('gauge');
      for (const status of JOB_STATUSES)
        expect(sampleOf(samples, 'deployguard_jobs', { status })).toBeDefined();
      expect(sampleOf(samples, 'deployguard_jobs', { status: 'pending' })!.value).toBe(1);
      expect(types.get('deployguard_scheduler_runs')).toBe('gauge');
      expect(
        sampleOf(samples, 'deployguard_scheduler_runs', { job: 'expiry', outcome: 'succeeded' })?.value,
      ).toBe(1);
      expect(types.get('deployguard_queue_depth')).toBe('gauge');
      for (const queue of ['scan', 'clean', 'push', 'retry', 'dead']) {
        expect(sampleOf(samples, 'deployguard_queue_depth', { queue })?.value).toBe(0);
        expect(sampleOf(samples, 'deployguard_queue_consumers', { queue })?.value).toBe(0);
      }
      expect(types.get('http_request_duration_seconds')).toBe('histogram');
      expect(
        sampleOf(samples, 'http_request_duration_seconds_count', {
          method: 'GET',
          route: '/api/v2/health',
          status_code: '200',
        })!.value,
      ).toBeGreaterThanOrEqual(1);
      expect(sampleOf(samples, `deployguard_e2e_probe_${RUN}_total`, { x: 'y' })?.value).toBe(3);
      expect(samples.some((s) => s.name === 'process_cpu_user_seconds_total')).toBe(true);
    } finally {
      register.removeSingleMetric(`deployguard_e2e_probe_${RUN}_total`);
    }
  });
});

describe('readiness', () => {
  it('is ok with every dependency up and the queue depths in the broker details', async () => {
    const res = await api().get('/api/v2/health/ready').expect(200);
    expect(res.body).toEqual({
      status: 'ok',
      reasons: [],
      details: {
        database: { status: 'up' },
        broker: { status: 'up', queues: { scan: 0, clean: 0, push: 0, retry: 0, dead: 0 } },
        storage: { status: 'up' },
      },
    });
  });

  it('reflects published messages in the queue depth gauge and turns degraded past QUEUE_DEPTH_DEGRADED', async () => {
    for (let i = 0; i < PUBLISHED; i++)
      channel.sendToQueue(`${PREFIX}.scan`, Buffer.from(`{"n":${i}}`), { persistent: true });
    await channel.waitForConfirms();
    // the depths are cached a few seconds (5 s): poll within a bound
    let depth: number | undefined;
    for (let i = 0; i < 40 && depth !== PUBLISHED; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 250));
      depth = sampleOf((await scrape()).samples, 'deployguard_queue_depth', { queue: 'scan' })?.value;
    }
    expect(depth).toBe(PUBLISHED);

    const res = await api().get('/api/v2/health/ready').expect(200);
    expect(res.body.status).toBe('degraded');
    expect(res.body.reasons).toEqual([
      {
        check: 'queue_depth',
        queue: 'scan',
        value: PUBLISHED,
        threshold: DEPTH_DEGRADED,
        message: `${PUBLISHED} scan tasks waiting (more than ${DEPTH_DEGRADED})`,
      },
    ]);
    expect(res.body.details.broker).toEqual({
      status: 'up',
      queues: { scan: PUBLISHED, clean: 0, push: 0, retry: 0, dead: 0 },
    });
    await channel.purgeQueue(`${PREFIX}.scan`);
    let status = 'degraded';
    for (let i = 0; i < 40 && status !== 'ok'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await api().get('/api/v2/health/ready').expect(200)).body.status;
    }
    expect(status).toBe('ok');
  });

  it('opens no broker connection per probe or scrape', async () => {
    const name = `deployguard-api-${process.pid}`;
    expect(await brokerConnectionsNamed(name)).toBe(1);
    // every TCP connection this process opens to the broker port while probes run
    const opened: number[] = [];
    const onSocket = (message: unknown) => {
      const socket = (message as { socket: Socket }).socket;
      socket.once('connect', () => socket.remotePort === 5672 && opened.push(socket.remotePort));
    };
    subscribe('net.client.socket', onSocket);
    try {
      for (let i = 0; i < 10; i++) {
        await Promise.all([
          api().get('/api/v2/health/ready').expect(200),
          api().get('/api/v2/health/ready').expect(200),
          api().get('/api/v2/metrics').expect(200),
        ]);
      }
    } finally {
      unsubscribe('net.client.socket', onSocket);
    }
    expect(opened).toEqual([]);
    expect(await brokerConnectionsNamed(name)).toBe(1);
  });

  it('turns degraded when the share of 5xx answers of the last minute is above the threshold', async () => {
    // No route of a healthy API answers 5xx on demand, so the answers are recorded the way the
    // request middleware records them; readiness reads the same tracker.
    const rate = app.get(HttpErrorRate);
    for (let i = 0; i < 12; i++) rate.record(500);
    for (let i = 0; i < 10; i++) rate.record(200);
    const snapshot = rate.snapshot();
    const res = await api().get('/api/v2/health/ready').expect(200);
    expect(res.body.status).toBe('degraded');
    const expected = Math.round(((snapshot.errors * 100) / snapshot.requests) * 10) / 10;
    expect(res.body.reasons).toEqual([
      expect.objectContaining({ check: 'error_rate', value: expected, threshold: 50 }),
    ]);
  });

  it('answers 503 with per-service status when storage is down, without counting probes as errors', async () => {
    const before = app.get(HttpErrorRate).snapshot();
    await s3.close();
    const res = await api().get('/api/v2/health/ready').expect(503);
    expect(res.body).toEqual({
      status_code: 503,
      error: 'Service Unavailable',
      message: 'not ready: storage down',
      details: {
        database: { status: 'up' },
        broker: { status: 'up', queues: expect.objectContaining({ scan: 0 }) },
        storage: { status: 'down', message: 'bucket not reachable' },
      },
    });
    await api().get('/api/v2/health/ready').expect(503);
    const after = app.get(HttpErrorRate).snapshot();
    expect({ requests: after.requests, errors: after.errors }).toEqual({
      requests: before.requests,
      errors: before.errors,
    });
    // liveness does not depend on storage
    await api().get('/api/v2/health').expect(200, { status: 'ok' });
  });
});
