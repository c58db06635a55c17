// The worker end to end, as a real process (compiled here into a temporary directory) against the
// real local PostgreSQL (own database), RabbitMQ (own queue prefix), an s3rver, authenticated git
// smart-HTTP servers and a small credential service. The API is not involved: the test creates
// job rows and publishes task messages the way the API does.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { connect, type ChannelModel } from 'amqplib';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '@deployguard/config';
import {
  buildTopology,
  createTaskMessage,
  deleteTopology,
  MessagingConnection,
  TaskPublisher,
  type TaskKind,
} from '@deployguard/messaging';
import {
  createRepositories,
  dataSourceOptions,
  runMigrations,
  secretHashOf,
  type JobStatus,
  type Repositories,
} from '@deployguard/persistence';
import { ObjectStorage, reportKey, repoKey, cleanedKey } from '@deployguard/storage';
import { openSecretReport } from '@deployguard/tasks';
import { startGitHttpServer, type GitHttpServer } from './support/git-http-server';
import {
  commitFiles,
  createBranch,
  createTag,
  git,
  gitAsync,
  initRepo,
  checkout,
  updateRef,
} from './support/git-fixtures';
import { startS3Server, type TestS3Server } from './support/s3-server';
import { createTestDatabase, dropTestDatabase } from './support/service-stack';

jest.setTimeout(60_000);
const exec = promisify(execFile);
const ROOT = join(__dirname, '..');
const RUN = randomBytes(4).toString('hex');
const DB_NAME = `deployguard_worker_test_${RUN}`;
const PREFIX = `dgtest-worker-${RUN}`;
const AMQP = 'amqp://guest:guest@127.0.0.1:5672';
const USER = 'user-a';
const PAT_A = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const PAT_B = 'ghp_' + 'Lq7Xw2Mz9Rb4Tn6Vc1Yk8Hd3Pf5Ja0Gs2EuW';
const AWS = 'AKIA' + 'QW3ER7TY2UI5OP4Z';
const SRC = { id: 'src-cred', username: 'src-bot', password: `Src-Pw#${RUN}-q7Z` };
const DST = { id: 'dst-cred', username: 'dst-bot', password: `Dst-Pw#${RUN}-k3X` };
const KEYS = { report: randomBytes(32), hash: randomBytes(32) };
const MAX_RETRIES = 2;
const RETRY_BASE_MS = 200;

const tmp = mkdtempSync(join(tmpdir(), 'dg-worker-e2e-'));
const workspaceRoot = join(tmp, 'workspace');
const buildDir = join(tmp, 'build');
let s3: TestS3Server;
let gitSource: GitHttpServer;
let gitSlow: GitHttpServer;
let gitTarget: GitHttpServer;
let gitStuck: GitHttpServer;
let creds: { server: Server; url: string; requests: { path: string; user: string | undefined }[] };
let dataSource: DataSource;
let repos: Repositories;
let storage: ObjectStorage;
let amqp: ChannelModel;
let connection: MessagingConnection;
let publisher: TaskPublisher;
const workers: ChildProcess[] = [];
const logs: string[] = [];

function startCredentialService(): Promise<typeof creds> {
  const requests: { path: string; user: string | undefined }[] = [];
  const server = createServer((req, res) => {
    const user = req.headers['x-user-id'] as string | undefined;
    requests.push({ path: req.url ?? '', user });
    const known = [SRC, DST].find((c) => req.url === `/api/credentials/${c.id}`);
    if (!known || user !== USER) return void res.writeHead(404).end('{"error":"not found"}');
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ username: known.username, password: known.password }));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests }),
    ),
  );
}

// Source: secrets added then removed, on a branch, behind a tag and a forge-owned ref.
function buildSourceRepository(root: string): void {
  const work = initRepo(join(tmp, 'source-work'));
  commitFiles(work, { 'README.md': '# app\n', 'src/config.js': `const token = "${PAT_A}";\n` }, 'add config');
  commitFiles(
    work,
    { 'src/config.js': 'const token = process.env.TOKEN;\n', '.env': `AWS_ACCESS_KEY_ID=${AWS}\n` },
    'use env',
  );
  createTag(work, 'v1.0', { message: 'release' });
  createBranch(work, 'feature');
  checkout(work, 'feature');
  commitFiles(
    work,
    { 'deploy.sh': `curl -H "Authorization: token ${PAT_B}" https://api.github.com\n` },
    'deploy script',
  );
  checkout(work, 'main');
  updateRef(work, 'refs/pull/1/head', 'feature');
  git(root, ['clone', '--mirror', '--quiet', work, join(root, 'source.git')]);
  initRepo(join(root, 'target.git'), { bare: true });
  // History the scan can only partly see: a shallow mirror (1 commit) whose tip is replaced, a
  // file from before the boundary, and a token pasted in the tip's commit message.
  const meta = initRepo(join(tmp, 'meta-work'));
  commitFiles(meta, { 'README.md': '# old\n', '.env': `AWS_ACCESS_KEY_ID=${AWS}\n` }, 'old history');
  commitFiles(meta, { 'app.txt': 'app\n' }, `deploy\n\nused ${PAT_B} by hand`);
  const shallow = join(root, 'meta.git');
  git(root, ['clone', '--mirror', '--quiet', '--depth', '1', `file://${meta}`, shallow]);
  const tip = git(shallow, ['rev-parse', 'HEAD']);
  const empty = git(shallow, ['mktree']); // stdin is /dev/null: the empty tree
  git(shallow, ['replace', tip, git(shallow, ['commit-tree', '-m', 'deploy', empty])]);

  // A token also written into a binary file, which a clean never edits: it cannot verify.
  const binary = initRepo(join(tmp, 'binary-work'));
  commitFiles(
    binary,
    {
      'src/config.js': `const token = "${PAT_A}";\n`,
      'assets/token.bin': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(PAT_A), Buffer.from([0])]),
    },
    'add config',
  );
  git(root, ['clone', '--mirror', '--quiet', binary, join(root, 'binary-leftover.git')]);
}

function startWorker(
  name: string,
  extraArgs: string[] = [],
  overrides: NodeJS.ProcessEnv = {},
): ChildProcess {
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
    AUTH_SERVICE_URL: creds.url,
    REPORT_ENCRYPTION_KEY: KEYS.report.toString('hex'),
    SECRET_HASH_KEY: KEYS.hash.toString('hex'),
    WORKSPACE_ROOT: workspaceRoot,
    TASK_MAX_RETRIES: String(MAX_RETRIES),
    TASK_RETRY_BASE_DELAY_MS: String(RETRY_BASE_MS),
    TASK_SOFT_TIME_LIMIT_S: '50',
    TASK_HARD_TIME_LIMIT_S: '60',
    ALLOW_LOCAL_URLS: 'true',
    ALLOW_PRIVATE_URLS: 'true',
    WORKER_METRICS_PORT: '0',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    ...overrides,
  };
  const main = join(buildDir, 'apps/worker/src/main.js');
  // Its own process group: SIGKILL to the group is what a killed pod looks like (git children too).
  const child = spawn(process.execPath, [main, '--queue-prefix', PREFIX, ...extraArgs], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const record = (d: Buffer) => logs.push(`[${name}] ${d.toString()}`);
  child.stdout!.on('data', record);
  child.stderr!.on('data', record);
  workers.push(child);
  return child;
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}\n${logs.join('').slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const waitForStatus = (jobId: string, status: JobStatus, timeoutMs?: number) =>
  waitFor(
    `job ${jobId} to be ${status}`,
    async () => {
      const job = await repos.jobs.findById(jobId);
      if (job?.status === 'failed' && status !== 'failed') throw new Error(`job failed: ${job.errorMessage}`);
      return job?.status === status ? job : null;
    },
    timeoutMs,
  );

// A task's result once its run is closed: the job's status is written first, the run's a moment later.
const finishedTask = (jobId: string, task: TaskKind) =>
  waitFor(`the ${task} task of job ${jobId} to finish`, async () =>
    (await repos.taskResults.listForJob(jobId)).find((r) => r.task === task && r.status !== 'running'),
  );

const waitForConsumers = (kind: TaskKind, count: number) =>
  waitFor(
    `${count} ${kind} consumer(s)`,
    async () => (await connection.queueDepths())[kind].consumers === count,
  );

async function newJob(sourceUrl: string, credentialsId: string | null = SRC.id) {
  return repos.jobs.create({
    userId: USER,
    sourcePlatform: 'github',
    sourceUrl,
    sourceCredentialsId: credentialsId,
  });
}

const publish = (kind: TaskKind, jobId: string) =>
  publisher.publish(createTaskMessage({ job_id: jobId, user_id: USER, kind }));

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode
      ? resolve(child.exitCode)
      : child.once('exit', (code) => resolve(code)),
  );

beforeAll(async () => {
  mkdirSync(workspaceRoot);
  const build = exec('npx', ['tsc', '-p', 'apps/worker/tsconfig.app.json', '--outDir', buildDir], {
    cwd: ROOT,
  }).then(() =>
    exec('npx', ['tsc-alias', '-p', 'apps/worker/tsconfig.app.json', '--outDir', buildDir], { cwd: ROOT }),
  );
  const gitRoot = join(tmp, 'git');
  mkdirSync(gitRoot);
  buildSourceRepository(gitRoot);
  [s3, gitSource, gitSlow, gitTarget, gitStuck, creds] = await Promise.all([
    startS3Server(),
    startGitHttpServer({ root: gitRoot, username: SRC.username, password: SRC.password }),
    startGitHttpServer({ root: gitRoot, username: SRC.username, password: SRC.password, delayMs: 400 }),
    startGitHttpServer({ root: gitRoot, username: DST.username, password: DST.password }),
    startGitHttpServer({ root: gitRoot, username: SRC.username, password: SRC.password, delayMs: 4000 }),
    startCredentialService(),
  ]);
  await createTestDatabase(DB_NAME);
  const config: AppConfig = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB_NAME}`,
  });
  await runMigrations(config);
  dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  repos = createRepositories(dataSource.manager);
  storage = new ObjectStorage({
    endpoint: s3.endpoint,
    accessKey: s3.accessKey,
    secretKey: s3.secretKey,
    bucket: 'deployguard',
  });
  amqp = await connect(AMQP);
  connection = new MessagingConnection({
    url: AMQP,
    prefix: PREFIX,
    maxRetries: MAX_RETRIES,
    retryBaseDelayMs: RETRY_BASE_MS,
  });
  publisher = new TaskPublisher(connection);
  await connection.waitUntilConnected(10_000);
  await waitFor('publisher', async () => publisher.isReady());
  await build;
}, 120_000);

afterAll(async () => {
  // For debugging a failure: DG_TEST_WORKER_LOGS=/tmp/worker.log keeps the workers' output.
  if (process.env.DG_TEST_WORKER_LOGS) writeFileSync(process.env.DG_TEST_WORKER_LOGS, logs.join(''));
  for (const w of workers) if (w.exitCode === null && !w.signalCode) process.kill(-w.pid!, 'SIGKILL');
  await publisher?.close();
  await connection?.close();
  if (amqp) {
    const ch = await amqp.createChannel();
    await deleteTopology(ch, buildTopology(PREFIX, MAX_RETRIES, RETRY_BASE_MS)).catch(() => undefined);
    await amqp.close();
  }
  await dataSource?.destroy();
  await dropTestDatabase(DB_NAME).catch(() => undefined);
  await Promise.all([
    s3?.close(),
    gitSource?.close(),
    gitSlow?.close(),
    gitTarget?.close(),
    gitStuck?.close(),
  ]);
  creds?.server.close();
  rmSync(tmp, { recursive: true, force: true });
});

const hmacHex = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('hex');
let jobId: string;
let secretCount = 0;

describe('scan → clean → push through a worker process', () => {
  it('scans: secrets stored as preview + keyed hash, reports stored, report.enc holds the values', async () => {
    startWorker('worker-1');
    await waitForConsumers('scan', 1);
    jobId = (await newJob(`${gitSource.url}/source.git`)).id;
    await publish('scan', jobId);
    const job = await waitForStatus(jobId, 'awaiting_selection');
    expect(job.progressPercent).toBe(100);

    const secrets = await repos.secrets.listForJob(jobId);
    secretCount = secrets.length;
    expect(secretCount).toBeGreaterThanOrEqual(3);
    expect(job.findingsCount).toBe(secretCount);
    const hashes = new Set(secrets.map((s) => s.secretHash));
    for (const value of [PAT_A, PAT_B, AWS]) expect(hashes.has(secretHashOf(KEYS.hash, value))).toBe(true);
    for (const s of secrets) {
      expect(s.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect([PAT_A, PAT_B, AWS].some((v) => s.secretValuePreview.includes(v))).toBe(false);
    }

    for (const name of ['report.json', 'report.sarif', 'report.enc'])
      expect(await storage.exists(reportKey(jobId, name))).toBe(true);
    expect(await storage.exists(repoKey(jobId, 'source.bundle'))).toBe(true);
    // The stored redacted report names findings by the CLI's fingerprints (it works as a CLI
    // baseline); the database keeps only their keyed form.
    const storedReport = JSON.parse(
      (await storage.getBuffer(reportKey(jobId, 'report.json'))).toString('utf8'),
    );
    const rows = await repos.secrets.listForJob(jobId);
    const reportFingerprints: string[] = storedReport.findings.map(
      (f: { fingerprint: string }) => f.fingerprint,
    );
    for (const fp of reportFingerprints) expect(fp).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(reportFingerprints.map((fp) => hmacHex(KEYS.hash, `fingerprint:${fp}`)))).toEqual(
      new Set(rows.map((r) => r.fingerprint)),
    );
    const sealed = openSecretReport(
      await storage.getBuffer(reportKey(jobId, 'report.enc')),
      KEYS.report,
      jobId,
    );
    expect(new Set(sealed.findings.map((f) => f.value))).toEqual(new Set([PAT_A, PAT_B, AWS]));
    // the stored fingerprint is keyed: it cannot be recomputed from the scan fingerprint without the key
    const stored = new Set(secrets.map((s) => s.fingerprint));
    for (const f of sealed.findings)
      expect(stored.has(hmacHex(KEYS.hash, `fingerprint:${f.fingerprint}`))).toBe(true);

    const actions = (await repos.auditLogs.listForUser(USER, { targetId: jobId, pageSize: 100 })).items.map(
      (a) => a.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['task.scan.started', 'task.scan.status', 'task.scan.succeeded']),
    );
    await finishedTask(jobId, 'scan');
    const results = await repos.taskResults.listForJob(jobId);
    expect(results.map((r) => [r.task, r.status])).toEqual([['scan', 'succeeded']]);
    expect(creds.requests).toContainEqual({ path: `/api/credentials/${SRC.id}`, user: USER });
  });

  it('cleans the selected secrets from every commit; zip and bundle stored; the unselected one stays', async () => {
    const secrets = await repos.secrets.listForJob(jobId);
    const chosen = secrets.filter((s) => s.secretHash !== secretHashOf(KEYS.hash, AWS));
    expect(
      (
        await repos.secrets.select(
          jobId,
          chosen.map((s) => s.id),
        )
      ).applied,
    ).toBe(true);
    await publish('clean', jobId);
    const job = await waitForStatus(jobId, 'cleaned');
    expect(job.cleanedArchiveKey).toBe(cleanedKey(jobId, 'repository.zip'));
    expect(await storage.exists(cleanedKey(jobId, 'repository.bundle'))).toBe(true);

    const out = join(tmp, 'download');
    mkdirSync(out);
    await storage.getToFile(job.cleanedArchiveKey!, join(out, 'repository.zip'));
    await exec('unzip', ['-q', 'repository.zip'], { cwd: out });
    const repo = join(out, 'repository');
    await gitAsync(repo, ['fsck', '--full', '--strict']);
    const commits = (await gitAsync(repo, ['rev-list', '--all'])).split('\n');
    expect(commits.length).toBeGreaterThanOrEqual(3);
    const everything = await gitAsync(repo, ['log', '--all', '-p', '--format=%H %B']);
    expect(everything).not.toContain(PAT_A);
    expect(everything).not.toContain(PAT_B);
    expect(everything).toContain('***REMOVED***');
    expect(everything).toContain(AWS); // not selected: left alone
    expect(Object.keys(await gitRefs(repo))).toEqual(
      expect.arrayContaining(['refs/heads/main', 'refs/heads/feature', 'refs/tags/v1.0']),
    );

    const clean = await finishedTask(jobId, 'clean');
    expect(clean.status).toBe('succeeded');
    const labels = (clean.result!.replacements as { label: string }[]).flatMap((r) => r.label.split(','));
    expect(labels.sort()).toEqual(chosen.map((s) => s.id).sort());
    expect(JSON.stringify(clean.result)).toContain('rotated');
  });

  it('pushes every branch and tag to a second authenticated repository, skipping forge-owned refs', async () => {
    // The API publishes inside the transaction that sets the target and moves the job to pushing,
    // so the message can arrive before that commit: here the "commit" comes 300 ms after it.
    await publish('push', jobId);
    await new Promise((r) => setTimeout(r, 300));
    await repos.jobs.update(jobId, {
      targetPlatform: 'github',
      targetUrl: `${gitTarget.url}/target.git`,
      targetCredentialsId: DST.id,
      forcePush: true,
    });
    await repos.jobs.updateStatus(jobId, 'pushing');
    await waitForStatus(jobId, 'pushed');
    const target = join(tmp, 'git', 'target.git');
    const refs = await gitRefs(target);
    expect(Object.keys(refs).sort()).toEqual(['refs/heads/feature', 'refs/heads/main', 'refs/tags/v1.0']);
    const history = await gitAsync(target, ['log', '--all', '-p']);
    expect(history).not.toContain(PAT_A);
    expect(history).not.toContain(PAT_B);
    const push = await finishedTask(jobId, 'push');
    expect(push.result!.skipped_refs).toEqual(['refs/pull/1/head']);
    expect(creds.requests).toContainEqual({ path: `/api/credentials/${DST.id}`, user: USER });
  });

  it('stops on SIGTERM without losing anything', async () => {
    const [w] = workers;
    w.kill('SIGTERM');
    expect(await exited(w)).toBe(0);
  });
});

async function gitRefs(repo: string): Promise<Record<string, string>> {
  const out = await gitAsync(repo, ['for-each-ref', '--format=%(objectname) %(refname)']);
  return Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ').reverse()),
  );
}

describe('faults', () => {
  it('a worker killed mid-scan: the job completes after redelivery with exactly one set of secrets', async () => {
    const victim = startWorker('worker-2', ['--queues', 'scan']);
    await waitForConsumers('scan', 1);
    const job = await newJob(`${gitSlow.url}/source.git`);
    await publish('scan', job.id);
    // the slow server answers every request after 400 ms: the clone is under way for a while
    await waitFor(
      'the clone to start',
      async () => gitSlow.requests.length > 0 && (await repos.jobs.findById(job.id))?.status === 'cloning',
    );
    process.kill(-victim.pid!, 'SIGKILL');
    await exited(victim);

    startWorker('worker-3');
    const done = await waitForStatus(job.id, 'awaiting_selection', 45_000);
    expect(await repos.secrets.countForJob(job.id)).toBe(secretCount);
    expect(done.attempts).toBeGreaterThanOrEqual(2);
    const audit = (await repos.auditLogs.listForUser(USER, { targetId: job.id, pageSize: 100 })).items;
    expect(audit.filter((a) => a.action === 'task.scan.started').length).toBeGreaterThanOrEqual(2);
  });

  it('a task failing every time is retried, dead-lettered, and the job fails with a message', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const job = await newJob(`http://127.0.0.1:${port}/gone.git`);
    await publish('scan', job.id);
    const failed = await waitForStatus(job.id, 'failed');
    expect(failed.errorMessage).toMatch(
      /^scan failed after 3 attempts: .*clone of http:\/\/127\.0\.0\.1:\d+\/gone\.git failed/,
    );
    const results = await repos.taskResults.listForJob(job.id);
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed', 'failed']);
    // The audit entry is written just after the status (transitionJob): wait for it.
    const audited = async () =>
      (await repos.auditLogs.listForUser(USER, { targetId: job.id, pageSize: 100 })).items.map(
        (a) => a.action,
      );
    await waitFor('the failure to be audited', async () => (await audited()).includes('task.scan.failed'));
    expect(await audited()).toContain('task.scan.failed');
  });

  it('unknown credentials fail at once (no retry); a job that never appears is dropped', async () => {
    const job = await newJob(`${gitSource.url}/source.git`, 'no-such-cred');
    await publish('scan', job.id);
    const failed = await waitForStatus(job.id, 'failed');
    expect(failed.errorMessage).toMatch(
      /^scan failed after 1 attempt: credentials "no-such-cred" are not available .* 404/,
    );
    const ghost = randomUUID();
    await publish('scan', ghost);
    await waitFor('the ghost task to be dropped', async () => logs.join('').includes('job never appeared'));
  });

  it('a clean that does not verify (a value left in a binary file) fails the job with that message', async () => {
    // Its own worker, so the test also runs alone; others may take the tasks as well.
    const worker = startWorker('worker-verify');
    const job = await newJob(`${gitSource.url}/binary-leftover.git`);
    await publish('scan', job.id);
    await waitForStatus(job.id, 'awaiting_selection');
    const secrets = await repos.secrets.listForJob(job.id);
    expect(secrets.length).toBeGreaterThan(0);
    expect(
      (
        await repos.secrets.select(
          job.id,
          secrets.map((s) => s.id),
        )
      ).applied,
    ).toBe(true);
    await publish('clean', job.id);
    const failed = await waitForStatus(job.id, 'failed');
    expect(failed.errorMessage).toMatch(
      /^clean failed after 1 attempt: verification failed: values still present: .*\(binary files only\) \(blob [0-9a-f]{10} at assets\/token\.bin in commit [0-9a-f]{10}\)/,
    );
    expect(failed.errorMessage).not.toContain(PAT_A);
    expect(failed.cleanedArchiveKey ?? null).toBeNull();
    worker.kill('SIGTERM');
    expect(await exited(worker)).toBe(0);
  });

  it('a redelivered task for a job already past it acks and changes nothing', async () => {
    const before = await repos.taskResults.listForJob(jobId);
    await publish('scan', jobId);
    await publish('clean', jobId);
    await waitFor(
      'both to be skipped',
      async () => (logs.join('').match(/nothing to do/g) ?? []).length >= 2,
    );
    expect((await repos.jobs.findById(jobId))!.status).toBe('pushed');
    expect(await repos.taskResults.listForJob(jobId)).toHaveLength(before.length);
    expect(await repos.secrets.countForJob(jobId)).toBe(secretCount);
  });

  it('a cancelled job stops at the next checkpoint and its stored objects are deleted', async () => {
    const job = await newJob(`${gitSlow.url}/source.git`);
    await publish('scan', job.id);
    await waitFor(
      'the clone to start',
      async () => (await repos.jobs.findById(job.id))?.status === 'cloning',
    );
    expect(await repos.jobs.requestCancel(job.id, USER)).not.toBeNull();
    await waitForStatus(job.id, 'cancelled');
    expect(await storage.listPrefix(`repos/${job.id}/`)).toEqual([]);
    expect(await storage.listPrefix(`reports/${job.id}/`)).toEqual([]);
    expect(await repos.secrets.countForJob(job.id)).toBe(0);
    const results = await repos.taskResults.listForJob(job.id);
    expect(results.map((r) => r.status)).toEqual(['cancelled']);
  });

  it('a push whose target refuses one ref updates nothing and fails with the server reason', async () => {
    // A target with a protected main: its update hook refuses that one branch with a reason.
    const target = initRepo(join(tmp, 'git', 'protected.git'), { bare: true });
    const hook = join(target, 'hooks', 'update');
    writeFileSync(
      hook,
      '#!/bin/sh\nif [ "$1" = refs/heads/main ]; then echo "main is protected: ask an admin"; exit 1; fi\n',
    );
    chmodSync(hook, 0o755);
    // A job that reached "cleaned" with the cleaned bundle of the first job.
    const job = await newJob(`${gitSource.url}/source.git`);
    for (const status of ['cloning', 'scanning', 'awaiting_selection', 'cleaning', 'cleaned'] as const)
      await repos.jobs.updateStatus(job.id, status);
    await repos.jobs.update(job.id, {
      cleanedBundleKey: cleanedKey(jobId, 'repository.bundle'),
      targetPlatform: 'github',
      targetUrl: `${gitTarget.url}/protected.git`,
      targetCredentialsId: DST.id,
      forcePush: true,
    });
    await repos.jobs.updateStatus(job.id, 'pushing');
    await publish('push', job.id);
    const failed = await waitForStatus(job.id, 'failed');
    expect(failed.errorMessage).toMatch(/nothing was updated \(atomic push/);
    expect(failed.errorMessage).toMatch(/not updated: refs\/heads\/main \(hook declined\)/);
    expect(failed.errorMessage).toMatch(/the server said: main is protected: ask an admin/);
    expect(failed.errorMessage).toMatch(/not applied because another ref was refused: refs\/heads\/feature/);
    expect(await gitRefs(target)).toEqual({});
  });

  it('exposes task metrics, and leaks no secret or credential in logs, rows, messages or objects', async () => {
    const port = Number(
      /"port":(\d+),"msg":"metrics served/.exec(logs.filter((l) => l.startsWith('[worker-3]')).join(''))![1],
    );
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/deployguard_task_dead_letters_total\{task="scan"\} 2/);
    expect(metrics).toMatch(/deployguard_task_retries_total\{task="scan"\} [1-9]/);
    // Succeeded scans of this worker: at least the one whose clean did not verify.
    expect(metrics).toMatch(
      /deployguard_task_duration_seconds_count\{task="scan",outcome="succeeded"\} [1-9]/,
    );

    const needles = [PAT_A, PAT_B, AWS, SRC.password, DST.password, s3.secretKey];
    const tables: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    let dump = '';
    for (const { table_name } of tables)
      dump += (await dataSource.query(`SELECT t::text AS row FROM "${table_name}" t`))
        .map((r: { row: string }) => r.row)
        .join('\n');
    expect(dump).toContain('user-a');
    const ch = await amqp.createChannel();
    let messages = '';
    for (let m = await ch.get(`${PREFIX}.dead`); m; m = await ch.get(`${PREFIX}.dead`))
      messages += m.content.toString();
    await ch.close();
    expect(messages).toContain('"kind":"scan"');
    const objects = await storage
      .listPrefix('reports/')
      .then(async (r) => [
        ...r,
        ...(await storage.listPrefix('repos/')),
        ...(await storage.listPrefix('cleaned/')),
      ]);
    expect(objects.length).toBeGreaterThanOrEqual(8);
    const output = logs.join('');
    for (const needle of needles) {
      expect([needle.slice(0, 6), output.includes(needle)]).toEqual([needle.slice(0, 6), false]);
      expect(dump.includes(needle)).toBe(false);
      expect(messages.includes(needle)).toBe(false);
    }
    for (const object of objects.filter((o) => !o.key.endsWith('/report.enc'))) {
      const body = (await storage.getBuffer(object.key)).toString('latin1');
      for (const needle of needles) expect([object.key, body.includes(needle)]).toEqual([object.key, false]);
    }
    for (const server of [gitSource, gitSlow, gitTarget, gitStuck])
      for (const r of server.requests) expect(r.url).not.toMatch(/Pw#|password/i);
  });

  it('a task past its hard time limit makes the worker exit; the next worker starts clean', async () => {
    const [, , worker3] = workers;
    worker3.kill('SIGTERM');
    expect(await exited(worker3)).toBe(0);
    const impatient = startWorker('worker-4', ['--queues', 'scan'], {
      TASK_SOFT_TIME_LIMIT_S: '1',
      TASK_HARD_TIME_LIMIT_S: '2',
    });
    const job = await newJob(`${gitStuck.url}/source.git`);
    await publish('scan', job.id);
    expect(await exited(impatient)).toBe(70);
    expect(logs.join('')).toContain('hard time limit reached; worker exits');
    // the container is gone with its children (the git process still waiting on the server)
    try {
      process.kill(-impatient.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    await repos.jobs.requestCancel(job.id, USER);
    const next = startWorker('worker-5');
    await waitForStatus(job.id, 'cancelled');
    next.kill('SIGTERM');
    expect(await exited(next)).toBe(0);
    expect(readdirSync(workspaceRoot)).toEqual([]);
  });
});

describe('what the scan could not see is recorded on the job', () => {
  it('stores commit-message findings without a file, and the shallow and replace-ref warnings', async () => {
    const worker = startWorker('worker-meta', ['--queues', 'scan']);
    await waitForConsumers('scan', 1);
    const job = await newJob(`${gitSource.url}/meta.git`);
    await publish('scan', job.id);
    const done = await waitForStatus(job.id, 'awaiting_selection');
    expect(done.warnings).toEqual([
      expect.stringContaining('replace ref(s) under refs/replace/'),
      expect.stringMatching(/^shallow clone: the history stops at 1 boundary commit/),
    ]);
    const secrets = await repos.secrets.listForJob(job.id);
    const byLocation = Object.fromEntries(secrets.map((x) => [x.location, x]));
    expect(secrets).toHaveLength(2);
    // the message is the boundary commit's own; the file may be older than the boundary
    expect(byLocation['commit-message']).toMatchObject({
      filePath: null,
      line: 3,
      commitBoundary: false,
      secretHash: secretHashOf(KEYS.hash, PAT_B),
    });
    expect(byLocation['file']).toMatchObject({ filePath: '.env', commitBoundary: true });
    worker.kill('SIGTERM');
    expect(await exited(worker)).toBe(0);
  });
});
