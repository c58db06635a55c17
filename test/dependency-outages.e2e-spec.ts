// Outages of the database and the object storage, with the dependency really stopped: a private
// PostgreSQL cluster (support/private-postgres.ts) under the API (in process) and a worker (a child
// process compiled here), and an s3rver stopped and started again on the same port. The shared
// RabbitMQ serves an isolated topology (own queue prefix). Also: a source bundle over 200 MB
// through the development S3 server's multipart uploads, scanned and cleaned through the real flow.
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  openSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { INestApplication } from '@nestjs/common';
import { Client as MinioClient } from 'minio';
import { Client as PgClient } from 'pg';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@deployguard/config';
import { MessagingConnection, TaskPublisher } from '@deployguard/messaging';
import { runMigrations } from '@deployguard/persistence';
import { createApiApp } from '../apps/api/src/api.app';
import { commitFiles, git, initRepo } from './support/git-fixtures';
import { startGitHttpServer, type GitHttpServer } from './support/git-http-server';
import { startPrivatePostgres, type PrivatePostgres } from './support/private-postgres';
import { startS3Server, type TestS3Server } from './support/s3-server';
import {
  compileWorker,
  killProcessGroup,
  serviceEnv,
  startCredentialService,
  startWorkerProcess,
  tearDown,
  waitFor as waitForIt,
  type CredentialService,
} from './support/service-stack';

jest.setTimeout(120_000);
const RUN = randomBytes(4).toString('hex');
const PREFIX = `dgtest-deps-${RUN}`;
const USER = `user-deps-${RUN}`;
const PAT = 'ghp_' + 'Rt5Lm8Xq2Wv6Bn1Zk9Pd3Hs7Jf5Gc0Ya2UeQ';
const SRC = { id: 'src-cred', username: 'src-bot', password: `Src-Pw#${RUN}-q7Z` };
const KEYS = { report: randomBytes(32).toString('hex'), hash: randomBytes(32).toString('hex') };
// three incompressible files of 70 MiB: the bundle is over 200 MB, above the client's 64 MiB part
const BIG_FILES = 3;
const BIG_FILE_BYTES = 70 * 1024 * 1024;

const tmp = mkdtempSync(join(tmpdir(), 'dg-deps-e2e-'));
const buildDir = join(tmp, 'build');
let db: PrivatePostgres;
let s3: TestS3Server;
let gitServer: GitHttpServer;
let creds: CredentialService;
let app: INestApplication;
let base: string;
let worker: ChildProcess;
let build: Promise<unknown> | undefined;
let startingDb: Promise<unknown> | undefined;
const logs: string[] = [];

const env = () => ({
  ...serviceEnv({
    databaseUrl: db.url('deployguard'),
    amqpUrl: 'amqp://guest:guest@127.0.0.1:5672',
    s3,
    authServiceUrl: creds.url,
    keys: KEYS,
    workspaceRoot: join(tmp, 'workspace'),
  }),
  // the large repository's scan takes ~45 s on a loaded 2-core machine
  TASK_SOFT_TIME_LIMIT_S: '170',
  TASK_HARD_TIME_LIMIT_S: '180',
});
const waitFor = <T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs?: number) =>
  waitForIt(what, probe, timeoutMs, logs);

const api = () => request(base);
const get = (path: string) => api().get(`/api/v2${path}`).set('X-User-ID', USER);
const post = (path: string, body?: object) => api().post(`/api/v2${path}`).set('X-User-ID', USER).send(body);
const newJob = (repo = 'source') =>
  post('/jobs', {
    source_platform: 'github',
    source_url: `${gitServer.url}/${repo}.git`,
    source_credentials_id: SRC.id,
  });

const jobSettled = (id: string, timeoutMs?: number) =>
  waitFor(
    `job ${id} to settle`,
    async () => {
      const { job } = (await get(`/jobs/${id}`).expect(200)).body;
      return ['awaiting_selection', 'completed', 'failed', 'cleaned'].includes(job.status) ? job : null;
    },
    timeoutMs,
  );

// The parsed JSON lines of one process ("[api] …" or "[worker] …") logged since `from`.
function lines(process: 'api' | 'worker', from = 0): Record<string, unknown>[] {
  return logs
    .slice(from)
    .filter((l) => l.startsWith(`[${process}] `))
    .flatMap((l) => l.slice(process.length + 3).split('\n'))
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function dbQuery<T>(sql: string): Promise<T[]> {
  const client = new PgClient({ connectionString: db.url('deployguard') });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const minio = () =>
  new MinioClient({
    endPoint: '127.0.0.1',
    port: s3.port,
    useSSL: false,
    accessKey: s3.accessKey,
    secretKey: s3.secretKey,
    pathStyle: true,
    region: 'us-east-1',
  });

// A file of random bytes written in 1 MiB blocks (git cannot compress it: the bundle stays large).
function randomFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  for (let left = bytes; left > 0; left -= 1 << 20) writeSync(fd, randomBytes(Math.min(left, 1 << 20)));
  closeSync(fd);
}

beforeAll(async () => {
  startingDb = startPrivatePostgres().then((p) => (db = p));
  build = compileWorker(buildDir);
  mkdirSync(join(tmp, 'workspace'));
  const gitRoot = join(tmp, 'git');
  const work = initRepo(join(tmp, 'source-work'));
  commitFiles(work, { 'README.md': '# app\n', 'config.js': `const token = "${PAT}";\n` }, 'add config');
  git(tmp, ['clone', '--mirror', '--quiet', work, join(gitRoot, 'source.git')]);

  // the large repository: files above core.bigFileThreshold go straight into a pack, stored
  // (level 0) and never delta-compressed, so neither the test nor git spends minutes on random bytes
  const big = initRepo(join(tmp, 'big-work'));
  commitFiles(big, { 'config.js': `const token = "${PAT}";\n` }, 'add config');
  for (let i = 0; i < BIG_FILES; i++) randomFile(join(big, `blob-${i}.bin`), BIG_FILE_BYTES);
  const bigFiles = ['-c', 'core.compression=0', '-c', 'core.bigFileThreshold=1m'];
  git(big, [...bigFiles, 'add', '.']);
  git(big, [...bigFiles, 'commit', '--quiet', '-m', 'add large assets']);
  git(tmp, ['clone', '--mirror', '--quiet', big, join(gitRoot, 'big.git')]);
  git(join(gitRoot, 'big.git'), ['config', 'pack.compression', '0']);
  git(join(gitRoot, 'big.git'), ['config', 'core.bigFileThreshold', '1m']);

  [s3, gitServer, creds] = await Promise.all([
    startS3Server(),
    startGitHttpServer({ root: gitRoot, username: SRC.username, password: SRC.password }),
    startCredentialService(USER, [SRC]),
  ]);
  await startingDb;
  const admin = new PgClient({ connectionString: db.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE deployguard');
  await admin.end();
  await runMigrations(loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url('deployguard') }));
  const config: AppConfig = loadConfig(env());
  app = await createApiApp(config, {
    queuePrefix: PREFIX,
    logDestination: { write: (line: string) => logs.push(`[api] ${line}`) },
  });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
  await app.get(MessagingConnection).waitUntilConnected(10_000);
  const publisher = app.get(TaskPublisher);
  await waitFor('the API publisher', async () => publisher.isReady(), 5000);
  await build;
  worker = startWorkerProcess(buildDir, env(), PREFIX, logs);
  await waitFor('the worker to consume', async () =>
    lines('worker').some((l) => l.msg === 'worker consuming'),
  );
}, 240_000);

afterAll(async () => {
  // For debugging a failure: DG_TEST_WORKER_LOGS=/tmp/deps.log keeps the API and worker output.
  if (process.env.DG_TEST_WORKER_LOGS) writeFileSync(process.env.DG_TEST_WORKER_LOGS, logs.join(''));
  const steps: (() => unknown)[] = [
    () => killProcessGroup(worker),
    () => app?.close(),
    // a failed beforeAll may leave the cluster still starting: it goes too
    () => startingDb?.then(() => db.destroy()),
    () => s3?.close(),
    () => gitServer?.close(),
    () => creds?.close(),
  ];
  await tearDown(steps, build, tmp);
}, 60_000);

describe('a source bundle over 200 MB through the development S3 server', () => {
  it('is stored by the scan with multipart uploads, whole and valid', async () => {
    const started = Date.now();
    const id = (await newJob('big').expect(201)).body.id as string;
    const scanned = await jobSettled(id, 180_000);
    expect(scanned).toMatchObject({ status: 'awaiting_selection', findings_count: 1 });
    const key = `repos/${id}/source.bundle`;
    const stored = await minio().statObject('deployguard', key);
    expect(stored.size).toBeGreaterThan(200 * 1000 * 1000);
    // read back as the clean task reads it: the parts were assembled into the bundle git wrote
    const copy = join(tmp, 'copy.bundle');
    await pipeline(await minio().getObject('deployguard', key), createWriteStream(copy));
    const heads = git(tmp, ['bundle', 'list-heads', copy]);
    expect(heads).toContain(git(join(tmp, 'big-work'), ['rev-parse', 'HEAD']));
    git(join(tmp, 'git', 'big.git'), ['bundle', 'verify', '--quiet', copy]);
    process.stdout.write(
      `large bundle: ${(stored.size / 1e6).toFixed(0)} MB stored by the scan in ${Date.now() - started} ms\n`,
    );
  }, 240_000);
});

describe('object storage stopped and started again', () => {
  it('fails the job with a message naming the storage, no address; the API answers 503', async () => {
    const before = (await newJob().expect(201)).body.id as string;
    expect((await jobSettled(before)).status).toBe('awaiting_selection');
    const from = logs.length;
    const { port, accessKey, secretKey } = s3;
    await s3.close();

    const id = (await newJob().expect(201)).body.id as string;
    const job = await jobSettled(id);
    // TASK_MAX_RETRIES=2: three attempts, then failed
    expect(job.status).toBe('failed');
    expect(job.error_message).toBe('scan failed after 3 attempts: storage unavailable; retry later');
    const report = await get(`/jobs/${before}/report`);
    expect([report.status, report.headers['retry-after'], report.body.message]).toEqual([
      503,
      '5',
      'object storage unavailable; try again later',
    ]);
    // the details are in the worker's log, not in anything the user sees
    const details = lines('worker', from).filter((l) => l.msg === 'dependency failed');
    expect(details.length).toBe(3);
    expect(details[0]).toMatchObject({ level: 'warn', error: 'storage unavailable; retry later' });
    expect(String(details[0].detail)).toMatch(/ECONNREFUSED/);
    const { job: shown } = (await get(`/jobs/${id}`).expect(200)).body;
    expect(shown.error_message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|9000|at /);

    s3 = await startS3Server({ port, accessKey, secretKey });
    await waitFor('readiness to report the storage up', async () =>
      (await api().get('/api/v2/health/ready')).status === 200 ? true : null,
    );
    const after = (await newJob().expect(201)).body.id as string;
    expect((await jobSettled(after)).status).toBe('awaiting_selection');
  });

  it('does not retry a permanent storage error (the bucket is gone)', async () => {
    const names: string[] = [];
    for await (const o of minio().listObjectsV2('deployguard', '', true)) names.push(o.name!);
    await minio().removeObjects('deployguard', names);
    await minio().removeBucket('deployguard');
    try {
      const id = (await newJob().expect(201)).body.id as string;
      const job = await jobSettled(id);
      expect(job.status).toBe('failed');
      expect(job.error_message).toMatch(
        /^scan failed after 1 attempt: storage refused the request \(NoSuchBucket\); retrying will not help/,
      );
    } finally {
      await minio().makeBucket('deployguard', 'us-east-1');
    }
  });
});

describe('PostgreSQL stopped and started again', () => {
  it('answers 503 with Retry-After naming the database, logs the outage once, writes nothing half-way', async () => {
    const jobsBefore = (await dbQuery<{ n: number }>('SELECT count(*)::int AS n FROM jobs'))[0].n;
    const auditBefore = (await dbQuery<{ n: number }>('SELECT count(*)::int AS n FROM audit_logs'))[0].n;
    const from = logs.length;
    await db.stop();

    const answers = [];
    for (let i = 0; i < 3; i++) {
      answers.push(await newJob(), await get('/jobs'), await get('/repositories'));
      const ready = await api().get('/api/v2/health/ready');
      expect([ready.status, ready.body.message]).toEqual([503, 'not ready: database down']);
    }
    for (const res of answers) {
      expect([res.status, res.headers['retry-after'], res.body]).toEqual([
        503,
        '5',
        { status_code: 503, error: 'Service Unavailable', message: 'database unavailable; try again later' },
      ]);
    }
    await api().get('/api/v2/health').expect(200, { status: 'ok' });
    // the worker's webhook dispatcher polls the database: it backs off (no line per poll)
    await new Promise((r) => setTimeout(r, 3000));

    await db.start();
    await waitFor('POST /jobs to be accepted again', async () =>
      (await newJob()).status === 201 ? true : null,
    );
    await api().get('/api/v2/health/ready').expect(200);
    await waitFor('the worker to log the end of the outage', async () =>
      lines('worker', from).some((l) => l.msg === 'database available again') ? true : null,
    );

    const apiLines = lines('api', from);
    const workerLines = lines('worker', from);
    // the worker logs through the same factory as the API: level labels, the service's name
    expect(workerLines.every((l) => typeof l.level === 'string' && l.service === 'deployguard-worker')).toBe(
      true,
    );
    // one warn line when it starts, one info line when it ends, per process; no error-level line
    for (const [name, found] of [
      ['api', apiLines],
      ['worker', workerLines],
    ] as const) {
      const outage = found.filter((l) => l.dependency === 'database').map((l) => [l.level, l.msg]);
      expect([name, outage]).toEqual([
        name,
        [
          ['warn', 'database unavailable'],
          ['info', 'database available again'],
        ],
      ]);
      expect([name, found.filter((l) => l.level === 'error' || l.level === 'fatal')]).toEqual([name, []]);
    }
    // the refused creations left no job and no audit row; the accepted one left one of each
    expect((await dbQuery<{ n: number }>('SELECT count(*)::int AS n FROM jobs'))[0].n).toBe(jobsBefore + 1);
    const created = await dbQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT * FROM audit_logs ORDER BY created_at OFFSET ${auditBefore}) a
        WHERE action = 'job.create' AND details->>'outcome' = 'success'`,
    );
    expect(created[0].n).toBe(1);
  });
});
