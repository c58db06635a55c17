// Queue and exchange layout, asserted idempotently at every (re)connection.
//
//   {prefix}.scan|clean|push          durable classic queues, x-max-priority 10; rejected messages
//                                     dead-letter to {prefix}.dlx
//   {prefix}.retry.{kind}.{delayMs}   one per retry step: queue TTL = delay, then dead-letters back
//                                     to the work queue (a per-queue TTL keeps expiry FIFO-correct)
//   {prefix}.dlx → {prefix}.dead      fanout exchange and the queue of exhausted/non-retryable tasks
//
// Queue arguments cannot change on an existing queue: changing maxRetries or the base delay only
// adds retry queues, but changing arguments of a work queue needs the old queue deleted first.
import type { Channel } from 'amqplib';
import { TASK_KINDS, type TaskKind, type TaskPriority } from './messaging.types';

export const MAX_PRIORITY = 10;

// Within a queue a message's priority orders it; by default each kind keeps its spec priority so
// that a caller can lower one (e.g. scheduled scans) below the interactive ones.
export const PRIORITY_VALUE: Record<TaskPriority, number> = { high: 8, normal: 5, low: 2 };
export const KIND_PRIORITY: Record<TaskKind, TaskPriority> = { scan: 'high', clean: 'normal', push: 'low' };

export interface Topology {
  prefix: string;
  workQueues: Record<TaskKind, string>;
  retryDelaysMs: number[]; // retryDelaysMs[n] is the wait before retry n+1
  deadExchange: string;
  deadQueue: string;
}

export function buildTopology(prefix: string, maxRetries: number, retryBaseDelayMs: number): Topology {
  const workQueues = Object.fromEntries(TASK_KINDS.map((k) => [k, `${prefix}.${k}`])) as Record<
    TaskKind,
    string
  >;
  const retryDelaysMs = Array.from({ length: maxRetries }, (_, attempt) => retryBaseDelayMs * 2 ** attempt);
  return { prefix, workQueues, retryDelaysMs, deadExchange: `${prefix}.dlx`, deadQueue: `${prefix}.dead` };
}

export function retryQueueName(topology: Topology, kind: TaskKind, delayMs: number): string {
  return `${topology.prefix}.retry.${kind}.${delayMs}`;
}

export function retryQueues(topology: Topology): string[] {
  const delays = [...new Set(topology.retryDelaysMs)];
  return TASK_KINDS.flatMap((kind) => delays.map((d) => retryQueueName(topology, kind, d)));
}

export async function assertTopology(channel: Channel, topology: Topology): Promise<void> {
  await channel.assertExchange(topology.deadExchange, 'fanout', { durable: true });
  await channel.assertQueue(topology.deadQueue, { durable: true });
  await channel.bindQueue(topology.deadQueue, topology.deadExchange, '');
  for (const kind of TASK_KINDS) {
    const queue = topology.workQueues[kind];
    await channel.assertQueue(queue, {
      durable: true,
      arguments: { 'x-max-priority': MAX_PRIORITY, 'x-dead-letter-exchange': topology.deadExchange },
    });
    for (const delay of new Set(topology.retryDelaysMs)) {
      await channel.assertQueue(retryQueueName(topology, kind, delay), {
        durable: true,
        arguments: {
          'x-message-ttl': delay,
          'x-dead-letter-exchange': '',
          'x-dead-letter-routing-key': queue,
        },
      });
    }
  }
}

// For tests and teardown of a prefixed topology; never called by the services.
export async function deleteTopology(channel: Channel, topology: Topology): Promise<void> {
  for (const queue of [...Object.values(topology.workQueues), ...retryQueues(topology), topology.deadQueue]) {
    await channel.deleteQueue(queue);
  }
  await channel.deleteExchange(topology.deadExchange);
}
