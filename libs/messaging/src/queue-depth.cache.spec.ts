// The cache logic alone; the real broker behind it is exercised in test/health-metrics.e2e-spec.ts.
import { BrokerUnavailableError } from './messaging.errors';
import type { QueueDepths } from './messaging.types';
import { QueueDepthCache } from './queue-depth.cache';

const depths = (scan: number): QueueDepths => ({
  scan: { messages: scan, consumers: 1 },
  clean: { messages: 0, consumers: 1 },
  push: { messages: 0, consumers: 1 },
  retry: { messages: 0, consumers: 0 },
  dead: { messages: 0, consumers: 0 },
});

describe('QueueDepthCache', () => {
  it('asks the broker at most once per ttl, sharing one pending round trip', async () => {
    let now = 1_000;
    let calls = 0;
    const cache = new QueueDepthCache(
      { queueDepths: async () => depths(++calls) },
      { ttlMs: 5000, now: () => now },
    );
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(a.scan.messages).toBe(1);
    expect(b).toBe(a);
    now += 4999;
    expect((await cache.get()).scan.messages).toBe(1);
    now += 1;
    expect((await cache.get()).scan.messages).toBe(2);
    expect(calls).toBe(2);
  });

  it('remembers a failure for the ttl and never waits past its timeout', async () => {
    let now = 0;
    let calls = 0;
    const cache = new QueueDepthCache(
      {
        queueDepths: () => {
          calls++;
          return new Promise<QueueDepths>(() => {}); // a broker that never answers
        },
      },
      { ttlMs: 1000, timeoutMs: 50, now: () => now },
    );
    await expect(cache.get()).rejects.toThrow(BrokerUnavailableError);
    await expect(cache.get()).rejects.toThrow(/within 50 ms/);
    expect(calls).toBe(1);
    now += 1000;
    await expect(cache.get()).rejects.toThrow(BrokerUnavailableError);
    expect(calls).toBe(2);
  });
});
