// Publishing that resolves only once the broker has confirmed the message (and, being mandatory,
// routed it to a queue), bounded by a timeout so a caller never waits forever on a dead link.
import { randomUUID } from 'node:crypto';
import type { ConfirmChannel, Message, Options } from 'amqplib';
import { BrokerUnavailableError, PublishRejectedError } from './messaging.errors';

const PUBLISH_ID = 'x-publish-id';
const returnedByChannel = new WeakMap<ConfirmChannel, Set<string>>();

// The broker sends basic.return before the ack of an unroutable mandatory message.
export function trackReturns(channel: ConfirmChannel): void {
  const returned = new Set<string>();
  returnedByChannel.set(channel, returned);
  channel.on('return', (msg: Message) => {
    const id = msg.properties.headers?.[PUBLISH_ID];
    if (typeof id === 'string') returned.add(id);
  });
}

export function publishConfirmed(
  channel: ConfirmChannel,
  exchange: string,
  routingKey: string,
  body: Buffer,
  options: Options.Publish,
  timeoutMs: number,
): Promise<void> {
  const publishId = randomUUID();
  const returned = returnedByChannel.get(channel);
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (err?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      returned?.delete(publishId);
      if (err) reject(err);
      else resolve();
    };
    const timer = setTimeout(
      () => settle(new BrokerUnavailableError(`publish not confirmed by the broker within ${timeoutMs} ms`)),
      timeoutMs,
    );
    try {
      channel.publish(
        exchange,
        routingKey,
        body,
        { ...options, mandatory: true, headers: { ...options.headers, [PUBLISH_ID]: publishId } },
        (err) => {
          if (err)
            return settle(
              new BrokerUnavailableError('publish not confirmed: the broker nacked it or the channel closed'),
            );
          if (returned?.has(publishId))
            return settle(new PublishRejectedError(`no queue bound for "${routingKey}"`));
          settle();
        },
      );
    } catch {
      // amqplib throws synchronously on a closed channel.
      settle(new BrokerUnavailableError('publish failed: the broker channel is closed'));
    }
  });
}
