// Job behaviour a user meets, through HTTP against the real services: the API (in this process) and
// a worker (a real child process) over the local PostgreSQL, RabbitMQ, s3rver and an authenticated
// git smart-HTTP server. source_branch scans that branch's history; permanent errors fail the job
// at once (one attempt, a message to act on); a downloaded report works with the real CLI.
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadConfig } from '@deployguard/config';
import { MessagingConnection } from '@deployguard/messaging';
import { runMigrations } from '@deployguard/persistence';
import { createApiApp } from '../apps/api/src/api.app';
import { expectExit, runCli } from './support/cli-runner';
import { checkout, commitFiles, createBranch, git, initRepo } from './support/git-fixtures';
import { startGitHttpServer, type GitHttpServer } from './support/git-http-server';
import { startS3Server, type TestS3Server } from './support/s3-server';
import {
  compileWorker,
  createTestDatabase,
  type CredentialService,
  deleteBrokerTopology,
  dropTestDatabase,
  killProcessGroup,
  pg,
  serviceEnv,
  startCredentialService,
  startWorkerProcess,
  tearDown,
  waitFor,
} from './support/service-stack';

jest.setTimeout(120_000);
const RUN = randomBytes(4).toString('hex');
const DB_NAME = `deployguard_lifecycle_test_${RUN}`;
const DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${DB_NAME}`;
const AMQP = 'amqp://guest:guest@127.0.0.1:5672';
const PREFIX = `dgtest-lifecycle-${RUN}`;
const USER = `user-lifecycle-${RUN}`;
const ON_MAIN = 'AKIA' + 'ZX6CV2BN7ML5KJ3H';
const ON_FEATURE = 'ghp_' + 'Hq3Wm8Xk2Lp7Vn4Bz9Rt6Yc1Jd5Fs0Ga8EuK';
const SRC = { id: 'src-cred', username: 'src-bot', password: `Src-Pw#${RUN}-k2M` };
const WRONG = { id: 'wrong-cred', username: 'src-bot', password: `Not-It#${RUN}` };
const KEYS = { report: randomBytes(32).toString('hex'), hash: randomBytes(32).toString('hex') };
// TASK_MAX_RETRIES 2 with 200 ms base delay (serviceEnv): a retried permanent error would take
// three attempts; failing at once means one attempt and well under the retry schedule.
const tmp = mkdtempSync(join(tmpdir(), 'dg-lifecycle-e2e-'));
const buildDir = join(tmp, 'build');
const workspaceRoot = join(tmp, 'workspace');
const gitRoot = join(tmp, 'git');
const work = join(tmp, 'source-work');
const logs: string[] = [];
let s3: TestS3Server;
let gitSource: GitHttpServer;
let creds: CredentialService;
let app: INestApplication;
let base: string;
let worker: ChildProcess;
let build: Promise<void> | undefined;

const env = () =>
  serviceEnv({
    databaseUrl: DATABASE_URL,
    amqpUrl: AMQP,
    s3,
    authServiceUrl: creds.url,
    keys: KEYS,
    workspaceRoot,
  });
const get = (path: string) => request(base).get(`/api/v2${path}`).set('X-User-ID', USER);
const post = (path: string, body?: object) =>
  request(base).post(`/api/v2${path}`).set('X-User-ID', USER).send(body);

interface JobBody {
  id: string;
  status: string;
  error_message: string | null;
  current_task: string | null;
}

const waitForEnd = (id: string) =>
  waitFor(
    `job ${id} to end`,
    async () => {
      const { job } = (await get(`/jobs/${id}`).expect(200)).body as { job: JobBody };
      return ['failed', 'completed', 'awaiting_selection', 'cancelled'].includes(job.status) ? job : null;
    },
    90_000,
    logs,
  );

async function scanJob(body: Record<string, unknown>): Promise<string> {
  const created = await post('/jobs', { source_platform: 'generic', ...body });
  if (created.status !== 201)
    throw new Error(`POST /jobs: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.id as string;
}

const attemptsOf = async (jobId: string) =>
  (
    await pg<{ n: number }>(`SELECT count(*)::int AS n FROM task_results WHERE job_id = '${jobId}'`, DB_NAME)
  )[0].n;

beforeAll(async () => {
  build = compileWorker(buildDir);
  mkdirSync(workspaceRoot);
  initRepo(work);
  commitFiles(work, { 'README.md': '# app\n', 'deploy.env': `AWS_KEY=${ON_MAIN}\n` }, 'main');
  createBranch(work, 'feature');
  checkout(work, 'feature');
  commitFiles(work, { 'config.js': `const token = "${ON_FEATURE}";\n` }, 'feature token');
  checkout(work, 'main');
  git(tmp, ['clone', '--mirror', '--quiet', work, join(gitRoot, 'source.git')]);
  // a push target whose main has a history of its own: a push without force is rejected
  const other = initRepo(join(tmp, 'other-work'));
  commitFiles(other, { 'other.txt': 'unrelated\n' }, 'unrelated history');
  git(tmp, ['clone', '--bare', '--quiet', other, join(gitRoot, 'diverged.git')]);
  [s3, gitSource, creds] = await Promise.all([
    startS3Server(),
    startGitHttpServer({ root: gitRoot, username: SRC.username, password: SRC.password }),
    startCredentialService(USER, [SRC, WRONG]),
  ]);
  await createTestDatabase(DB_NAME);
  await runMigrations(loadConfig({ NODE_ENV: 'test', DATABASE_URL }));
  app = await createApiApp(loadConfig(env()), {
    queuePrefix: PREFIX,
    logDestination: { write: (line: string) => logs.push(`[api] ${line}`) },
  });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
  await app.get(MessagingConnection).waitUntilConnected(10_000);
  await build;
  worker = startWorkerProcess(buildDir, env(), PREFIX, logs);
}, 180_000);

afterAll(async () => {
  const steps: (() => unknown)[] = [
    () => killProcessGroup(worker),
    () => app?.close(),
    () => deleteBrokerTopology(PREFIX),
    () => dropTestDatabase(DB_NAME),
    () => s3?.close(),
    () => gitSource?.close(),
    () => creds?.close(),
  ];
  await tearDown(steps, build, tmp);
}, 60_000);

describe('source_branch', () => {
  const source = () => ({ source_url: `${gitSource.url}/source.git`, source_credentials_id: SRC.id });

  it('scans only the named branch history and says in the job what was scanned', async () => {
    const mainSha = git(work, ['rev-parse', 'main']).trim();
    const onMain = await waitForEnd(await scanJob({ ...source(), source_branch: 'main' }));
    expect(onMain.status).toBe('awaiting_selection');
    expect(onMain.current_task).toContain(`branch main at ${mainSha.slice(0, 12)}`);
    const files = (await get(`/jobs/${onMain.id}/secrets`).expect(200)).body.items.map(
      (s: { file_path: string }) => s.file_path,
    );
    expect(files).toEqual(['deploy.env']); // config.js exists only on feature

    const onFeature = await waitForEnd(await scanJob({ ...source(), source_branch: 'feature' }));
    const featureFiles = (await get(`/jobs/${onFeature.id}/secrets`).expect(200)).body.items.map(
      (s: { file_path: string }) => s.file_path,
    );
    expect(featureFiles.sort()).toEqual(['config.js', 'deploy.env']);
    const report = JSON.parse((await get(`/jobs/${onMain.id}/report?format=json`).expect(200)).text);
    expect(JSON.stringify(report)).toContain('branch main at');
  });

  it('fails the job at once, naming the existing branches, when the branch does not exist', async () => {
    const job = await waitForEnd(await scanJob({ ...source(), source_branch: 'nope' }));
    expect(job.status).toBe('failed');
    expect(job.error_message).toMatch(
      /^scan failed after 1 attempt: source_branch "nope" does not exist .*its branches: feature, main/,
    );
    expect(await attemptsOf(job.id)).toBe(1);
  });
});

describe('permanent errors fail at once with a message to act on', () => {
  it.each([
    [
      'a path that does not exist',
      () => ({ source_url: join(tmp, 'missing.git'), source_credentials_id: SRC.id }),
      /not found|does not exist/i,
    ],
    [
      'a directory that is not a repository',
      () => {
        const dir = join(tmp, 'plain-dir');
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'a.txt'), 'x');
        return { source_url: dir, source_credentials_id: SRC.id };
      },
      /not a git repository|not found|does not appear/i,
    ],
    [
      'an authentication failure',
      () => ({ source_url: `${gitSource.url}/source.git`, source_credentials_id: WRONG.id }),
      /authentication failed/i,
    ],
  ])('%s', async (_what, body, reason) => {
    const started = Date.now();
    const job = await waitForEnd(await scanJob(body()));
    const tookMs = Date.now() - started;
    expect(job.status).toBe('failed');
    expect(job.error_message).toMatch(/^scan failed after 1 attempt: /);
    expect(job.error_message).toMatch(reason);
    expect(job.error_message).not.toContain(WRONG.password);
    // the attempt count in the message is the number of attempts recorded, and the log's
    expect(await attemptsOf(job.id)).toBe(1);
    const failedLine = await waitFor(
      'the worker to log the failure',
      async () =>
        logs
          .join('')
          .split('\n')
          .find((l) => l.includes(job.id) && l.includes('"job failed"')),
      10_000,
    );
    expect(JSON.parse(failedLine.slice(failedLine.indexOf('{')))).toMatchObject({ attempts: 1 });
    logs.push(`[test] ${_what}: failed in ${tookMs} ms\n`);
  });
});

describe('a push rejected by the target', () => {
  it('fails the job at once and says what to do', async () => {
    const id = await scanJob({ source_url: `${gitSource.url}/source.git`, source_credentials_id: SRC.id });
    expect((await waitForEnd(id)).status).toBe('awaiting_selection');
    const items = (await get(`/jobs/${id}/secrets`).expect(200)).body.items as { id: string }[];
    await post(`/jobs/${id}/secrets/select`, { secret_ids: [items[0].id], mark_false_positives: [] }).expect(
      200,
    );
    await post(`/jobs/${id}/clean`).expect(202);
    await waitFor(
      `job ${id} to be cleaned`,
      async () => ((await get(`/jobs/${id}`).expect(200)).body.job.status === 'cleaned' ? true : null),
      90_000,
      logs,
    );
    const started = Date.now();
    await post(`/jobs/${id}/push`, {
      target_platform: 'generic',
      target_url: `${gitSource.url}/diverged.git`,
      target_credentials_id: SRC.id,
      force_push: false,
    }).expect(202);
    const job = await waitFor(
      `job ${id} to end its push`,
      async () => {
        const { job } = (await get(`/jobs/${id}`).expect(200)).body as { job: JobBody };
        return job.status === 'pushing' ? null : job;
      },
      90_000,
      logs,
    );
    expect(job.status).toBe('failed');
    expect(job.error_message).toMatch(/^push failed after 1 attempt: .*not updated: refs\/heads\/main/);
    expect(job.error_message).toContain('push again with "force_push": true');
    const pushes = await pg<{ n: number }>(
      `SELECT count(*)::int AS n FROM task_results WHERE job_id = '${id}' AND task = 'push'`,
      DB_NAME,
    );
    expect(pushes[0].n).toBe(1);
    logs.push(`[test] rejected push: failed in ${Date.now() - started} ms\n`);
  });
});

describe('fingerprints travel', () => {
  it('a downloaded report works as a CLI --baseline and with clean --secret-id; keyed hashes stay in the database', async () => {
    const job = await waitForEnd(
      await scanJob({ source_url: `${gitSource.url}/source.git`, source_credentials_id: SRC.id }),
    );
    expect(job.status).toBe('awaiting_selection');
    const text = (await get(`/jobs/${job.id}/report?format=json`).expect(200)).text;
    const report = JSON.parse(text) as { findings: { fingerprint: string; file: string }[] };
    expect(report.findings.length).toBe(2);
    for (const f of report.findings) expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    const stored = await pg<{ fingerprint: string }>(
      `SELECT fingerprint FROM secrets_found WHERE job_id = '${job.id}'`,
      DB_NAME,
    );
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      expect(row.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(text).not.toContain(row.fingerprint);
    }
    const reportFile = join(tmp, 'service-report.json');
    writeFileSync(reportFile, text);

    // the same history, scanned by the real CLI: every finding is in the service's baseline
    const mirror = join(tmp, 'cli-copy.git');
    git(tmp, ['clone', '--mirror', '--quiet', join(gitRoot, 'source.git'), mirror]);
    const full = await runCli(['scan', '--repo-path', mirror, '--format', 'json']);
    expectExit(full, 1);
    const cliFingerprints = (JSON.parse(full.stdout) as typeof report).findings.map((f) => f.fingerprint);
    expect(cliFingerprints.sort()).toEqual(report.findings.map((f) => f.fingerprint).sort());
    const withBaseline = await runCli([
      'scan',
      '--repo-path',
      mirror,
      '--format',
      'json',
      '--baseline',
      reportFile,
    ]);
    expectExit(withBaseline, 0);
    expect(JSON.parse(withBaseline.stdout).findings).toEqual([]);

    // clean --secret-id with a fingerprint taken from the service's report
    const token = report.findings.find((f) => f.file === 'config.js')!;
    const output = join(tmp, 'cli-clean.git');
    const cleaned = await runCli([
      'clean',
      '--repo-path',
      mirror,
      '--secret-id',
      token.fingerprint,
      '--output',
      output,
    ]);
    expectExit(cleaned, 0);
    const history = git(output, ['log', '--all', '-p']);
    expect(history).not.toContain(ON_FEATURE);
    expect(history).toContain(ON_MAIN);
  });
});
