// The whole service flow through HTTP, as a user drives it: the API (in this process) and a worker
// (a real child process) over the real local PostgreSQL (own database), RabbitMQ (own queue
// prefix), s3rver, authenticated git smart-HTTP servers and a small credential service.
// job → secrets → select → clean → download (unzip, fsck, secrets gone) → push → pushed.
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadConfig } from '@deployguard/config';
import { MessagingConnection } from '@deployguard/messaging';
import { runMigrations } from '@deployguard/persistence';
import { createApiApp } from '../apps/api/src/api.app';
import { startGitHttpServer, type GitHttpServer } from './support/git-http-server';
import { commitFiles, createTag, git, initRepo, listRefs } from './support/git-fixtures';
import { sarifErrors } from './support/sarif-validator';
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
import { extractZip } from './support/zip';

jest.setTimeout(90_000);
const RUN = randomBytes(4).toString('hex');
const DB_NAME = `deployguard_flow_test_${RUN}`;
const DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${DB_NAME}`;
const AMQP = 'amqp://guest:guest@127.0.0.1:5672';
const PREFIX = `dgtest-flow-${RUN}`;
const USER = `user-flow-${RUN}`;
const PAT = 'ghp_' + 'Vb7Nq2Lx8Wk4Rz6Tm1Yc3Hd9Pf5Ja0Gs4EuQ';
const AWS = 'AKIA' + 'ZX6CV2BN7ML5KJ3H';
const SRC = { id: 'src-cred', username: 'src-bot', password: `Src-Pw#${RUN}-f4W` };
const DST = { id: 'dst-cred', username: 'dst-bot', password: `Dst-Pw#${RUN}-h8Y` };
const KEYS = { report: randomBytes(32).toString('hex'), hash: randomBytes(32).toString('hex') };

const tmp = mkdtempSync(join(tmpdir(), 'dg-flow-e2e-'));
const buildDir = join(tmp, 'build');
const workspaceRoot = join(tmp, 'workspace');
const gitRoot = join(tmp, 'git');
const logs: string[] = [];
let s3: TestS3Server;
let gitSource: GitHttpServer;
let gitTarget: GitHttpServer;
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
const waitForStatus = (id: string, status: string) =>
  waitFor(
    `job ${id} to be ${status}`,
    async () => {
      const { job } = (await get(`/jobs/${id}`).expect(200)).body;
      if (job.status === 'failed') throw new Error(`job ${id} failed: ${job.error_message}`);
      return job.status === status ? job : null;
    },
    60_000,
    logs,
  );

async function download(path: string, file: string): Promise<void> {
  const res = await get(path).expect(302);
  const url = new URL(res.headers.location);
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  writeFileSync(file, body);
}

beforeAll(async () => {
  build = compileWorker(buildDir);
  mkdirSync(workspaceRoot);
  const work = initRepo(join(tmp, 'source-work'));
  commitFiles(work, { 'README.md': '# app\n', 'config.js': `const token = "${PAT}";\n` }, 'add config');
  commitFiles(
    work,
    { 'config.js': 'const token = process.env.TOKEN;\n', 'deploy.env': `AWS_KEY=${AWS}\n` },
    'env',
  );
  createTag(work, 'v1.0', { message: 'release' });
  git(tmp, ['clone', '--mirror', '--quiet', work, join(gitRoot, 'source.git')]);
  initRepo(join(gitRoot, 'target.git'), { bare: true });
  [s3, gitSource, gitTarget, creds] = await Promise.all([
    startS3Server(),
    startGitHttpServer({ root: gitRoot, username: SRC.username, password: SRC.password }),
    startGitHttpServer({ root: gitRoot, username: DST.username, password: DST.password }),
    startCredentialService(USER, [SRC, DST]),
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
}, 120_000);

afterAll(async () => {
  const steps: (() => unknown)[] = [
    () => killProcessGroup(worker),
    () => app?.close(),
    () => deleteBrokerTopology(PREFIX),
    () => dropTestDatabase(DB_NAME),
    () => s3?.close(),
    () => gitSource?.close(),
    () => gitTarget?.close(),
    () => creds?.close(),
  ];
  await tearDown(steps, build, tmp);
}, 60_000);

describe('the service flow through HTTP', () => {
  let jobId: string;

  it('scans: POST /jobs → awaiting_selection, secrets with previews, a redacted SARIF report', async () => {
    const created = await post('/jobs', {
      source_platform: 'github',
      source_url: `${gitSource.url}/source.git`,
      source_branch: 'main',
      source_credentials_id: SRC.id,
    }).expect(201);
    expect(created.body).toMatchObject({ status: 'pending', progress_percent: 0 });
    jobId = created.body.id;
    const started = Date.now();
    await waitForStatus(jobId, 'awaiting_selection');
    logs.push(`[test] scanned end to end in ${Date.now() - started} ms\n`);

    const { job, secrets } = (await get(`/jobs/${jobId}`).expect(200)).body;
    expect(job).toMatchObject({ id: jobId, status: 'awaiting_selection', progress_percent: 100 });
    expect(secrets.map((s: { file_path: string }) => s.file_path).sort()).toEqual([
      'config.js',
      'deploy.env',
    ]);
    const listed = (await get(`/jobs/${jobId}/secrets`).expect(200)).body.items;
    expect(listed[0]).toEqual(
      expect.objectContaining({
        rule_id: expect.any(String),
        secret_type: expect.any(String),
        secret_value_preview: expect.any(String),
        severity: expect.stringMatching(/^(critical|high|medium|low)$/),
        is_new: expect.any(Boolean),
        line: 1,
      }),
    );
    // each secret carries its report fingerprint (the CLI's scheme), not the keyed one of the database
    const report = JSON.parse((await get(`/jobs/${jobId}/report`).expect(200)).text);
    expect(listed.map((s: { fingerprint: string }) => s.fingerprint).sort()).toEqual(
      report.findings.map((f: { fingerprint: string }) => f.fingerprint).sort(),
    );
    const sarif = (await get(`/jobs/${jobId}/report?format=sarif`).expect(200)).text;
    expect(sarifErrors(JSON.parse(sarif))).toEqual([]);
    expect(sarif).not.toContain(PAT);
    expect(JSON.stringify(listed)).not.toContain(PAT);
  });

  it('cleans the selected secret: download the zip and the bundle, fsck clean, the value gone, the other kept', async () => {
    const listed = (await get(`/jobs/${jobId}/secrets`).expect(200)).body.items as {
      id: string;
      file_path: string;
    }[];
    const token = listed.find((s) => s.file_path === 'config.js')!;
    await post(`/jobs/${jobId}/secrets/select`, { secret_ids: [token.id], mark_false_positives: [] }).expect(
      200,
    );
    await post(`/jobs/${jobId}/clean`).expect(202);
    await waitForStatus(jobId, 'cleaned');

    await download(`/jobs/${jobId}/download`, join(tmp, 'repo.zip'));
    const unpacked = join(tmp, 'unzipped');
    await extractZip(join(tmp, 'repo.zip'), unpacked);
    const repo = readdirSync(unpacked).length === 1 ? join(unpacked, readdirSync(unpacked)[0]) : unpacked;
    expect(git(repo, ['fsck', '--strict'])).toBe('');
    const history = git(repo, ['log', '--all', '-p']);
    expect(history).not.toContain(PAT);
    expect(history).toContain(AWS); // not selected: still there
    expect(Object.keys(listRefs(repo))).toEqual(
      expect.arrayContaining(['refs/heads/main', 'refs/tags/v1.0']),
    );

    await download(`/jobs/${jobId}/download?format=bundle`, join(tmp, 'repo.bundle'));
    git(tmp, ['clone', '--quiet', '--mirror', join(tmp, 'repo.bundle'), join(tmp, 'from-bundle.git')]);
    expect(git(join(tmp, 'from-bundle.git'), ['log', '--all', '-p'])).not.toContain(PAT);
  });

  it('pushes to a second authenticated repository → pushed, and nothing leaked on the way', async () => {
    await post(`/jobs/${jobId}/push`, {
      target_platform: 'github',
      target_url: `${gitTarget.url}/target.git`,
      target_credentials_id: DST.id,
      force_push: true,
    }).expect(202);
    await waitForStatus(jobId, 'pushed');
    const target = join(gitRoot, 'target.git');
    expect(Object.keys(listRefs(target))).toEqual(
      expect.arrayContaining(['refs/heads/main', 'refs/tags/v1.0']),
    );
    expect(git(target, ['log', '--all', '-p'])).not.toContain(PAT);

    const dump = (
      await pg<{ row: string }>(
        `SELECT row_to_json(t)::text AS row FROM (SELECT * FROM jobs) t
       UNION ALL SELECT row_to_json(t)::text FROM (SELECT * FROM secrets_found) t
       UNION ALL SELECT row_to_json(t)::text FROM (SELECT * FROM audit_logs) t
       UNION ALL SELECT row_to_json(t)::text FROM (SELECT * FROM task_results) t`,
        DB_NAME,
      )
    )
      .map((r) => r.row)
      .join('\n');
    for (const value of [PAT, AWS, SRC.password, DST.password]) {
      expect(dump).not.toContain(value);
      expect(logs.join('')).not.toContain(value);
    }
    expect(readdirSync(workspaceRoot)).toEqual([]);
  });
});
