// The scheduler's own bookkeeping: one row per cron run (history, last/next run of
// GET /scheduler/status) and named time marks (the cooldown of POST /scan/now).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Scheduler1732360000000 implements MigrationInterface {
  name = 'Scheduler1732360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scheduler_runs (
        id bigserial PRIMARY KEY,
        cron varchar(32) NOT NULL,
        instance varchar(200) NOT NULL,
        tick_at timestamptz NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        status varchar(16) NOT NULL DEFAULT 'running',
        error_message text,
        result jsonb,
        CONSTRAINT chk_scheduler_runs_status CHECK (status IN ('running','succeeded','failed'))
      )`);
    await q.query(`CREATE INDEX idx_scheduler_runs_cron_started ON scheduler_runs (cron, started_at DESC)`);
    await q.query(`
      CREATE TABLE scheduler_marks (
        name varchar(64) PRIMARY KEY,
        at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scheduler_marks`);
    await q.query(`DROP TABLE scheduler_runs`);
  }
}
