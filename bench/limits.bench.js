// npm run bench:limits — what the per-user rate limiter costs. Two API processes from dist/
// (`npm run build` first) on one PostgreSQL database of their own, the local RabbitMQ and an s3rver:
// "off" with every limit at 0 (the reference) and "on" with limits high enough never to refuse, so
// each request pays the shared counter's upsert. One user sends every request (the worst case: all
// upserts hit one row). For GET /jobs (read limiter) and POST /jobs with a body that fails
// validation (write limiter; nothing is created), autocannon runs the same load against both, in
// alternating order, and the bench prints p50/p99 latency and throughput with the ratio on/off.
// Everything it creates (database, queues, processes, directories) is removed at the end.
//
// Env: DEPLOYGUARD_BENCH_LOAD_S (5, seconds of each run), DEPLOYGUARD_BENCH_CONNECTIONS (20).
/* global setTimeout, fetch */
'use strict';
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { existsSync, mkdtempSync, rmSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');
const amqp = require('amqplib');
const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const API_MAIN = path.join(DIST, 'apps/api/src/main.js');
const MIGRATE_MAIN = path.join(DIST, 'libs/persistence/src/migrate.main.js');
const TOPOLOGY = path.join(DIST, 'libs/messaging/src/messaging.topology.js');
const LOAD_S = Number(process.env.DEPLOYGUARD_BENCH_LOAD_S || 5);
const CONNECTIONS = Number(process.env.DEPLOYGUARD_BENCH_CONNECTIONS || 20);
const RUN = randomBytes(4).toString('hex');
const DB_NAME = `deployguard_bench_limits_${RUN}`;
const PREFIX = `dgbench-limits-${RUN}`;
const AMQP_URL = 'amqp://guest:guest@127.0.0.1:5672';
const children = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function startChild(name, args, env) {
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const proc = { name, child, log: '', exit: null };
  proc.exited = new Promise((resolve) => child.on('exit', (code) => resolve((proc.exit = { code }))));
  child.stdout.on('data', (d) => (proc.log += d));
  child.stderr.on('data', (d) => (proc.log += d));
  children.push(proc);
  return proc;
}

process.on('exit', () => {
  for (const p of children)
    if (!p.exit)
      try {
        process.kill(-p.child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
});

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(what, probe, proc, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (proc.exit) throw new Error(`${proc.name} exited while waiting for ${what}\n${proc.log.slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function pg(sql, database = 'postgres') {
  const client = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function env(ctx, extra) {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB_NAME}`,
    RABBITMQ_URL: AMQP_URL,
    S3_ENDPOINT: '127.0.0.1',
    S3_PORT: String(ctx.s3Port),
    S3_ACCESS_KEY: 'S3RVER',
    S3_SECRET_KEY: 'S3RVER',
    S3_BUCKET: 'deployguard',
    WORKSPACE_ROOT: path.join(ctx.tmp, 'work'),
    ...extra,
  };
}

async function startApi(ctx, name, limit) {
  const port = await freePort();
  const proc = startChild(
    name,
    [API_MAIN, '--queue-prefix', PREFIX],
    env(ctx, {
      PORT: String(port),
      RATE_LIMIT_PER_MINUTE: String(limit),
      RATE_LIMIT_READS_PER_MINUTE: String(limit),
      MAX_ACTIVE_JOBS_PER_USER: '0',
    }),
  );
  const base = `http://127.0.0.1:${port}/api/v2`;
  await waitFor(`${name} to be ready`, () => fetch(`${base}/health/ready`).then((r) => r.ok), proc);
  return { name, base };
}

async function load(api, method, body) {
  const result = await autocannon({
    url: `${api.base}/jobs`,
    method,
    headers: { 'X-User-ID': 'bench-user', 'Content-Type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: LOAD_S,
  });
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, codes: result };
}

async function run(ctx) {
  ctx.tmp = mkdtempSync(path.join(tmpdir(), 'dg-bench-limits-'));
  await pg(`CREATE DATABASE ${DB_NAME}`);
  ctx.db = true;
  const s3 = startChild(
    's3',
    [
      path.join(ROOT, 'scripts/s3-dev-server.js'),
      '--port',
      '0',
      '--dir',
      path.join(ctx.tmp, 's3'),
      '--bucket',
      'deployguard',
    ],
    { PATH: process.env.PATH, S3_ACCESS_KEY: 'S3RVER', S3_SECRET_KEY: 'S3RVER' },
  );
  const line = await waitFor(
    's3 server',
    async () => s3.log.split('\n').find((l) => l.includes('s3 dev server listening')),
    s3,
  );
  ctx.s3Port = JSON.parse(line).port;
  const migrate = startChild('migrate', [MIGRATE_MAIN], env(ctx, {}));
  if ((await migrate.exited).code !== 0) throw new Error(`migrations failed\n${migrate.log}`);
  const off = await startApi(ctx, 'limits-off', 0);
  const on = await startApi(ctx, 'limits-on', 1_000_000);

  const cases = [
    ['GET /jobs (read limiter)', 'GET', undefined, 200],
    ['POST /jobs, invalid body (write limiter)', 'POST', '{}', 400],
  ];
  console.log(`one user, ${CONNECTIONS} connections, ${LOAD_S} s per run, order alternated\n`);
  for (const [label, method, body, expected] of cases) {
    await load(off, method, body); // warm-up of both, not counted
    await load(on, method, body);
    const runs = { off: [], on: [] };
    for (const order of [
      [off, on],
      [on, off],
    ])
      for (const api of order) runs[api === off ? 'off' : 'on'].push(await load(api, method, body));
    const avg = (xs, k) => xs.reduce((s, x) => s + x[k], 0) / xs.length;
    const fig = (k) => ({ off: avg(runs.off, k), on: avg(runs.on, k) });
    const p50 = fig('p50');
    const p99 = fig('p99');
    const rps = fig('rps');
    const codes = [...runs.off, ...runs.on].map((r) => r.codes[`${Math.floor(expected / 100)}xx`]);
    console.log(label);
    console.log(
      `  p50 ms   off ${p50.off.toFixed(2)}  on ${p50.on.toFixed(2)}  ratio ${(p50.on / p50.off).toFixed(2)}`,
    );
    console.log(
      `  p99 ms   off ${p99.off.toFixed(2)}  on ${p99.on.toFixed(2)}  ratio ${(p99.on / p99.off).toFixed(2)}`,
    );
    console.log(
      `  req/s    off ${rps.off.toFixed(0)}  on ${rps.on.toFixed(0)}  ratio ${(rps.on / rps.off).toFixed(2)}`,
    );
    console.log(`  requests answered ${expected} in each run: ${codes.join(', ')}`);
  }
  const [row] = await pg(
    `SELECT count(*)::int AS n, max(hits)::int AS hits FROM rate_limit_counters`,
    DB_NAME,
  );
  console.log(`\ncounter rows: ${row.n}; most hits in one window: ${row.hits}`);
}

async function cleanup(ctx) {
  for (const p of children)
    if (!p.exit) {
      p.child.kill('SIGTERM');
      await Promise.race([p.exited, sleep(10_000)]);
      if (!p.exit) process.kill(-p.child.pid, 'SIGKILL');
    }
  try {
    const { buildTopology, deleteTopology } = require(TOPOLOGY);
    const connection = await amqp.connect(AMQP_URL);
    const channel = await connection.createChannel();
    await deleteTopology(channel, buildTopology(PREFIX, 3, 5000));
    await connection.close();
  } catch (error) {
    console.error(`queues not deleted: ${error.message}`);
  }
  if (ctx.db) await pg(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  if (ctx.tmp) rmSync(ctx.tmp, { recursive: true, force: true });
}

async function main() {
  for (const file of [API_MAIN, MIGRATE_MAIN, TOPOLOGY])
    if (!existsSync(file)) {
      console.error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` first`);
      process.exit(2);
    }
  const ctx = {};
  let failed = false;
  try {
    await run(ctx);
  } catch (error) {
    failed = true;
    console.error(`benchmark failed: ${error.message}`);
  } finally {
    await cleanup(ctx);
  }
  process.exit(failed ? 1 : 0);
}

main();
