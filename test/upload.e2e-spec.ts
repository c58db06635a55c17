// Uploads (SPEC §11) through the real API (in this process), a real worker process, PostgreSQL,
// RabbitMQ and the S3 server: a job with "source_upload": true, its presigned PUT URL, the bundle
// going straight to storage, POST /jobs/{id}/start, the worker verifying and scanning the bundle.
// `deployguard submit` does it all as a real CLI process; bad uploads are refused with a reason.
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadConfig } from '@deployguard/config';
import { MessagingConnection } from '@deployguard/messaging';
import { runMigrations } from '@deployguard/persistence';
import { createApiApp } from '../apps/api/src/api.app';
import { expectExit, runCli } from './support/cli-runner';
import { commitFiles, git, initRepo } from './support/git-fixtures';
import { startS3Server, type TestS3Server } from './support/s3-server';
import {
  compileWorker,
  createTestDatabase,
  type CredentialService,
  deleteBrokerTopology,
  dropTestDatabase,
  killProcessGroup,
  serviceEnv,
  startCredentialService,
  startWorkerProcess,
  tearDown,
  waitFor,
} from './support/service-stack';

jest.setTimeout(90_000);
const RUN = randomBytes(4).toString('hex');
const DB_NAME = `deployguard_upload_test_${RUN}`;
const DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${DB_NAME}`;
const AMQP = 'amqp://guest:guest@127.0.0.1:5672';
const PREFIX = `dgtest-upload-${RUN}`;
const USER = `user-upload-${RUN}`;
const PAT = 'ghp_' + 'Vb7Nq2Lx8Wk4Rz6Tm1Yc3Hd9Pf5Ja0Gs4EuQ';
const KEYS = { report: randomBytes(32).toString('hex'), hash: randomBytes(32).toString('hex') };

const tmp = mkdtempSync(join(tmpdir(), 'dg-upload-e2e-'));
const buildDir = join(tmp, 'build');
const workspaceRoot = join(tmp, 'workspace');
const logs: string[] = [];
let s3: TestS3Server;
let creds: CredentialService;
let app: INestApplication;
let base: string;
let worker: ChildProcess;
let build: Promise<void> | undefined;
let repo: string;

const env = (extra: Record<string, string> = {}) => ({
  ...serviceEnv({
    databaseUrl: DATABASE_URL,
    amqpUrl: AMQP,
    s3,
    authServiceUrl: creds.url,
    keys: KEYS,
    workspaceRoot,
  }),
  MAX_REPO_SIZE_MB: '1',
  ...extra,
});
const get = (path: string) => request(base).get(`/api/v2${path}`).set('X-User-ID', USER);
const post = (path: string, body?: object) =>
  request(base).post(`/api/v2${path}`).set('X-User-ID', USER).send(body);
const waitForStatus = (id: string, statuses: string[]) =>
  waitFor(
    `job ${id} to be ${statuses.join(' or ')}`,
    async () => {
      const { job } = (await get(`/jobs/${id}`).expect(200)).body;
      return statuses.includes(job.status) ? job : null;
    },
    60_000,
    logs,
  );
const put = (url: string, body: Buffer) => fetch(url, { method: 'PUT', body });

beforeAll(async () => {
  build = compileWorker(buildDir);
  mkdirSync(workspaceRoot);
  repo = initRepo(join(tmp, 'laptop'));
  commitFiles(repo, { 'README.md': '# app\n' }, 'init');
  commitFiles(repo, { 'deploy.sh': `export GITHUB_TOKEN=${PAT}\n` }, 'deploy script');
  git(repo, ['checkout', '--quiet', '-b', 'feature']);
  commitFiles(repo, { 'notes.md': 'notes\n' }, 'notes');
  git(repo, ['checkout', '--quiet', 'main']);
  [s3, creds] = await Promise.all([startS3Server(), startCredentialService(USER, [])]);
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
}, 120_000);

afterAll(async () => {
  const steps: (() => unknown)[] = [
    () => killProcessGroup(worker),
    () => app?.close(),
    () => deleteBrokerTopology(PREFIX),
    () => dropTestDatabase(DB_NAME),
    () => s3?.close(),
    () => creds?.close(),
  ];
  await tearDown(steps, build, tmp);
}, 60_000);

describe('uploads through a presigned URL', () => {
  it('creates an upload job with a short-lived PUT URL, scans the uploaded bundle after /start', async () => {
    const created = await post('/jobs', { source_upload: true }).expect(201);
    expect(created.body).toMatchObject({
      status: 'awaiting_upload',
      upload: { method: 'PUT', max_bytes: 1024 * 1024, start: `/api/v2/jobs/${created.body.id}/start` },
    });
    const { id, upload } = created.body;
    const url = new URL(upload.url);
    expect(url.host).toBe(`127.0.0.1:${s3.port}`); // storage, not the API
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(Date.parse(upload.expires_at) - Date.now()).toBeLessThanOrEqual(300_000);

    // Starting before the upload is refused, saying what to do.
    const early = await post(`/jobs/${id}/start`).expect(409);
    expect(early.body.message).toContain('PUT it to the upload URL first');

    const bundle = join(tmp, 'all.bundle');
    git(repo, ['bundle', 'create', '--quiet', bundle, '--all']);
    expect((await put(upload.url, readFileSync(bundle))).status).toBe(200);
    const started = await post(`/jobs/${id}/start`).expect(202);
    expect(started.body).toMatchObject({ id, status: 'pending' });
    await post(`/jobs/${id}/start`).expect(409); // once only

    const job = await waitForStatus(id, ['awaiting_selection', 'completed', 'failed']);
    expect(job).toMatchObject({ status: 'awaiting_selection', findings_count: 1 });
    const { secrets } = (await get(`/jobs/${id}`).expect(200)).body;
    expect(secrets).toEqual([expect.objectContaining({ file_path: 'deploy.sh', line: 1 })]);
    expect(JSON.stringify(secrets)).not.toContain(PAT);
  });

  it('refuses bad input: URL fields with an upload, an oversized or incomplete bundle', async () => {
    const mixed = await post('/jobs', {
      source_upload: true,
      source_url: 'https://example.com/x.git',
    }).expect(400);
    expect(mixed.body.message).toContain('source_url not accepted with "source_upload": true');
    await post('/jobs', { source_upload: 'yes' }).expect(400);

    // Over MAX_REPO_SIZE_MB: refused at /start and deleted.
    const big = (await post('/jobs', { source_upload: true }).expect(201)).body;
    expect((await put(big.upload.url, randomBytes(1024 * 1024 + 10))).status).toBe(200);
    const tooBig = await post(`/jobs/${big.id}/start`).expect(400);
    expect(tooBig.body.message).toContain('over the 1048576-byte limit');
    await post(`/jobs/${big.id}/start`).expect(409); // the object is gone

    // A bundle that needs commits it does not carry fails the job with the reason, no retries.
    const partial = join(tmp, 'partial.bundle');
    git(repo, ['bundle', 'create', '--quiet', partial, 'main~1..main']);
    const thin = (await post('/jobs', { source_upload: true }).expect(201)).body;
    await put(thin.upload.url, readFileSync(partial));
    await post(`/jobs/${thin.id}/start`).expect(202);
    const failed = await waitForStatus(thin.id, ['failed', 'awaiting_selection', 'completed']);
    expect(failed.status).toBe('failed');
    expect(failed.error_message).toContain('not a complete git bundle');
    expect(failed.error_message).toContain('git bundle create FILE --all');

    // Garbage is not a bundle either.
    const junk = (await post('/jobs', { source_upload: true }).expect(201)).body;
    await put(junk.upload.url, Buffer.from('#!/bin/sh\nrm -rf /\n'));
    await post(`/jobs/${junk.id}/start`).expect(202);
    expect((await waitForStatus(junk.id, ['failed', 'completed'])).status).toBe('failed');
  });

  it('deployguard submit uploads a repository and waits for its scan (exit 1: secrets found)', async () => {
    const run = await runCli(
      ['submit', '--repo-path', repo, '--api', base, '--user-id', USER, '--wait', '--timeout', '40'],
      {
        timeoutMs: 60_000,
      },
    );
    expectExit(run, 1);
    expect(run.stdout).toMatch(/job [0-9a-f-]{36} pending: \d+ bytes uploaded/);
    expect(run.stdout).toContain('found 1 secret(s)');
    expect(run.stdout + run.stderr).not.toContain('X-Amz-Signature');

    const clean = initRepo(join(tmp, 'clean'));
    commitFiles(clean, { 'a.txt': 'nothing here\n' });
    const ok = await runCli(
      [
        'submit',
        '--repo-path',
        clean,
        '--api',
        `${base}/api/v2`,
        '--user-id',
        USER,
        '--wait',
        '--timeout',
        '40',
      ],
      {
        timeoutMs: 80_000,
      },
    );
    expectExit(ok, 0);
    expect(ok.stdout).toContain('completed: no secrets found');

    const noUser = await runCli(['submit', '--repo-path', clean, '--api', base]);
    expectExit(noUser, 2);
    expect(noUser.stderr).toContain('HTTP 401');
  });
});
