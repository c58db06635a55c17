// Per-user limits through two real API processes (built dist/, `npm run build` first) sharing one
// PostgreSQL database of the test's own: request rates counted together over both replicas, the
// caps on active jobs and registered repositories, other users untouched, probes never limited,
// and a failing limiter store that lets requests through (fail open) with a warning.
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { connect as tcpConnect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { connect } from 'amqplib';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@deployguard/config';
import { buildTopology, deleteTopology } from '@deployguard/messaging';
import { runMigrations } from '@deployguard/persistence';
import { startS3Server, type TestS3Server } from './support/s3-server';
import { createTestDatabase, dropTestDatabase, killProcessGroup, pg, waitFor } from './support/service-stack';

jest.setTimeout(90_000);

const ROOT = join(__dirname, '..');
const MAIN = join(ROOT, 'dist/apps/api/src/main.js');
const RUN = randomBytes(5).toString('hex');
const DB_NAME = `deployguard_limits_test_${RUN}`;
const PREFIX = `test-limits-${RUN}`;
const AMQP = 'amqp://guest:guest@127.0.0.1:5672';
const SOURCE = 'https://203.0.113.7/acme/app.git'; // public TEST-NET-3: no DNS lookup
const WRITES = 8;
const READS = 12;
const MAX_JOBS = 3;
const MAX_REPOS = 2;

let s3: TestS3Server;
let config: AppConfig;
const apis: { child: ChildProcess; base: string; logs: string[] }[] = [];

const user = (name: string) => `${name}-${RUN}`;
// request i goes to replica i % 2
const at = (i: number) => request(apis[i % 2].base);
const newJob = { source_platform: 'github', source_url: SOURCE, source_credentials_id: 'cred-1' };

function env(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB_NAME}`,
    DATABASE_POOL_MAX: '4',
    RABBITMQ_URL: AMQP,
    S3_ENDPOINT: '127.0.0.1',
    S3_PORT: String(s3.port),
    S3_ACCESS_KEY: s3.accessKey,
    S3_SECRET_KEY: s3.secretKey,
    S3_BUCKET: 'deployguard',
    WORKSPACE_ROOT: `/tmp/deployguard-limits-test-${RUN}`,
    RATE_LIMIT_PER_MINUTE: String(WRITES),
    RATE_LIMIT_READS_PER_MINUTE: String(READS),
    MAX_ACTIVE_JOBS_PER_USER: String(MAX_JOBS),
    MAX_REPOSITORIES_PER_USER: String(MAX_REPOS),
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// A TCP relay to the local PostgreSQL: closing it is a database outage for whoever connects through it.
async function startDatabaseRelay(): Promise<{ port: number; cut: () => void }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = tcpConnect(5432, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    cut: () => {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}

async function startApi(overrides: Record<string, string> = {}): Promise<void> {
  const port = await freePort();
  const logs: string[] = [];
  const child = spawn(process.execPath, [MAIN, '--queue-prefix', PREFIX], {
    env: { ...env(), PORT: String(port), ...overrides },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => logs.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => logs.push(d.toString()));
  const base = `http://127.0.0.1:${port}`;
  apis.push({ child, base, logs });
  await waitFor(
    `API on port ${port}`,
    () =>
      request(base)
        .get('/api/v2/health')
        .then((r) => r.status === 200)
        .catch(() => false),
    30_000,
    logs,
  );
}

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
  s3 = await startS3Server();
  await createTestDatabase(DB_NAME);
  const variables = env();
  config = loadConfig(variables);
  await runMigrations(config);
  await Promise.all([startApi(), startApi()]);
});

afterAll(async () => {
  for (const api of apis) killProcessGroup(api.child);
  if (config) {
    const amqp = await connect(AMQP);
    const channel = await amqp.createChannel();
    await deleteTopology(
      channel,
      buildTopology(PREFIX, config.tasks.maxRetries, config.tasks.retryBaseDelayMs),
    );
    await amqp.close();
  }
  await dropTestDatabase(DB_NAME);
  await s3?.close();
});

function expect429(res: request.Response, pattern: RegExp): number {
  expect(res.status).toBe(429);
  expect(res.body).toEqual({
    status_code: 429,
    error: 'Too Many Requests',
    message: expect.stringMatching(pattern),
  });
  const retryAfter = Number(res.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  return retryAfter;
}

describe('rate limits shared by two API replicas', () => {
  it('refuses the state-changing request after RATE_LIMIT_PER_MINUTE, whichever replica gets it', async () => {
    const u = user('writer');
    // bad bodies: the limiter counts before validation, and nothing is created
    for (let i = 0; i < WRITES; i++) {
      const res = await at(i).post('/api/v2/jobs').set('X-User-ID', u).send({});
      expect(res.status).toBe(400);
    }
    for (const i of [0, 1]) {
      const res = await at(i).post('/api/v2/jobs').set('X-User-ID', u).send({});
      const retryAfter = expect429(res, new RegExp(`limit is ${WRITES} per minute`));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }
    // reads have their own budget; another user has their own
    await at(0).get('/api/v2/jobs').set('X-User-ID', u).expect(200);
    await at(1).post('/api/v2/jobs').set('X-User-ID', user('bystander')).send({}).expect(400);
  });

  it('limits reads at RATE_LIMIT_READS_PER_MINUTE over both replicas', async () => {
    const u = user('reader');
    const statuses = [];
    for (let i = 0; i < READS + 2; i++)
      statuses.push((await at(i).get('/api/v2/jobs').set('X-User-ID', u)).status);
    expect(statuses).toEqual([...Array<number>(READS).fill(200), 429, 429]);
  });

  it('never limits health, readiness and metrics', async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < READS * 2; i++) {
      for (const path of ['/api/v2/health', '/api/v2/health/ready', '/api/v2/metrics'])
        statuses.add((await at(i).get(path).set('X-User-ID', user('prober'))).status);
    }
    expect(statuses.has(429)).toBe(false);
  });
});

describe('caps', () => {
  it('keeps a user at MAX_ACTIVE_JOBS_PER_USER even under concurrent requests to both replicas', async () => {
    const u = user('busy');
    const results = await Promise.all(
      Array.from({ length: MAX_JOBS + 3 }, (_, i) =>
        at(i).post('/api/v2/jobs').set('X-User-ID', u).send(newJob),
      ),
    );
    const created = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status === 429);
    expect(created).toHaveLength(MAX_JOBS);
    expect(refused).toHaveLength(3);
    expect(expect429(refused[0], new RegExp(`already have ${MAX_JOBS} active jobs`))).toBe(60);
    const [row] = await pg<{ n: number }>(
      `SELECT count(*)::int AS n FROM jobs WHERE user_id = '${u}'`,
      DB_NAME,
    );
    expect(row.n).toBe(MAX_JOBS);

    // another user is not affected
    await at(0).post('/api/v2/jobs').set('X-User-ID', user('other')).send(newJob).expect(201);
    // a cancelled job is no longer active: room for one more
    await at(1)
      .delete(`/api/v2/jobs/${created[0].body.id as string}`)
      .set('X-User-ID', u)
      .expect(200);
    await at(0).post('/api/v2/jobs').set('X-User-ID', u).send(newJob).expect(201);
  });

  it('keeps a user at MAX_REPOSITORIES_PER_USER, and a manual scan counts against the job cap', async () => {
    const u = user('collector');
    const body = (i: number) => ({ url: `https://203.0.113.7/acme/repo-${i}.git`, schedule: 3600 });
    const ids: string[] = [];
    for (let i = 0; i < MAX_REPOS; i++)
      ids.push(
        (await at(i).post('/api/v2/repositories').set('X-User-ID', u).send(body(i)).expect(201)).body.id,
      );
    const refused = await at(1).post('/api/v2/repositories').set('X-User-ID', u).send(body(9));
    expect(refused.status).toBe(429);
    expect(refused.body.message).toMatch(new RegExp(`already have ${MAX_REPOS} registered repositories`));
    await at(0).post('/api/v2/repositories').set('X-User-ID', user('other-repo')).send(body(0)).expect(201);

    // fill the job cap with plain jobs, then ask for a manual scan of a registered repository
    for (let i = 0; i < MAX_JOBS; i++)
      await at(i).post('/api/v2/jobs').set('X-User-ID', u).send(newJob).expect(201);
    const scan = await at(1).post(`/api/v2/repositories/${ids[0]}/scan`).set('X-User-ID', u);
    expect429(scan, /active jobs/);
  });
});

describe('limiter store failure', () => {
  it('lets requests through with a warning instead of a 500 (fail open)', async () => {
    const u = user('outage');
    await pg(`ALTER TABLE rate_limit_counters RENAME TO rate_limit_counters_gone`, DB_NAME);
    try {
      for (let i = 0; i < WRITES + 2; i++)
        await at(i).post('/api/v2/jobs').set('X-User-ID', u).send({}).expect(400);
      await at(0).get('/api/v2/jobs').set('X-User-ID', u).expect(200);
    } finally {
      await pg(`ALTER TABLE rate_limit_counters_gone RENAME TO rate_limit_counters`, DB_NAME);
    }
    const warnings = apis
      .flatMap((a) => a.logs.join('').split('\n'))
      .filter((l) => l.includes('rate limit store unavailable'));
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(warnings[0])).toMatchObject({ level: 'warn' });
    // limiting resumes once the store is back
    for (let i = 0; i < WRITES; i++)
      await at(i).post('/api/v2/jobs').set('X-User-ID', u).send({}).expect(400);
    expect((await at(0).post('/api/v2/jobs').set('X-User-ID', u).send({})).status).toBe(429);
  });
});

describe('database outage', () => {
  it('does not turn the limiter into a 500: requests are answered as if unlimited', async () => {
    const relay = await startDatabaseRelay();
    await startApi({ DATABASE_URL: `postgres://postgres@127.0.0.1:${relay.port}/${DB_NAME}` });
    const api = apis[apis.length - 1];
    const u = user('cut-off');
    await request(api.base).post('/api/v2/jobs').set('X-User-ID', u).send({}).expect(400);
    relay.cut();
    for (let i = 0; i < WRITES + 2; i++)
      await request(api.base).post('/api/v2/jobs').set('X-User-ID', u).send({}).expect(400);
    await request(api.base).get('/api/v2/health').expect(200);
    await waitFor(
      'the warning',
      async () => api.logs.join('').includes('rate limit store unavailable'),
      5_000,
      api.logs,
    );
  });
});
