// Consumes task messages one at a time (prefetch 1) and acknowledges only after the handler
// finished, so a worker that dies mid-task leaves its message to be delivered again.
//
// Failure path: handler error → copy with attempt+1 to the retry queue of delay base × 2^attempt
// (confirmed), then ack; after maxRetries, or at once for NonRetryableError → dead-letter queue
// (confirmed), onDeadLetter(), then ack. A crash between those steps only duplicates, never loses.
//
// Time limits: at the soft limit the handler's AbortSignal is aborted (stop at the next
// checkpoint). At the hard limit the consumer stops waiting and treats the attempt as failed
// (retry path, so a task that always hangs ends in the dead-letter queue rather than looping);
// onHardTimeout lets the worker exit when it cannot trust a handler that ignores its signal.
import type { ChannelModel, ConfirmChannel, ConsumeMessage } from 'amqplib';
import { publishConfirmed, trackReturns } from './confirmed-publish.util';
import { checkLimits } from './messaging.config';
import type { MessagingConnection } from './messaging.connection';
import {
  BrokerUnavailableError,
  errorMessage,
  NonRetryableError,
  TaskTimeoutError,
} from './messaging.errors';
import { retryQueueName } from './messaging.topology';
import type {
  ConsumeOptions,
  DeadLetterCallback,
  TaskHandler,
  TaskKind,
  TaskMessage,
} from './messaging.types';
import { decodeTaskMessage, encodeTaskMessage } from './task-message';

export interface TaskConsumerOptions {
  onDeadLetter?: DeadLetterCallback;
  onHardTimeout?: (message: TaskMessage) => void;
}

interface Registration {
  kind: TaskKind;
  handler: TaskHandler;
  softMs: number;
  hardMs: number;
}

interface ActiveTask {
  channel: ConfirmChannel;
  controller: AbortController;
  done: Promise<void>;
  abandon: (reason: Error) => void; // stop waiting for the handler (delivery lost, shutdown)
}

const REOPEN_DELAY_MS = 250;

export class TaskConsumer {
  private channel: ConfirmChannel | null = null;
  private readonly registrations = new Map<TaskKind, Registration>();
  private readonly active = new Set<ActiveTask>();
  private readonly closedChannels = new WeakSet<ConfirmChannel>();
  private consumerTags = new Set<string>();
  private unsubscribe: (() => void) | null = null;
  private closing = false;

  constructor(
    private readonly connection: MessagingConnection,
    private readonly options: TaskConsumerOptions = {},
  ) {}

  consume(kind: TaskKind, handler: TaskHandler, options: ConsumeOptions = {}): void {
    if (this.closing) throw new Error('task consumer is closed');
    if (this.registrations.has(kind)) throw new Error(`a handler for "${kind}" tasks is already registered`);
    const { config } = this.connection;
    const reg: Registration = {
      kind,
      handler,
      softMs: options.softTimeLimitMs ?? config.softTimeLimitMs,
      hardMs: options.hardTimeLimitMs ?? config.hardTimeLimitMs,
    };
    checkLimits(reg.softMs, reg.hardMs);
    this.registrations.set(kind, reg);
    if (!this.unsubscribe) {
      this.unsubscribe = this.connection.onConnected((model) => this.open(model));
      this.connection.start();
    } else if (this.channel) {
      void this.subscribe(this.channel, reg).catch((err) => this.log('error', 'consume failed', err));
    }
  }

  activeTasks(): number {
    return this.active.size;
  }

  // Stops taking tasks, lets the running one finish within graceMs, then closes the channel
  // (an unfinished task's message goes back to the queue).
  async close(graceMs = this.connection.config.shutdownGraceMs): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.unsubscribe?.();
    const channel = this.channel;
    this.channel = null;
    if (channel) {
      for (const tag of this.consumerTags) await channel.cancel(tag).catch(() => {});
    }
    const running = [...this.active].map((t) => t.done);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(running), new Promise((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    for (const task of this.active) task.abandon(new Error('task consumer shutting down'));
    await channel?.close().catch(() => {});
  }

  private async open(model: ChannelModel): Promise<void> {
    if (this.closing) return;
    const channel = await model.createConfirmChannel();
    trackReturns(channel);
    channel.on('error', (err: Error) => this.log('warn', 'consumer channel error', err));
    channel.on('close', () => this.onChannelClosed(channel, model));
    await channel.prefetch(1, false); // per consumer
    await channel.prefetch(1, true); // per channel: one task at a time across kinds
    if (this.closing) return void channel.close().catch(() => {});
    this.channel = channel;
    this.consumerTags = new Set();
    for (const reg of this.registrations.values()) await this.subscribe(channel, reg);
  }

  private async subscribe(channel: ConfirmChannel, reg: Registration): Promise<void> {
    const queue = this.connection.topology.workQueues[reg.kind];
    const { consumerTag } = await channel.consume(queue, (msg) => this.track(channel, reg, msg), {
      noAck: false,
    });
    this.consumerTags.add(consumerTag);
  }

  private onChannelClosed(channel: ConfirmChannel, model: ChannelModel): void {
    this.closedChannels.add(channel);
    // The broker requeues the unacked message; a running handler should stop, its work is redone.
    for (const task of this.active) {
      if (task.channel === channel)
        task.abandon(new BrokerUnavailableError('delivery lost: the broker delivers the task again'));
    }
    if (this.channel !== channel) return;
    this.channel = null;
    setTimeout(() => {
      if (this.closing || this.channel || !this.connection.isConnected()) return;
      if (this.connection.current() === model) void this.open(model).catch(() => {});
    }, REOPEN_DELAY_MS).unref();
  }

  private track(channel: ConfirmChannel, reg: Registration, msg: ConsumeMessage | null): void {
    if (!msg) {
      this.log('warn', `consumer of ${reg.kind} tasks cancelled by the broker`);
      return;
    }
    const controller = new AbortController();
    let finish!: () => void;
    let abandon!: (reason: Error) => void;
    const abandoned = new Promise<Error>((resolve) => (abandon = resolve));
    const task: ActiveTask = {
      channel,
      controller,
      done: new Promise<void>((r) => (finish = r)),
      abandon: (reason) => {
        controller.abort(reason);
        abandon(reason);
      },
    };
    this.active.add(task);
    this.process(channel, reg, msg, controller, abandoned)
      .catch((err) => this.log('error', 'task processing failed', err))
      .finally(() => {
        this.active.delete(task);
        finish();
      });
  }

  private async process(
    channel: ConfirmChannel,
    reg: Registration,
    msg: ConsumeMessage,
    controller: AbortController,
    abandoned: Promise<Error>,
  ) {
    let message: TaskMessage;
    try {
      message = decodeTaskMessage(msg.content);
      if (message.kind !== reg.kind)
        throw new NonRetryableError(`a ${message.kind} task in the ${reg.kind} queue`);
    } catch (err) {
      // Unreadable: rejected without requeue, the queue dead-letters it.
      this.log('error', 'malformed task message sent to the dead-letter queue', err);
      return settle(channel, msg, 'reject');
    }
    let wasAbandoned = false;
    const failure = await this.run(
      reg,
      message,
      msg.fields.redelivered,
      controller,
      abandoned.then((reason) => ((wasAbandoned = true), reason)),
    );
    if (wasAbandoned || this.closedChannels.has(channel)) {
      // Not the task's fault (shutdown, lost delivery): back to the queue, the attempt not counted.
      this.log('warn', 'task interrupted; the broker delivers it again', failure, message);
      return settle(channel, msg, 'requeue');
    }
    if (!failure) return settle(channel, msg, 'ack');
    if (failure instanceof NonRetryableError || message.attempt >= this.connection.config.maxRetries) {
      return this.deadLetter(channel, msg, message, failure);
    }
    return this.retry(channel, msg, message, failure);
  }

  // Resolves with the failure, or null on success; never waits past the hard limit.
  private run(
    reg: Registration,
    message: TaskMessage,
    redelivered: boolean,
    controller: AbortController,
    abandoned: Promise<Error>,
  ) {
    let soft: NodeJS.Timeout | undefined;
    let hard: NodeJS.Timeout | undefined;
    const limited = new Promise<Error | null>((resolve) => {
      soft = setTimeout(() => controller.abort(new TaskTimeoutError('soft', reg.softMs)), reg.softMs);
      hard = setTimeout(() => {
        const err = new TaskTimeoutError('hard', reg.hardMs);
        controller.abort(err);
        this.log('error', 'task hard time limit reached', err, message);
        resolve(err);
        this.options.onHardTimeout?.(message);
      }, reg.hardMs);
      Promise.resolve()
        .then(() =>
          reg.handler(message, { signal: controller.signal, attempt: message.attempt, redelivered }),
        )
        .then(
          () => resolve(null),
          (err: unknown) => resolve(err instanceof Error ? err : new Error(String(err))),
        );
    });
    return Promise.race([limited, abandoned]).finally(() => {
      clearTimeout(soft);
      clearTimeout(hard);
    });
  }

  private async retry(channel: ConfirmChannel, msg: ConsumeMessage, message: TaskMessage, failure: Error) {
    const { topology, config } = this.connection;
    const delay = topology.retryDelaysMs[message.attempt];
    const next: TaskMessage = {
      ...message,
      attempt: message.attempt + 1,
      enqueued_at: new Date().toISOString(),
    };
    try {
      await publishConfirmed(
        channel,
        '',
        retryQueueName(topology, message.kind, delay),
        encodeTaskMessage(next),
        { ...copyProperties(msg, message), headers: { 'x-error-name': failure.name } },
        config.confirmTimeoutMs,
      );
    } catch (err) {
      this.log('error', 'scheduling a retry failed; task requeued', err, message);
      return settle(channel, msg, 'requeue');
    }
    this.log(
      'warn',
      `task failed, retry ${next.attempt} of ${config.maxRetries} in ${delay} ms`,
      failure,
      message,
    );
    settle(channel, msg, 'ack');
  }

  private async deadLetter(
    channel: ConfirmChannel,
    msg: ConsumeMessage,
    message: TaskMessage,
    failure: Error,
  ) {
    const { topology, config } = this.connection;
    try {
      await publishConfirmed(
        channel,
        topology.deadExchange,
        message.kind,
        encodeTaskMessage(message),
        {
          ...copyProperties(msg, message),
          headers: { 'x-error-name': failure.name, 'x-failed-at': new Date().toISOString() },
        },
        config.confirmTimeoutMs,
      );
    } catch (err) {
      this.log('error', 'dead-lettering failed; task requeued', err, message);
      return settle(channel, msg, 'requeue');
    }
    this.log('error', 'task sent to the dead-letter queue', failure, message);
    try {
      // Before the ack: a crash here redelivers and dead-letters again (callback must be idempotent).
      await this.options.onDeadLetter?.(message, failure);
    } catch (err) {
      this.log('error', 'onDeadLetter callback failed', err, message);
    }
    settle(channel, msg, 'ack');
  }

  private log(level: 'warn' | 'error', text: string, err?: unknown, message?: TaskMessage): void {
    const fields: Record<string, unknown> = {};
    if (message)
      Object.assign(fields, {
        task_id: message.task_id,
        job_id: message.job_id,
        kind: message.kind,
        attempt: message.attempt,
      });
    if (err !== undefined && err !== null) fields.error = errorMessage(err, this.connection.config.url);
    this.connection.config.logger[level](fields, text);
  }
}

function copyProperties(msg: ConsumeMessage, message: TaskMessage) {
  return {
    persistent: true,
    priority: msg.properties.priority as number | undefined,
    contentType: 'application/json',
    messageId: message.task_id,
    type: message.kind,
    timestamp: Math.floor(Date.now() / 1000),
  };
}

// ack/nack throw on a channel that closed meanwhile; the broker then redelivers anyway.
function settle(channel: ConfirmChannel, msg: ConsumeMessage, how: 'ack' | 'requeue' | 'reject'): void {
  try {
    if (how === 'ack') channel.ack(msg);
    else channel.nack(msg, false, how === 'requeue');
  } catch {
    // channel closed: nothing left to settle
  }
}
