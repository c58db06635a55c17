// Queue depths for scrapes and readiness probes: at most one broker round trip per ttl, over the
// process's one connection, however many probes and scrapes arrive. A failure is remembered for
// the same ttl so a broker in trouble is not asked again on every probe.
import { BrokerUnavailableError } from './messaging.errors';
import type { QueueDepths } from './messaging.types';

export interface QueueDepthSource {
  queueDepths(): Promise<QueueDepths>;
}

export interface QueueDepthCacheOptions {
  ttlMs?: number; // default 5000
  timeoutMs?: number; // default 2000: a probe never waits longer for the broker
  now?: () => number;
}

export class QueueDepthCache {
  private readonly ttlMs: number;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private last: { at: number; result: Promise<QueueDepths> } | null = null;

  constructor(
    private readonly source: QueueDepthSource,
    options: QueueDepthCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 5000;
    this.timeoutMs = options.timeoutMs ?? 2000;
    this.now = options.now ?? Date.now;
  }

  // Rejects with BrokerUnavailableError when the depths cannot be read.
  get(): Promise<QueueDepths> {
    const now = this.now();
    if (this.last && now - this.last.at < this.ttlMs) return this.last.result;
    const result = this.fetch();
    // concurrent callers share the one pending round trip
    this.last = { at: now, result };
    result.catch(() => {});
    return result;
  }

  private async fetch(): Promise<QueueDepths> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new BrokerUnavailableError(`queue depths not read within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
    });
    try {
      return await Promise.race([Promise.resolve().then(() => this.source.queueDepths()), timeout]);
    } catch (err) {
      throw err instanceof BrokerUnavailableError
        ? err
        : new BrokerUnavailableError('queue depths unavailable');
    } finally {
      clearTimeout(timer);
    }
  }
}
