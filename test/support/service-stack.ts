// The pieces of a running service for end-to-end tests: a database of its own, a small credential
// service, the worker compiled into a temporary directory and run as a real process (dist/ may be
// rebuilt while tests run), the service environment, and bounded waiting.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildTopology, deleteTopology } from '@deployguard/messaging';
import { connect } from 'amqplib';
import { Client } from 'pg';

const exec = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

export interface Credential {
  id: string;
  username: string;
  password: string;
  // The first request for it gets no answer: keeps a worker busy inside a task.
  holdFirst?: boolean;
}

export interface CredentialService {
  server: Server;
  url: string;
  held: IncomingMessage[];
  close(): void;
}

export async function pg<T>(sql: string, database = 'postgres'): Promise<T[]> {
  const client = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database });
  await client.connect();
  return client
    .query(sql)
    .then((r) => r.rows as T[])
    .finally(() => client.end());
}

// GET /api/credentials/{id} with X-User-ID, as the real auth service answers it.
export function startCredentialService(user: string, credentials: Credential[]): Promise<CredentialService> {
  const held: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    const known = credentials.find((c) => req.url === `/api/credentials/${c.id}`);
    if (known?.holdFirst && !held.some((h) => h.url === req.url)) return void held.push(req);
    if (!known || req.headers['x-user-id'] !== user) return void res.writeHead(404).end('{}');
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ username: known.username, password: known.password }));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        held,
        close: () => {
          server.closeAllConnections();
          server.close();
        },
      }),
    ),
  );
}

export interface ServiceEnvInput {
  databaseUrl: string;
  amqpUrl: string;
  s3: { port: number; accessKey: string; secretKey: string };
  authServiceUrl: string;
  keys: { report: string; hash: string };
  workspaceRoot: string;
}

// The environment of the API and the workers under test: short retries, local URLs allowed.
export function serviceEnv(input: ServiceEnvInput): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: input.databaseUrl,
    DATABASE_POOL_MAX: '4',
    RABBITMQ_URL: input.amqpUrl,
    S3_ENDPOINT: '127.0.0.1',
    S3_PORT: String(input.s3.port),
    S3_ACCESS_KEY: input.s3.accessKey,
    S3_SECRET_KEY: input.s3.secretKey,
    S3_BUCKET: 'deployguard',
    AUTH_SERVICE_URL: input.authServiceUrl,
    REPORT_ENCRYPTION_KEY: input.keys.report,
    SECRET_HASH_KEY: input.keys.hash,
    WORKSPACE_ROOT: input.workspaceRoot,
    TASK_MAX_RETRIES: '2',
    TASK_RETRY_BASE_DELAY_MS: '200',
    TASK_SOFT_TIME_LIMIT_S: '50',
    TASK_HARD_TIME_LIMIT_S: '60',
    ALLOW_LOCAL_URLS: 'true',
    ALLOW_PRIVATE_URLS: 'true',
  };
}

// Compiles the worker (and the scan worker thread) into `buildDir`.
export async function compileWorker(buildDir: string): Promise<void> {
  await exec('npx', ['tsc', '-p', 'apps/worker/tsconfig.app.json', '--outDir', buildDir], { cwd: ROOT });
  await exec('npx', ['tsc-alias', '-p', 'apps/worker/tsconfig.app.json', '--outDir', buildDir], {
    cwd: ROOT,
  });
}

// A worker process in its own process group (so a test can kill it with its git children);
// its output goes to `logs`.
export function startWorkerProcess(
  buildDir: string,
  env: Record<string, string>,
  queuePrefix: string,
  logs: string[],
): ChildProcess {
  const child = spawn(
    process.execPath,
    [join(buildDir, 'apps/worker/src/main.js'), '--queue-prefix', queuePrefix],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_PATH: join(ROOT, 'node_modules'),
        WORKER_METRICS_PORT: '0',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        ...env,
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const record = (d: Buffer) => logs.push(`[worker] ${d.toString()}`);
  child.stdout!.on('data', record);
  child.stderr!.on('data', record);
  return child;
}

export function killProcessGroup(child: ChildProcess | undefined): void {
  if (child && child.exitCode === null && !child.signalCode) process.kill(-child.pid!, 'SIGKILL');
}

// Polls `probe` until it returns something truthy; fails with the end of `logs` after `timeoutMs`.
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 30_000,
  logs: string[] = [],
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

// Runs every teardown step even when some fail (a failed beforeAll leaves parts unset), then waits
// for a worker build still writing into `tmp` and removes it.
export async function tearDown(
  steps: (() => unknown)[],
  build: Promise<unknown> | undefined,
  tmp: string,
): Promise<void> {
  for (const step of steps)
    await Promise.resolve()
      .then(step)
      .catch(() => undefined);
  await build?.catch(() => undefined);
  rmSync(tmp, { recursive: true, force: true });
}

// A database of the test's own, created empty (the caller runs the migrations) and dropped at the end.
export async function createTestDatabase(name: string): Promise<void> {
  await pg(`CREATE DATABASE ${name}`);
}

/** Deletes the queues and exchanges of `prefix` (the topology a test's API and worker declared). */
export async function deleteBrokerTopology(
  prefix: string,
  maxRetries = 2,
  retryBaseMs = 200,
  url = 'amqp://guest:guest@127.0.0.1:5672',
): Promise<void> {
  const conn = await connect(url);
  try {
    await deleteTopology(await conn.createChannel(), buildTopology(prefix, maxRetries, retryBaseMs));
  } finally {
    await conn.close();
  }
}

export async function dropTestDatabase(name: string): Promise<void> {
  await pg(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
