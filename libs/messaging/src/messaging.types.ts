// Types shared by the publisher, the consumer and the NestJS module. Nothing here imports amqplib.

export type TaskKind = 'scan' | 'clean' | 'push';
export const TASK_KINDS: readonly TaskKind[] = ['scan', 'clean', 'push'];

// The whole body of a queue message. It identifies work, it never carries it: credentials are
// fetched by the worker when needed and secret values live only in the encrypted report.
export interface TaskMessage {
  task_id: string; // uuid, idempotency key of this task (stable across retries and redeliveries)
  job_id: string;
  user_id: string;
  kind: TaskKind;
  attempt: number; // 0 for the first run, +1 per retry
  enqueued_at: string; // ISO time this attempt was enqueued
}

export type TaskPriority = 'high' | 'normal' | 'low';

export interface PublishOptions {
  // Priority of this message inside its queue; defaults to the kind's priority.
  priority?: TaskPriority;
}

export interface TaskContext {
  // Aborted at the soft time limit, on consumer shutdown and when the delivery is lost
  // (channel closed: the broker will hand the message to another worker).
  signal: AbortSignal;
  attempt: number;
  redelivered: boolean;
}

export type TaskHandler = (message: TaskMessage, context: TaskContext) => Promise<void>;

export type DeadLetterCallback = (message: TaskMessage, error: Error) => Promise<void> | void;

export interface ConsumeOptions {
  softTimeLimitMs?: number;
  hardTimeLimitMs?: number;
}

// pino-compatible (fields first), so a pino logger can be passed as is.
export interface MessagingLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface MessagingConfig {
  url: string; // amqp://user:password@host:5672/vhost — the password is never logged
  prefix?: string; // queue and exchange name prefix, default 'deployguard'
  connectionName?: string; // shown in the RabbitMQ management UI / rabbitmqctl
  heartbeatSeconds?: number; // default 15: a dead TCP peer is noticed within ~2 heartbeats
  maxRetries?: number; // retries after the first attempt, default 5
  retryBaseDelayMs?: number; // delay before retry n is base × 2^(n-1), default 5000
  softTimeLimitMs?: number; // default 55 min
  hardTimeLimitMs?: number; // default 60 min
  confirmTimeoutMs?: number; // a publish not confirmed in time fails, default 10000
  reconnectInitialDelayMs?: number; // default 200
  reconnectMaxDelayMs?: number; // default 15000
  shutdownGraceMs?: number; // consumer close waits this long for the running task, default 30000
  logger?: MessagingLogger;
}

export type ResolvedMessagingConfig = Required<Omit<MessagingConfig, 'logger'>> & { logger: MessagingLogger };

export interface QueueDepth {
  messages: number; // ready, not yet delivered
  consumers: number;
}

export type QueueDepths = Record<TaskKind | 'retry' | 'dead', QueueDepth>;
