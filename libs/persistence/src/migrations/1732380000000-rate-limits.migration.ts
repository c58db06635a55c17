// Per-user request counters of the API's rate limiter, shared by every API replica: one row per
// (throttler, user) key holding the hits of the current fixed window. Rows are reused window after
// window, so the table holds at most two rows per user and needs no clean-up run. UNLOGGED: no WAL
// write and fsync per request (the counters are emptied by a database crash and not replicated to
// a standby, which only forgives one window's hits). A partial index of active jobs keeps the
// MAX_ACTIVE_JOBS_PER_USER count small whatever a user's job history.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimits1732380000000 implements MigrationInterface {
  name = 'RateLimits1732380000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_counters (
        key varchar(128) PRIMARY KEY,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX idx_jobs_user_active ON jobs (user_id)
       WHERE status IN ('pending','cloning','scanning','cleaning','pushing')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_jobs_user_active`);
    await q.query(`DROP TABLE rate_limit_counters`);
  }
}
