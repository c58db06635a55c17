// A real RabbitMQ outage: a private broker node (its own node name, ports and data, see
// support/private-rabbitmq.ts) is stopped and started again under the API (in process) and one
// worker (a child process compiled here into a temporary directory), with the real local
// PostgreSQL (own database), s3rver, an authenticated git smart-HTTP server and a small credential
// service. The shared broker on 5672 is never touched.
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { connect } from 'amqplib';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@deployguard/config';
import { MessagingConnection, TaskPublisher, type TaskKind } from '@deployguard/messaging';
import { JobRepository, runMigrations } from '@deployguard/persistence';
import { createApiApp } from '../apps/api/src/api.app';
import { startGitHttpServer, type GitHttpServer } from './support/git-http-server';
import { commitFiles, git, initRepo } from './support/git-fixtures';
import { startPrivateRabbitMq, type PrivateRabbitMq } from './support/private-rabbitmq';
import { startS3Server, type TestS3Server } from './support/s3-server';
import {
  compileWorker,
  killProcessGroup,
  pg,
  serviceEnv,
  startCredentialService,
  startWorkerProcess,
  tearDown,
  waitFor as waitForIt,
  type CredentialService,
} from './support/service-stack';

jest.setTimeout(60_000);
const RUN = randomBytes(4).toString('hex');
const DB_NAME = `deployguard_outage_test_${RUN}`;
const DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${DB_NAME}`;
const PREFIX = `dgtest-outage-${RUN}`;
const USER = `user-outage-${RUN}`;
const PAT = 'ghp_' + 'Xq4Lm8Rt2Wv6Bn1Zk9Pd3Hs7Jf5Gc0Ya2UeT';
const SRC = { id: 'src-cred', username: 'src-bot', password: `Src-Pw#${RUN}-q7Z` };
const DST = { id: 'dst-cred', username: 'dst-bot', password: `Dst-Pw#${RUN}-k3X` };
// the first request for these credentials gets no answer: it keeps the worker busy on a task
const HELD = { ...SRC, id: 'src-cred-held' };
const KEYS = { report: randomBytes(32).toString('hex'), hash: randomBytes(32).toString('hex') };
const RECOVERY_MS = 30_000;

const tmp = mkdtempSync(join(tmpdir(), 'dg-outage-e2e-'));
const buildDir = join(tmp, 'build');
let broker: PrivateRabbitMq;
let s3: TestS3Server;
let gitServer: GitHttpServer;
let gitTarget: GitHttpServer;
let creds: CredentialService;
let app: INestApplication;
let base: string;
let jobs: JobRepository;
let worker: ChildProcess;
let build: Promise<unknown> | undefined;
const logs: string[] = [];

const jobRows = async () => (await pg<{ n: number }>('SELECT count(*)::int AS n FROM jobs', DB_NAME))[0].n;

const env = () =>
  serviceEnv({
    databaseUrl: DATABASE_URL,
    amqpUrl: broker.url,
    s3,
    authServiceUrl: creds.url,
    keys: KEYS,
    workspaceRoot: join(tmp, 'workspace'),
  });
const waitFor = <T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs?: number) =>
  waitForIt(what, probe, timeoutMs, logs);

const api = () => request(base);
const get = (path: string) => api().get(`/api/v2${path}`).set('X-User-ID', USER);
const post = (path: string, body?: object) => api().post(`/api/v2${path}`).set('X-User-ID', USER).send(body);
const newJob = (credentialsId = SRC.id) =>
  post('/jobs', {
    source_platform: 'github',
    source_url: `${gitServer.url}/source.git`,
    source_credentials_id: credentialsId,
  });
const pushBody = () => ({
  target_platform: 'github',
  target_url: `${gitTarget.url}/target.git`,
  target_credentials_id: DST.id,
  force_push: true,
});

const waitForStatus = (id: string, status: string, timeoutMs?: number) =>
  waitFor(
    `job ${id} to be ${status}`,
    async () => {
      const { job } = (await get(`/jobs/${id}`).expect(200)).body;
      if (job.status === 'failed') throw new Error(`job ${id} failed: ${job.error_message}`);
      return job.status === status ? job : null;
    },
    timeoutMs,
  );

// A fresh connection per look: it needs no reconnect logic of its own across the outage.
async function queueState(kind: TaskKind) {
  const conn = await connect(broker.url);
  try {
    const ch = await conn.createChannel();
    return await ch.checkQueue(`${PREFIX}.${kind}`);
  } finally {
    await conn.close();
  }
}

async function selectAll(id: string): Promise<number> {
  const secrets = (await get(`/jobs/${id}/secrets`).expect(200)).body.items as { id: string }[];
  await post(`/jobs/${id}/secrets/select`, { secret_ids: secrets.map((s) => s.id) }).expect(200);
  return secrets.length;
}

beforeAll(async () => {
  // the node starts while the worker compiles (both take seconds)
  const startingBroker = startPrivateRabbitMq().then((b) => (broker = b));
  build = compileWorker(buildDir);
  mkdirSync(join(tmp, 'workspace'));
  const gitRoot = join(tmp, 'git');
  const work = initRepo(join(tmp, 'source-work'));
  commitFiles(work, { 'README.md': '# app\n', 'config.js': `const token = "${PAT}";\n` }, 'add config');
  git(tmp, ['clone', '--mirror', '--quiet', work, join(gitRoot, 'source.git')]);
  initRepo(join(gitRoot, 'target.git'), { bare: true });
  [s3, gitServer, gitTarget, creds] = await Promise.all([
    startS3Server(),
    startGitHttpServer({ root: gitRoot, username: SRC.username, password: SRC.password }),
    startGitHttpServer({ root: gitRoot, username: DST.username, password: DST.password }),
    startCredentialService(USER, [SRC, DST, { ...HELD, holdFirst: true }]),
  ]);
  await pg(`CREATE DATABASE ${DB_NAME}`);
  await runMigrations(loadConfig({ NODE_ENV: 'test', DATABASE_URL }));
  await startingBroker;
  const config: AppConfig = loadConfig(env());
  app = await createApiApp(config, {
    queuePrefix: PREFIX,
    logDestination: { write: (line: string) => logs.push(`[api] ${line}`) },
  });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
  jobs = app.get(JobRepository);
  await app.get(MessagingConnection).waitUntilConnected(10_000);
  const publisher = app.get(TaskPublisher);
  await waitFor('the API publisher', async () => publisher.isReady(), 5000);
  await build;
  worker = startWorkerProcess(buildDir, env(), PREFIX, logs);
  await waitFor('the worker to consume', async () => (await queueState('scan')).consumerCount === 1);
}, 120_000);

afterAll(async () => {
  // For debugging a failure: DG_TEST_WORKER_LOGS=/tmp/outage.log keeps the API and worker output.
  if (process.env.DG_TEST_WORKER_LOGS) writeFileSync(process.env.DG_TEST_WORKER_LOGS, logs.join(''));
  const steps: (() => unknown)[] = [
    () => killProcessGroup(worker),
    () => app?.close(),
    // the private node goes whatever happened above; its queues go with its data directory
    () => broker?.stop(),
    () => pg(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`),
    () => s3?.close(),
    () => gitServer?.close(),
    () => gitTarget?.close(),
    () => creds?.close(),
  ];
  await tearDown(steps, build, tmp);
}, 60_000);

let cleaned: string; // a cleaned job: POST push needs the broker
let selected: string; // awaiting_selection with secrets selected: POST clean needs the broker
let inFlight: string; // its scan is running when the broker stops
let queued: string; // its scan message waits in the queue when the broker stops
let secretsPerScan: number;

describe('RabbitMQ stopped and restarted under the API and a worker', () => {
  it('before the outage: POST /jobs publishes, the worker scans and cleans', async () => {
    const first = (await newJob().expect(201)).body.id as string;
    await waitForStatus(first, 'awaiting_selection');
    secretsPerScan = await selectAll(first);
    expect(secretsPerScan).toBeGreaterThanOrEqual(1);
    await post(`/jobs/${first}/clean`).expect(202);
    await waitForStatus(first, 'cleaned');
    cleaned = first;

    selected = (await newJob().expect(201)).body.id;
    await waitForStatus(selected, 'awaiting_selection');
    await selectAll(selected);
  });

  it('while it is down: 503 where the broker is needed, reads and liveness answer, no row left behind', async () => {
    inFlight = (await newJob(HELD.id).expect(201)).body.id;
    await waitFor('the worker to be busy with a scan', async () => creds.held.length === 1);
    queued = (await newJob().expect(201)).body.id;
    // prefetch 1: the second message stays in the queue, persistent in a durable queue
    expect((await queueState('scan')).messageCount).toBe(1);
    const rowsBefore = await jobRows();

    await broker.stopApp();
    const ready = await waitFor(
      'readiness to report the broker down',
      async () => {
        const res = await api().get('/api/v2/health/ready');
        return res.status === 503 ? res : null;
      },
      10_000,
    );
    expect(ready.body).toMatchObject({ status_code: 503, message: 'not ready: broker down' });
    expect(ready.body.details).toMatchObject({
      database: { status: 'up' },
      broker: { status: 'down' },
      storage: { status: 'up' },
    });

    const refused = [
      await newJob(),
      await post(`/jobs/${selected}/clean`),
      await post(`/jobs/${cleaned}/push`, pushBody()),
    ];
    for (const res of refused) {
      expect([res.status, res.body]).toEqual([
        503,
        {
          status_code: 503,
          error: 'Service Unavailable',
          message: expect.stringMatching(
            /^message broker unavailable: the .* (not created|not started); try again later$/,
          ),
        },
      ]);
    }

    await api().get('/api/v2/health').expect(200, { status: 'ok' });
    const list = (await get('/jobs').expect(200)).body;
    expect(list.total).toBe(4);
    expect((await get(`/jobs/${cleaned}`).expect(200)).body.job).toMatchObject({
      status: 'cleaned',
      target_url: null,
    });
    expect((await get(`/jobs/${selected}`).expect(200)).body.job.status).toBe('awaiting_selection');
    expect(await jobRows()).toBe(rowsBefore);
    // the refused clean and push rolled their transactions back
    expect(await jobs.findById(cleaned)).toMatchObject({ status: 'cleaned', targetUrl: null });
    expect(await jobs.findById(selected)).toMatchObject({ status: 'awaiting_selection' });
  });

  it('after start_app: the API publishes again, the worker reconnects by itself, no job is lost', async () => {
    const rowsBefore = await jobRows();
    const pid = worker.pid;
    const restartedAt = Date.now();
    await broker.startApp();

    // until the API has reconnected a POST is refused (503, no row), never a 500
    const created = await waitFor(
      'POST /jobs to be accepted again',
      async () => {
        const res = await newJob();
        if (res.status !== 201) expect([res.status, res.body.message]).toEqual([503, expect.any(String)]);
        return res.status === 201 ? (res.body.id as string) : null;
      },
      RECOVERY_MS,
    );
    const publishingAfterMs = Date.now() - restartedAt;
    expect(await jobRows()).toBe(rowsBefore + 1);

    for (const id of [inFlight, queued, created]) await waitForStatus(id, 'awaiting_selection', RECOVERY_MS);
    expect(Date.now() - restartedAt).toBeLessThan(RECOVERY_MS);
    // the same process, reconnected: not a restarted worker
    expect([worker.pid, worker.exitCode, worker.signalCode]).toEqual([pid, null, null]);
    const workerLog = logs.filter((l) => l.startsWith('[worker]')).join('');
    expect(workerLog.match(/"msg":"connected to the message broker"/g)).toHaveLength(2);
    // the scan under way when the broker stopped was given up and delivered again
    expect(workerLog).toMatch(
      new RegExp(`"job_id":"${inFlight}".*"msg":"task interrupted; the broker delivers it again"`),
    );
    // the interrupted scan ran again from the start and stored exactly one set of secrets
    for (const id of [inFlight, queued, created])
      expect((await get(`/jobs/${id}/secrets`).expect(200)).body.total).toBe(secretsPerScan);
    expect(creds.held).toHaveLength(1);
    await api().get('/api/v2/health/ready').expect(200);

    // the endpoints refused during the outage work again, end to end
    await post(`/jobs/${selected}/clean`).expect(202);
    await post(`/jobs/${cleaned}/push`, pushBody()).expect(202);
    await waitForStatus(selected, 'cleaned');
    await waitForStatus(cleaned, 'pushed');
    const queues = await queueState('scan');
    expect([queues.messageCount, queues.consumerCount]).toEqual([0, 1]);
    process.stdout.write(
      `private broker: up in ${broker.startupMs} ms; POST /jobs accepted ${publishingAfterMs} ms after start_app\n`,
    );
  });
});
