// TaskTransport against the real local RabbitMQ (127.0.0.1:5672): a Nest microservice whose
// @EventPattern handlers receive the tasks, with the consumer's guarantees kept (a handler's
// NonRetryableError is dead-lettered at once, other errors are retried, the dead letter reaches
// the app as an event before its ack). Each test has its own queue prefix and deletes its queues.
import { randomUUID } from 'node:crypto';
import { Controller, Module, UseFilters, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { connect, type ChannelModel } from 'amqplib';
import {
  buildTopology,
  createTaskMessage,
  deleteTopology,
  KeepTaskErrors,
  MessagingConnection,
  NonRetryableError,
  TASK_DEAD_LETTERED,
  TaskPublisher,
  TaskTransport,
  type DeadLetteredTask,
  type TaskContext,
  type TaskKind,
  type TaskMessage,
} from '@deployguard/messaging';

const URL = 'amqp://guest:guest@127.0.0.1:5672';
const MAX_RETRIES = 2;
const RETRY_BASE_MS = 50;

// What the test controller saw, and what it does with the next tasks.
const seen: { kind: TaskKind; message: TaskMessage; context: TaskContext }[] = [];
const deadLettered: DeadLetteredTask[] = [];
let behaviour: (message: TaskMessage) => void = () => {};

@Controller()
@UseFilters(KeepTaskErrors)
class TestTasks {
  @EventPattern('scan')
  scan(@Payload() message: TaskMessage, @Ctx() context: TaskContext): void {
    seen.push({ kind: 'scan', message, context });
    behaviour(message);
  }

  @EventPattern('clean')
  clean(@Payload() message: TaskMessage, @Ctx() context: TaskContext): void {
    seen.push({ kind: 'clean', message, context });
    behaviour(message);
  }

  @EventPattern(TASK_DEAD_LETTERED)
  dead(@Payload() task: DeadLetteredTask): void {
    deadLettered.push(task);
  }
}

@Module({ controllers: [TestTasks] })
class TestModule {}

let admin: ChannelModel;
let prefix: string;
let connection: MessagingConnection;
let publisher: TaskPublisher;
let app: INestMicroservice | null;

async function waitFor(what: string, probe: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function startApp(queues: TaskKind[]): Promise<INestMicroservice> {
  const transport = new TaskTransport(connection, { queues });
  const started = await NestFactory.createMicroservice(TestModule, { strategy: transport, logger: false });
  app = started;
  await started.listen();
  return started;
}

beforeAll(async () => {
  admin = await connect(URL);
});

afterAll(async () => {
  await admin.close();
});

beforeEach(async () => {
  seen.length = 0;
  deadLettered.length = 0;
  behaviour = () => {};
  prefix = `test-transport-${randomUUID().slice(0, 8)}`;
  connection = new MessagingConnection({
    url: URL,
    prefix,
    maxRetries: MAX_RETRIES,
    retryBaseDelayMs: RETRY_BASE_MS,
    shutdownGraceMs: 1000,
  });
  publisher = new TaskPublisher(connection);
  await connection.waitUntilConnected(10_000);
  await waitFor('the publisher', () => publisher.isReady());
});

afterEach(async () => {
  await app?.close().catch(() => {});
  app = null;
  await publisher.close();
  await connection.close();
  const ch = await admin.createChannel();
  await deleteTopology(ch, buildTopology(prefix, MAX_RETRIES, RETRY_BASE_MS)).catch(() => {});
  await ch.close().catch(() => {});
});

const depth = async (queue: string) => {
  const ch = await admin.createChannel();
  try {
    return (await ch.checkQueue(queue)).messageCount;
  } finally {
    await ch.close();
  }
};

describe('TaskTransport', () => {
  it('hands each queue its @EventPattern handler, with the delivery context, and acks after it', async () => {
    await startApp(['scan', 'clean']);
    const scan = createTaskMessage({ job_id: randomUUID(), user_id: 'u1', kind: 'scan' });
    const clean = createTaskMessage({ job_id: randomUUID(), user_id: 'u1', kind: 'clean' });
    await publisher.publish(scan);
    await publisher.publish(clean);
    await waitFor('both tasks', () => seen.length === 2);
    expect(seen.map((s) => s.kind).sort()).toEqual(['clean', 'scan']);
    const got = seen.find((s) => s.kind === 'scan')!;
    expect(got.message).toEqual(scan);
    expect(got.context.attempt).toBe(0);
    expect(got.context.redelivered).toBe(false);
    expect(got.context.signal).toBeInstanceOf(AbortSignal);
    const topology = buildTopology(prefix, MAX_RETRIES, RETRY_BASE_MS);
    await waitFor('the acks', async () => (await depth(topology.workQueues.scan)) === 0);
    expect(await depth(topology.deadQueue)).toBe(0);
  });

  it('dead-letters a NonRetryableError at once, and raises task.dead-lettered with the error', async () => {
    behaviour = () => {
      throw new NonRetryableError('the job cannot run');
    };
    await startApp(['scan']);
    const scan = createTaskMessage({ job_id: randomUUID(), user_id: 'u1', kind: 'scan' });
    await publisher.publish(scan);
    await waitFor('the dead letter event', () => deadLettered.length === 1);
    // one attempt only: Nest's exception filter did not turn the error into a generic one
    expect(seen).toHaveLength(1);
    expect(deadLettered[0].message.task_id).toBe(scan.task_id);
    expect(deadLettered[0].error).toBeInstanceOf(NonRetryableError);
    expect(deadLettered[0].error.message).toBe('the job cannot run');
    const topology = buildTopology(prefix, MAX_RETRIES, RETRY_BASE_MS);
    await waitFor('the dead-letter queue', async () => (await depth(topology.deadQueue)) === 1);
  });

  it('retries other errors with the attempt counted, then dead-letters', async () => {
    behaviour = (message) => {
      throw new Error(`transient failure ${message.attempt}`);
    };
    await startApp(['scan']);
    await publisher.publish(createTaskMessage({ job_id: randomUUID(), user_id: 'u1', kind: 'scan' }));
    await waitFor('the dead letter event', () => deadLettered.length === 1);
    expect(seen.map((s) => s.context.attempt)).toEqual([0, 1, 2]);
    expect(deadLettered[0].error.message).toBe(`transient failure ${MAX_RETRIES}`);
  });

  it('refuses to listen on a queue without a handler', async () => {
    await expect(startApp(['scan', 'push'])).rejects.toThrow(/no @EventPattern handler for the push queue/);
  });
});
