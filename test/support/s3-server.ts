// A throw-away s3rver for a test file: its own process (s3rver needs the OpenSSL legacy provider
// for list continuation tokens), a random free port, a temporary directory and random keys.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface TestS3Server {
  endpoint: string;
  port: number;
  accessKey: string;
  secretKey: string;
  close(): Promise<void>;
}

const SCRIPT = join(__dirname, '..', '..', 'scripts', 's3-dev-server.js');

// `port` 0 (default): a free one, and new random keys; a test that stops the server and starts
// another in its place passes the first one's port and keys (its clients keep theirs).
export async function startS3Server(
  options: { port?: number; accessKey?: string; secretKey?: string } = {},
): Promise<TestS3Server> {
  const directory = await mkdtemp(join(tmpdir(), 'dg-s3-'));
  const accessKey = options.accessKey ?? `test-${randomBytes(6).toString('hex')}`;
  const secretKey = options.secretKey ?? randomBytes(24).toString('hex');
  // Keys through the environment, not argv, so they do not show in process listings.
  const child = spawn(
    process.execPath,
    [
      '--openssl-legacy-provider',
      SCRIPT,
      '--port',
      String(options.port ?? 0),
      '--dir',
      directory,
      '--bucket',
      'deployguard',
    ],
    {
      env: {
        ...process.env,
        S3_DEBUG: process.env.S3_DEBUG_TEST,
        S3_ACCESS_KEY: accessKey,
        S3_SECRET_KEY: secretKey,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('s3 server did not start within 10 s')), 10_000);
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve((JSON.parse(line) as { port: number }).port);
      } catch {
        reject(new Error(`unexpected s3 server output: ${line}`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`s3 server exited with ${code}: ${stderr}`));
    });
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    accessKey,
    secretKey,
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await rm(directory, { recursive: true, force: true });
    },
  };
}
