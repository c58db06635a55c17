// Fixed-window request counters shared by all API replicas (table rate_limit_counters).
import type { EntityManager } from 'typeorm';
import { queryRows } from './repository.util';

export interface WindowCount {
  // hits in the current window, this one included
  readonly hits: number;
  // milliseconds until the window ends (at least 1)
  readonly msLeft: number;
}

export class RateLimitRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Counts one hit for `key` in its current window of `windowMs` milliseconds, atomically: one
   * upsert, so concurrent requests on any replica never lose a hit. A window that has ended is
   * restarted at this hit. Throws whatever the driver throws when the database is unreachable.
   */
  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const [row] = await queryRows(
      this.manager,
      `INSERT INTO rate_limit_counters AS c (key, hits, window_ends_at)
       VALUES ($1, 1, clock_timestamp() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN c.window_ends_at <= clock_timestamp() THEN 1 ELSE c.hits + 1 END,
         window_ends_at = CASE WHEN c.window_ends_at <= clock_timestamp() THEN EXCLUDED.window_ends_at
                               ELSE c.window_ends_at END
       RETURNING hits, CEIL(EXTRACT(EPOCH FROM (window_ends_at - clock_timestamp())) * 1000) AS ms_left`,
      [key, windowMs],
    );
    return { hits: Number(row.hits), msLeft: Math.max(1, Number(row.ms_left)) };
  }
}
