// Against the real local RabbitMQ (127.0.0.1:5672). Every test uses its own queue prefix and
// deletes its queues; outages are simulated by closing this test's connections, never the server.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { Test } from '@nestjs/testing';
import { connect, type Channel, type ChannelModel, type GetMessage } from 'amqplib';
import {
  BrokerUnavailableError,
  buildTopology,
  createTaskMessage,
  deleteTopology,
  MessagingConnection,
  MessagingModule,
  NonRetryableError,
  PublishRejectedError,
  TaskConsumer,
  TaskPublisher,
  TaskTimeoutError,
  type MessagingConfig,
  type TaskMessage,
} from '@deployguard/messaging';

const URL = 'amqp://guest:guest@127.0.0.1:5672';
const CREDENTIAL = 'ghp_e2eNeverInAQueueMessage0123456789abcd';

jest.setTimeout(20_000);

let admin: ChannelModel;
let adminChannel: Channel;
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  admin = await connect(URL);
  adminChannel = await admin.createChannel();
});

afterAll(async () => {
  await admin.close();
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

function setup(overrides: Partial<MessagingConfig> = {}) {
  const prefix = overrides.prefix ?? `test-${randomUUID().slice(0, 8)}`;
  const config: MessagingConfig = {
    url: URL,
    prefix,
    maxRetries: 2,
    retryBaseDelayMs: 50,
    reconnectInitialDelayMs: 50,
    reconnectMaxDelayMs: 500,
    shutdownGraceMs: 0,
    ...overrides,
  };
  const connection = new MessagingConnection(config);
  const publisher = new TaskPublisher(connection);
  cleanups.push(async () => {
    await publisher.close();
    await connection.close();
  });
  if (!overrides.prefix) {
    // Registered first, so it runs last: after every connection using the prefix is closed.
    const topology = buildTopology(prefix, config.maxRetries ?? 5, config.retryBaseDelayMs ?? 5000);
    cleanups.unshift(async () => {
      const ch = await admin.createChannel();
      await deleteTopology(ch, topology);
      await ch.close();
    });
  }
  return { prefix, connection, publisher, config };
}

function consumerOf(
  connection: MessagingConnection,
  options: ConstructorParameters<typeof TaskConsumer>[1] = {},
) {
  const consumer = new TaskConsumer(connection, options);
  cleanups.push(() => consumer.close(0));
  return consumer;
}

function message(kind: TaskMessage['kind'] = 'scan'): TaskMessage {
  return createTaskMessage({ job_id: randomUUID(), user_id: 'user-a', kind });
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function getRaw(queue: string): Promise<GetMessage> {
  let got: GetMessage | false = false;
  await waitFor(async () => (got = await adminChannel.get(queue, { noAck: true })) !== false);
  return got as unknown as GetMessage;
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('messaging against RabbitMQ', () => {
  it('publishes persistent, confirmed messages and consumes them with an ack after the handler', async () => {
    const { connection, publisher, prefix } = setup();
    await connection.waitUntilConnected(5000);
    await waitFor(() => publisher.isReady());
    const sent = message('scan');
    await publisher.publish(sent);

    const raw = await getRaw(`${prefix}.scan`);
    expect(raw.properties.deliveryMode).toBe(2);
    expect(raw.properties.priority).toBe(8);
    expect(raw.properties.messageId).toBe(sent.task_id);
    expect(JSON.parse(raw.content.toString())).toEqual(sent);

    await publisher.publish(sent, { priority: 'low' });
    const received: TaskMessage[] = [];
    const consumer = consumerOf(connection);
    consumer.consume('scan', async (m) => void received.push(m));
    await waitFor(() => received.length === 1 && consumer.activeTasks() === 0);
    expect(received[0]).toEqual(sent);
    await consumer.close(0); // an unacked message would go back to the queue here
    expect((await adminChannel.checkQueue(`${prefix}.scan`)).messageCount).toBe(0);
  });

  it('rejects a publish the broker could not route (the promise waits for the broker)', async () => {
    const { connection, publisher, prefix } = setup();
    await connection.waitUntilConnected(5000);
    await waitFor(() => publisher.isReady());
    await adminChannel.deleteQueue(`${prefix}.push`);
    await expect(publisher.publish(message('push'))).rejects.toBeInstanceOf(PublishRejectedError);
  });

  it('delivers one task at a time (prefetch 1)', async () => {
    const { connection, publisher, prefix } = setup();
    await connection.waitUntilConnected(5000);
    await waitFor(() => publisher.isReady());
    await publisher.publish(message());
    await publisher.publish(message());
    const release = deferred();
    const started: string[] = [];
    const consumer = consumerOf(connection);
    consumer.consume('scan', async (m) => {
      started.push(m.task_id);
      if (started.length === 1) await release.promise;
    });
    await waitFor(() => started.length === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(started).toHaveLength(1);
    expect((await adminChannel.checkQueue(`${prefix}.scan`)).messageCount).toBe(1);
    release.resolve();
    await waitFor(() => started.length === 2);
  });

  it('retries a failing task with growing delay, then dead-letters it and calls onDeadLetter', async () => {
    const { connection, publisher, prefix } = setup({ maxRetries: 2, retryBaseDelayMs: 150 });
    await connection.waitUntilConnected(5000);
    await waitFor(() => publisher.isReady());
    const runs: Array<{ attempt: number; at: number }> = [];
    const dead: Array<{ message: TaskMessage; error: Error }> = [];
    const consumer = consumerOf(connection, {
      onDeadLetter: (m, e) => void dead.push({ message: m, error: e }),
    });
    consumer.consume('clean', async (m) => {
      runs.push({ attempt: m.attempt, at: Date.now() });
      throw new Error('clone failed');
    });
    const sent = message('clean');
    await publisher.publish(sent);
    await waitFor(() => dead.length === 1);

    expect(runs.map((r) => r.attempt)).toEqual([0, 1, 2]);
    const firstDelay = runs[1].at - runs[0].at;
    const secondDelay = runs[2].at - runs[1].at;
    expect(firstDelay).toBeGreaterThanOrEqual(140); // 150 ms × 2^0
    expect(secondDelay).toBeGreaterThanOrEqual(290); // 150 ms × 2^1
    expect(dead[0].message).toMatchObject({ task_id: sent.task_id, attempt: 2 });
    expect(dead[0].error.message).toBe('clone failed');
    const deadRaw = await getRaw(`${prefix}.dead`);
    expect(JSON.parse(deadRaw.content.toString())).toMatchObject({ task_id: sent.task_id, attempt: 2 });
    expect(deadRaw.properties.deliveryMode).toBe(2);
  });

  it('sends a NonRetryableError straight to the dead-letter queue', async () => {
    const { connection, publisher, prefix } = setup({ maxRetries: 3 });
    await connection.waitUntilConnected(5000);
    await waitFor(() => publisher.isReady());
    let runs = 0;
    const dead: TaskMessage[] = [];
    const consumer = consumerOf(connection, { onDeadLetter: (m) => void dead.push(m) });
    consumer.consume('scan', async () => {
      runs++;
      throw new NonRetryableError('repository not found');
    });
    await publisher.publish(message());
    await waitFor(() => dead.length === 1);
    expect(runs).toBe(1);
    expect(dead[0].attempt).toBe(0);
    expect((await adminChannel.checkQueue(`${prefix}.dead`)).messageCount).toBe(1);
  });

  it('aborts the signal at the soft limit and gives up on a hung handler at the hard limit', async () => {
    const { connection, publisher } = setup({ maxRetries: 0 });
    await connection.waitUntilConnected(5000);
    await waitFor(() => publisher.isReady());
    let softAbortAt = 0;
    const hardTimeouts: string[] = [];
    const dead: Error[] = [];
    const consumer = consumerOf(connection, {
      onDeadLetter: (_m, e) => void dead.push(e),
      onHardTimeout: (m) => void hardTimeouts.push(m.task_id),
    });
    const start = Date.now();
    consumer.consume(
      'push',
      (_m, { signal }) => {
        signal.addEventListener('abort', () => (softAbortAt = Date.now() - start), { once: true });
        return new Promise<void>(() => {}); // ignores its signal and never finishes
      },
      { softTimeLimitMs: 100, hardTimeLimitMs: 300 },
    );
    const sent = message('push');
    await publisher.publish(sent);
    await waitFor(() => dead.length === 1);
    expect(softAbortAt).toBeGreaterThanOrEqual(90);
    expect(softAbortAt).toBeLessThan(300);
    expect(dead[0]).toBeInstanceOf(TaskTimeoutError);
    expect((dead[0] as TaskTimeoutError).limit).toBe('hard');
    expect(hardTimeouts).toEqual([sent.task_id]);
  });

  it('redelivers the message of a consumer that died without ack to another consumer', async () => {
    const first = setup();
    const second = setup({ prefix: first.prefix });
    await first.connection.waitUntilConnected(5000);
    await second.connection.waitUntilConnected(5000);
    await waitFor(() => first.publisher.isReady());

    let aborted = false;
    const startedOnFirst = deferred();
    consumerOf(first.connection).consume('scan', (_m, { signal }) => {
      signal.addEventListener('abort', () => (aborted = true));
      startedOnFirst.resolve();
      return new Promise<void>(() => {}); // never acks
    });
    const sent = message();
    await first.publisher.publish(sent);
    await startedOnFirst.promise;

    const onSecond: Array<{ m: TaskMessage; redelivered: boolean }> = [];
    consumerOf(second.connection).consume(
      'scan',
      async (m, ctx) => void onSecond.push({ m, redelivered: ctx.redelivered }),
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(onSecond).toHaveLength(0); // still held by the first consumer

    await first.connection.close(); // the worker dies: no ack was sent
    await waitFor(() => onSecond.length === 1);
    expect(onSecond[0].m.task_id).toBe(sent.task_id);
    expect(onSecond[0].redelivered).toBe(true);
    expect(aborted).toBe(true);
  });

  it('reconnects after the broker closes its connection and keeps consuming and publishing', async () => {
    const connectionName = `dg-test-${randomUUID()}`;
    const { connection, publisher } = setup({ connectionName });
    await connection.waitUntilConnected(5000);
    await waitFor(() => publisher.isReady());
    const received: string[] = [];
    consumerOf(connection).consume('scan', async (m) => void received.push(m.task_id));
    const before = message();
    await publisher.publish(before);
    await waitFor(() => received.length === 1);

    closeConnectionFromBroker(connectionName);
    await waitFor(() => !connection.isConnected());
    await expect(publisher.publish(message())).rejects.toBeInstanceOf(BrokerUnavailableError);
    await waitFor(() => connection.isConnected() && publisher.isReady(), 10_000);

    const after = message();
    await publisher.publish(after);
    await waitFor(() => received.length === 2);
    expect(received).toEqual([before.task_id, after.task_id]);
    expect((await connection.queueDepths()).scan.consumers).toBe(1);
  });

  it('fails fast with BrokerUnavailableError when not connected, and never leaks the password', async () => {
    const port = await closedPort();
    const logs: string[] = [];
    const log = (fields: object, msg: string) => void logs.push(JSON.stringify(fields) + msg);
    const { connection, publisher } = setup({
      url: `amqp://guest:${CREDENTIAL}@127.0.0.1:${port}`,
      logger: { info: log, warn: log, error: log },
    });
    connection.start();
    const started = Date.now();
    await expect(publisher.publish(message())).rejects.toBeInstanceOf(BrokerUnavailableError);
    await expect(connection.queueDepths()).rejects.toBeInstanceOf(BrokerUnavailableError);
    expect(Date.now() - started).toBeLessThan(100);
    expect(connection.isConnected()).toBe(false);
    const failure = await connection.waitUntilConnected(300).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(BrokerUnavailableError);
    expect(logs.some((l) => l.includes('reconnect scheduled'))).toBe(true);
    expect(logs.join('\n')).not.toContain(CREDENTIAL);
  });

  it('reports queue depths and never puts a credential in a message body', async () => {
    const { connection, publisher, prefix } = setup({ maxRetries: 1 });
    await connection.waitUntilConnected(5000);
    await waitFor(() => publisher.isReady());
    // A caller passing a credential by mistake: only the known fields are encoded.
    const careless = { ...message('clean'), credentials: CREDENTIAL, token: CREDENTIAL } as TaskMessage;
    await publisher.publish(careless);
    await publisher.publish(message('clean'));
    await waitFor(async () => (await connection.queueDepths()).clean.messages === 2);

    const bodies: string[] = [];
    const dead: TaskMessage[] = [];
    const consumer = consumerOf(connection, { onDeadLetter: (m) => void dead.push(m) });
    consumer.consume('clean', async (m) => {
      bodies.push(JSON.stringify(m));
      throw new Error('failed');
    });
    await waitFor(() => dead.length === 2);
    const deadBodies = [(await getRaw(`${prefix}.dead`)).content, (await getRaw(`${prefix}.dead`)).content];
    for (const body of [...bodies, ...deadBodies.map((b) => b.toString())]) {
      expect(body).not.toContain(CREDENTIAL);
      expect(Object.keys(JSON.parse(body)).sort()).toEqual([
        'attempt',
        'enqueued_at',
        'job_id',
        'kind',
        'task_id',
        'user_id',
      ]);
    }
    expect(bodies).toHaveLength(4);
  });
});

describe('MessagingModule', () => {
  it('provides one started connection, a publisher and a consumer, and closes them on shutdown', async () => {
    const { prefix, connection: unused } = setup();
    await unused.close();
    const moduleRef = await Test.createTestingModule({
      imports: [
        MessagingModule.forRoot({ config: { url: URL, prefix, maxRetries: 2, retryBaseDelayMs: 50 } }),
      ],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const connection = app.get(MessagingConnection);
    const publisher = app.get(TaskPublisher);
    const consumer = app.get(TaskConsumer);
    await connection.waitUntilConnected(5000);
    await waitFor(() => publisher.isReady());
    const received: string[] = [];
    consumer.consume('scan', async (m) => void received.push(m.task_id));
    const sent = message();
    await publisher.publish(sent);
    await waitFor(() => received.length === 1);
    expect(received).toEqual([sent.task_id]);
    await app.close();
    expect(connection.isConnected()).toBe(false);
    await expect(publisher.publish(message())).rejects.toBeInstanceOf(BrokerUnavailableError);
  });
});

function closeConnectionFromBroker(connectionName: string): void {
  const listing = execFileSync('rabbitmqctl', ['list_connections', 'pid', 'client_properties', '-q'], {
    encoding: 'utf8',
  });
  const line = listing.split('\n').find((l) => l.includes(`{"connection_name","${connectionName}"}`));
  if (!line) throw new Error(`connection ${connectionName} not found on the broker`);
  execFileSync('rabbitmqctl', ['close_connection', line.split('\t')[0], 'e2e test'], { stdio: 'ignore' });
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}
