// A PostgreSQL cluster of the test's own — initdb of the installed server version into a temporary
// directory, a random port on 127.0.0.1, its socket in that directory — so a test can stop and
// start a real database without touching the shared one on 5432. Run as root, the server programs
// refuse to start: every command runs as the postgres user, who is handed the directory.
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './private-rabbitmq';

const exec = promisify(execFile);

export interface PrivatePostgres {
  port: number;
  // postgres://postgres@127.0.0.1:port/<database>
  url(database?: string): string;
  stop(): Promise<void>;
  start(): Promise<void>;
  // Stops the cluster (fast shutdown) and removes its directory; never throws.
  destroy(): Promise<void>;
  logTail(chars?: number): string;
}

// The newest installed server version's programs (Debian layout: /usr/lib/postgresql/<major>/bin).
function serverBin(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors.length === 0) throw new Error(`no PostgreSQL server programs under ${root}`);
  return join(root, majors[0], 'bin');
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = serverBin();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'dg-postgres-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(dir, 0o700);
    const uid = Number((await exec('id', ['-u', 'postgres'])).stdout);
    const gid = Number((await exec('id', ['-g', 'postgres'])).stdout);
    chownSync(dir, uid, gid);
  }
  const run = (program: string, args: string[], timeoutMs = 60_000) =>
    asRoot
      ? exec('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], { timeout: timeoutMs })
      : exec(join(bin, program), args, { timeout: timeoutMs });
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => {
    await run('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', log, '-o', options]);
  };
  const stop = async () => {
    await run('pg_ctl', ['stop', '-w', '-t', '60', '-m', 'fast', '-D', data]);
  };
  const logTail = (chars = 3000) => (existsSync(log) ? readFileSync(log, 'utf8').slice(-chars) : '(no log)');
  const destroy = async () => {
    await stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
    await start();
  } catch (err) {
    const tail = logTail(1500);
    await destroy();
    throw new Error(
      `a private PostgreSQL cluster could not be started (${bin}, port ${port}): ` +
        `${(err as { stderr?: string }).stderr || (err as Error).message}\n--- server log ---\n${tail}`,
    );
  }
  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop,
    start,
    destroy,
    logTail,
  };
}
