// Publishes task messages: persistent, on a confirm channel, resolved only after the broker's ack.
// The API creates the job row in a transaction and commits only when publish() resolved; when it
// rejects (BrokerUnavailableError → 503) the transaction rolls back. A timeout or a connection
// lost after sending is ambiguous (the broker may hold the message): workers ignore tasks whose
// job row does not exist.
import type { ChannelModel, ConfirmChannel } from 'amqplib';
import { publishConfirmed, trackReturns } from './confirmed-publish.util';
import type { MessagingConnection } from './messaging.connection';
import { BrokerUnavailableError, errorMessage } from './messaging.errors';
import { KIND_PRIORITY, PRIORITY_VALUE } from './messaging.topology';
import type { PublishOptions, TaskMessage } from './messaging.types';
import { encodeTaskMessage } from './task-message';

const REOPEN_DELAY_MS = 250;

export class TaskPublisher {
  private channel: ConfirmChannel | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly connection: MessagingConnection) {
    this.unsubscribe = connection.onConnected((model) => this.open(model));
  }

  isReady(): boolean {
    return this.connection.isConnected() && this.channel !== null;
  }

  async publish(message: TaskMessage, options: PublishOptions = {}): Promise<void> {
    const body = encodeTaskMessage(message); // validates first: bad input is not a broker outage
    this.connection.current(); // throws BrokerUnavailableError when disconnected or blocked
    const channel = this.channel;
    if (!channel) throw new BrokerUnavailableError('message broker channel not open yet');
    const priority = PRIORITY_VALUE[options.priority ?? KIND_PRIORITY[message.kind]];
    await publishConfirmed(
      channel,
      '',
      this.connection.topology.workQueues[message.kind],
      body,
      {
        persistent: true,
        priority,
        contentType: 'application/json',
        messageId: message.task_id,
        type: message.kind,
        timestamp: Math.floor(Date.now() / 1000),
      },
      this.connection.config.confirmTimeoutMs,
    );
  }

  async close(): Promise<void> {
    this.unsubscribe();
    const channel = this.channel;
    this.channel = null;
    await channel?.close().catch(() => {});
  }

  private async open(model: ChannelModel): Promise<void> {
    const channel = await model.createConfirmChannel();
    trackReturns(channel);
    channel.on('error', (err: Error) => {
      this.connection.config.logger.warn(
        { error: errorMessage(err, this.connection.config.url) },
        'publisher channel error',
      );
    });
    channel.on('close', () => {
      if (this.channel !== channel) return;
      this.channel = null;
      // A channel-level error closes only the channel: reopen it on the same connection. After a
      // connection loss onConnected() reopens it instead.
      setTimeout(() => {
        if (this.channel || !this.connection.isConnected()) return;
        const current = this.connection.current();
        if (current === model) void this.open(model).catch(() => {});
      }, REOPEN_DELAY_MS).unref();
    });
    this.channel = channel;
  }
}
