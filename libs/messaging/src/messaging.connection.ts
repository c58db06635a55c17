// The one broker connection of a process. amqplib's recovery reconnects with backoff and re-asserts
// the topology before each 'connect'; channels do not survive a reconnect, so the publisher and
// consumers register onConnected() listeners that open their channels again.
import { connect, type Channel, type ChannelModel, type RecoveringChannelModel } from 'amqplib';
import { resolveMessagingConfig } from './messaging.config';
import { BrokerUnavailableError, errorMessage, scrubAmqpUrl } from './messaging.errors';
import { assertTopology, buildTopology, retryQueues, type Topology } from './messaging.topology';
import type { MessagingConfig, QueueDepth, QueueDepths, ResolvedMessagingConfig } from './messaging.types';

export type ConnectedListener = (model: ChannelModel) => Promise<void> | void;

export class MessagingConnection {
  readonly config: ResolvedMessagingConfig;
  readonly topology: Topology;
  private recovering: RecoveringChannelModel | null = null;
  private model: ChannelModel | null = null;
  private blocked = false;
  private closed = false;
  private readonly listeners = new Set<ConnectedListener>();
  private statsChannel: Promise<Channel> | null = null;

  constructor(config: MessagingConfig) {
    this.config = resolveMessagingConfig(config);
    this.topology = buildTopology(this.config.prefix, this.config.maxRetries, this.config.retryBaseDelayMs);
  }

  // Non-blocking: a process starts even while the broker is down and connects when it is back.
  start(): void {
    if (this.recovering || this.closed) return;
    const { logger } = this.config;
    const safeUrl = scrubAmqpUrl(this.config.url);
    const pending = connect(withHeartbeat(this.config.url, this.config.heartbeatSeconds), {
      timeout: 5000,
      clientProperties: { connection_name: this.config.connectionName },
      recovery: {
        initialDelay: this.config.reconnectInitialDelayMs,
        maxDelay: this.config.reconnectMaxDelayMs,
        waitForConnect: false,
        setup: (model: ChannelModel) => this.assertTopologyOn(model),
      },
    });
    pending.catch((err) => {
      logger.error(
        { broker: safeUrl, error: errorMessage(err, this.config.url) },
        'message broker client failed to start',
      );
    });
    void pending.then((recovering) => {
      this.recovering = recovering;
      if (this.closed) return void recovering.close();
      recovering.on('connect', (model: ChannelModel) => {
        this.model = model;
        this.blocked = false;
        logger.info({ broker: safeUrl }, 'connected to the message broker');
        for (const listener of this.listeners) this.notify(listener, model);
      });
      recovering.on('disconnect', (err: Error) => {
        this.model = null;
        this.statsChannel = null;
        logger.warn(
          { broker: safeUrl, error: errorMessage(err, this.config.url) },
          'message broker connection lost',
        );
      });
      recovering.on('reconnect-scheduled', (info: { attempt: number; delay: number; error: Error }) => {
        logger.warn(
          {
            broker: safeUrl,
            attempt: info.attempt,
            delay_ms: info.delay,
            error: errorMessage(info.error, this.config.url),
          },
          'message broker reconnect scheduled',
        );
      });
      recovering.on('reconnect-failed', (err: Error) => {
        logger.error(
          { broker: safeUrl, error: errorMessage(err, this.config.url) },
          'message broker reconnect gave up',
        );
      });
      recovering.on('blocked', () => (this.blocked = true));
      recovering.on('unblocked', () => (this.blocked = false));
      // Without an 'error' listener an emitted error would crash the process.
      recovering.on('error', (err: Error) => {
        logger.warn({ error: errorMessage(err, this.config.url) }, 'message broker connection error');
      });
    });
  }

  // For start-up scripts and tests; services use isConnected().
  async waitUntilConnected(timeoutMs: number): Promise<void> {
    this.start();
    const deadline = Date.now() + timeoutMs;
    while (!this.isConnected()) {
      if (this.closed || Date.now() >= deadline) {
        throw new BrokerUnavailableError(`message broker not reachable within ${timeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  // Cheap: no network round trip, safe for every readiness probe.
  isConnected(): boolean {
    return this.model !== null && !this.blocked && !this.closed;
  }

  current(): ChannelModel {
    if (!this.model || this.closed) throw new BrokerUnavailableError();
    if (this.blocked)
      throw new BrokerUnavailableError('message broker is blocking publishers (resource alarm)');
    return this.model;
  }

  // Called now when already connected, then after every reconnect. Returns an unsubscribe function.
  onConnected(listener: ConnectedListener): () => void {
    this.listeners.add(listener);
    if (this.model) this.notify(listener, this.model);
    return () => this.listeners.delete(listener);
  }

  async queueDepths(): Promise<QueueDepths> {
    const model = this.current();
    this.statsChannel ??= model.createChannel().then((ch) => {
      ch.on('error', () => {});
      ch.on('close', () => (this.statsChannel = null));
      return ch;
    });
    try {
      const ch = await this.statsChannel;
      const check = async (queue: string): Promise<QueueDepth> => {
        const { messageCount, consumerCount } = await ch.checkQueue(queue);
        return { messages: messageCount, consumers: consumerCount };
      };
      const t = this.topology;
      const [scan, clean, push, dead, ...retries] = await Promise.all([
        check(t.workQueues.scan),
        check(t.workQueues.clean),
        check(t.workQueues.push),
        check(t.deadQueue),
        ...retryQueues(t).map(check),
      ]);
      const retry = retries.reduce((sum, d) => ({ messages: sum.messages + d.messages, consumers: 0 }), {
        messages: 0,
        consumers: 0,
      });
      return { scan, clean, push, dead, retry };
    } catch (err) {
      this.statsChannel = null;
      throw new BrokerUnavailableError(`queue depths unavailable: ${errorMessage(err, this.config.url)}`);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.model = null;
    this.listeners.clear();
    await this.recovering?.close().catch(() => {});
  }

  private async assertTopologyOn(model: ChannelModel): Promise<void> {
    const ch = await model.createChannel();
    ch.on('error', () => {});
    try {
      await assertTopology(ch, this.topology);
    } catch (err) {
      // Typically PRECONDITION_FAILED: a queue exists with other arguments. Recovery retries.
      this.config.logger.error(
        { error: errorMessage(err, this.config.url) },
        'asserting the broker topology failed',
      );
      throw err;
    } finally {
      await ch.close().catch(() => {});
    }
  }

  private notify(listener: ConnectedListener, model: ChannelModel): void {
    Promise.resolve()
      .then(() => listener(model))
      .catch((err) => {
        this.config.logger.error(
          { error: errorMessage(err, this.config.url) },
          'reopening a broker channel failed',
        );
      });
  }
}

function withHeartbeat(url: string, seconds: number): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('heartbeat')) parsed.searchParams.set('heartbeat', String(seconds));
  return parsed.toString();
}
