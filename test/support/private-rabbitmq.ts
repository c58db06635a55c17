// A RabbitMQ node of the test's own — node name, AMQP and distribution ports, data, log, config and
// plugin files in a temporary directory — so a test can stop and restart a real broker without
// touching the shared one on 5672. Uses the system's rabbitmq-server and rabbitmqctl; run as root,
// their Debian wrapper switches to the rabbitmq user (with that user's Erlang cookie), so the
// temporary directory is handed to that user.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface PrivateRabbitMq {
  node: string;
  port: number;
  url: string;
  dir: string;
  // how long `rabbitmq-server -detached` took to accept connections
  startupMs: number;
  stopApp(): Promise<void>;
  startApp(): Promise<void>;
  // Stops the node (killing it if it does not stop) and removes its directory; never throws.
  stop(): Promise<void>;
  logTail(chars?: number): string;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startPrivateRabbitMq(startTimeoutMs = 60_000): Promise<PrivateRabbitMq> {
  const node = `dgtest-${randomBytes(4).toString('hex')}@localhost`;
  const [port, distPort] = [await freePort(), await freePort()];
  const dir = mkdtempSync(join(tmpdir(), 'dg-rabbitmq-'));
  chmodSync(dir, 0o755);
  for (const sub of ['mnesia', 'log']) mkdirSync(join(dir, sub));
  // Empty config: the listener comes from RABBITMQ_NODE_PORT alone. Declaring it in the config file
  // as well makes start_app fail with eaddrinuse (two listeners on one port after a restart).
  writeFileSync(join(dir, 'rabbitmq.conf'), '');
  writeFileSync(join(dir, 'enabled_plugins'), '[].\n'); // no management plugin: 15672 stays free
  writeFileSync(join(dir, 'rabbitmq-env.conf'), ''); // not /etc/rabbitmq's (NODENAME=rabbit@localhost)
  if (process.getuid?.() === 0) {
    const uid = Number((await exec('id', ['-u', 'rabbitmq'])).stdout);
    const gid = Number((await exec('id', ['-g', 'rabbitmq'])).stdout);
    for (const p of ['', 'mnesia', 'log', 'rabbitmq.conf', 'enabled_plugins', 'rabbitmq-env.conf'])
      chownSync(join(dir, p), uid, gid);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    RABBITMQ_NODENAME: node,
    RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
    RABBITMQ_NODE_PORT: String(port),
    RABBITMQ_DIST_PORT: String(distPort),
    RABBITMQ_MNESIA_BASE: join(dir, 'mnesia'),
    RABBITMQ_LOG_BASE: join(dir, 'log'),
    RABBITMQ_CONFIG_FILE: join(dir, 'rabbitmq.conf'),
    RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, 'enabled_plugins'),
    RABBITMQ_CONF_ENV_FILE: join(dir, 'rabbitmq-env.conf'),
    RABBITMQ_PID_FILE: join(dir, 'rabbitmq.pid'),
  };
  // Every rabbitmqctl call names the private node: a bare call would reach the shared broker.
  const ctl = async (args: string[], timeoutMs = 30_000) => {
    await exec('rabbitmqctl', ['-n', node, ...args], { env, timeout: timeoutMs });
  };
  const logTail = (chars = 3000) => {
    const file = join(dir, 'log', `${node}.log`);
    return existsSync(file) ? readFileSync(file, 'utf8').slice(-chars) : '(no log file)';
  };
  let pid: number | null = null;
  const readPid = () => {
    try {
      return Number(readFileSync(env.RABBITMQ_PID_FILE!, 'utf8').trim()) || null;
    } catch {
      return null;
    }
  };
  const stop = async () => {
    pid ??= readPid();
    try {
      await ctl(['stop']);
    } catch {
      if (pid !== null) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    // the pid is of the beam process we started; wait for it to be gone before removing its files
    for (let i = 0; pid !== null && i < 100 && isAlive(pid); i++) await sleep(100);
    rmSync(dir, { recursive: true, force: true });
  };

  const started = Date.now();
  try {
    await exec('rabbitmq-server', ['-detached'], { env, timeout: 30_000 });
    // await_startup fails at once while the node is not yet registered with epmd: poll it
    for (let lastError = ''; ;) {
      try {
        await ctl(['await_startup', '--timeout', '5'], 10_000);
        break;
      } catch (err) {
        lastError = String((err as { stderr?: string }).stderr || (err as Error).message).slice(0, 500);
        if (Date.now() - started > startTimeoutMs)
          throw new Error(`not up within ${startTimeoutMs} ms; last rabbitmqctl error: ${lastError}`);
        await sleep(250);
      }
    }
    pid = readPid();
  } catch (err) {
    const tail = logTail(1500);
    await stop();
    throw new Error(
      `a private RabbitMQ node could not be started on this machine (rabbitmq-server -detached as ${node} ` +
        `on port ${port}): ${(err as Error).message}\n--- node log ---\n${tail}`,
    );
  }
  return {
    node,
    port,
    url: `amqp://guest:guest@127.0.0.1:${port}`,
    dir,
    startupMs: Date.now() - started,
    stopApp: () => ctl(['stop_app']),
    startApp: () => ctl(['start_app']),
    stop,
    logTail,
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
