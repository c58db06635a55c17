import { PostgresThrottlerStorage } from './rate-limit';

describe('PostgresThrottlerStorage', () => {
  const logger = () => {
    const lines: unknown[][] = [];
    return { lines, warn: (...args: unknown[]) => void lines.push(args) };
  };

  it('blocks once the hits exceed the limit, until the window ends (seconds, rounded up)', async () => {
    let hits = 0;
    const storage = new PostgresThrottlerStorage(
      { hit: async () => ({ hits: ++hits, msLeft: 1500 }) },
      logger(),
    );
    const first = await storage.increment('k', 60_000, 2);
    await storage.increment('k', 60_000, 2);
    const third = await storage.increment('k', 60_000, 2);
    expect(first).toEqual({ totalHits: 1, timeToExpire: 2, isBlocked: false, timeToBlockExpire: 2 });
    expect(third).toMatchObject({ totalHits: 3, isBlocked: true, timeToBlockExpire: 2 });
  });

  it('fails open with one warning per 10 s that names no connection detail', async () => {
    const log = logger();
    const storage = new PostgresThrottlerStorage(
      {
        hit: async () => {
          throw new Error('connect ECONNREFUSED postgres://app:hunter2@db:5432');
        },
      },
      log,
    );
    for (let i = 0; i < 5; i++) expect((await storage.increment('k', 60_000, 1)).isBlocked).toBe(false);
    expect(log.lines).toHaveLength(1);
    expect(JSON.stringify(log.lines)).not.toContain('hunter2');
  });
});
