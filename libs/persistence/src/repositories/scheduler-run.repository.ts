// The scheduler's bookkeeping (scheduler_runs, scheduler_marks) and the few global figures of
// GET /scheduler/status. Plain SQL: these tables have no entity, nothing else maps them.
import type { EntityManager } from 'typeorm';
import { queryRows, truncate } from './repository.util';

export type SchedulerRunStatus = 'running' | 'succeeded' | 'failed';

export interface SchedulerRunRow {
  readonly id: number;
  readonly cron: string;
  readonly instance: string;
  readonly tickAt: Date;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly status: SchedulerRunStatus;
  readonly errorMessage: string | null;
  readonly result: Record<string, unknown> | null;
}

export type MarkResult = { readonly taken: true } | { readonly taken: false; readonly retryAfterS: number };

const toRun = (r: Record<string, unknown>): SchedulerRunRow => ({
  id: Number(r.id),
  cron: String(r.cron),
  instance: String(r.instance),
  tickAt: r.tick_at as Date,
  startedAt: r.started_at as Date,
  finishedAt: (r.finished_at as Date | null) ?? null,
  status: r.status as SchedulerRunStatus,
  errorMessage: (r.error_message as string | null) ?? null,
  result: (r.result as Record<string, unknown> | null) ?? null,
});

export class SchedulerRunRepository {
  constructor(private readonly manager: EntityManager) {}

  async start(cron: string, instance: string, tickAt: Date): Promise<number> {
    const [row] = await queryRows(
      this.manager,
      `INSERT INTO scheduler_runs (cron, instance, tick_at) VALUES ($1, $2, $3) RETURNING id`,
      [cron, instance.slice(0, 200), tickAt],
    );
    return Number(row.id);
  }

  async finish(
    id: number,
    outcome: { status: 'succeeded' | 'failed'; errorMessage?: string; result?: Record<string, unknown> },
  ): Promise<void> {
    await queryRows(
      this.manager,
      `UPDATE scheduler_runs SET status = $2, error_message = $3, result = $4::jsonb, finished_at = now() WHERE id = $1`,
      [id, outcome.status, truncate(outcome.errorMessage), JSON.stringify(outcome.result ?? null)],
    );
  }

  // Runs kept (within the retention period) by cron job and outcome, for the metrics endpoint.
  async countByCronAndStatus(): Promise<{ cron: string; status: string; count: number }[]> {
    const rows = await queryRows(
      this.manager,
      `SELECT cron, status, count(*)::int AS count FROM scheduler_runs GROUP BY cron, status`,
      [],
    );
    return rows.map((r) => ({ cron: String(r.cron), status: String(r.status), count: Number(r.count) }));
  }

  // The latest run of each cron.
  async lastRuns(): Promise<SchedulerRunRow[]> {
    const rows = await queryRows(
      this.manager,
      `SELECT DISTINCT ON (cron) * FROM scheduler_runs ORDER BY cron, started_at DESC, id DESC`,
    );
    return rows.map(toRun);
  }

  async list(options: { cron?: string; since?: Date } = {}): Promise<SchedulerRunRow[]> {
    const rows = await queryRows(
      this.manager,
      `SELECT * FROM scheduler_runs WHERE ($1::text IS NULL OR cron = $1) AND ($2::timestamptz IS NULL OR started_at >= $2)
        ORDER BY started_at, id`,
      [options.cron ?? null, options.since ?? null],
    );
    return rows.map(toRun);
  }

  async deleteOlderThan(cutoff: Date): Promise<number> {
    const rows = await queryRows(
      this.manager,
      `DELETE FROM scheduler_runs WHERE started_at < $1 AND status <> 'running' RETURNING id`,
      [cutoff],
    );
    return rows.length;
  }

  // Takes the named mark when the last one is at least `cooldownS` old: one atomic statement, so
  // two API replicas answering at once cannot both take it.
  async takeMark(name: string, cooldownS: number): Promise<MarkResult> {
    const taken = await queryRows(
      this.manager,
      `INSERT INTO scheduler_marks (name, at) VALUES ($1, now())
       ON CONFLICT (name) DO UPDATE SET at = now() WHERE scheduler_marks.at <= now() - make_interval(secs => $2)
       RETURNING at`,
      [name, cooldownS],
    );
    if (taken.length > 0) return { taken: true };
    const [row] = await queryRows(
      this.manager,
      `SELECT ceil(extract(epoch FROM at + make_interval(secs => $2) - now()))::int AS wait FROM scheduler_marks WHERE name = $1`,
      [name, cooldownS],
    );
    return { taken: false, retryAfterS: Math.max(1, Number(row?.wait ?? 1)) };
  }

  async releaseMark(name: string): Promise<void> {
    await queryRows(this.manager, `DELETE FROM scheduler_marks WHERE name = $1`, [name]);
  }

  // For the storage clean-up: which of these job ids belong to a job whose objects must stay.
  async liveJobIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await queryRows(
      this.manager,
      `SELECT id FROM jobs WHERE id = ANY($1::uuid[]) AND status NOT IN ('expired','cancelled')`,
      [ids],
    );
    return new Set(rows.map((r) => String(r.id)));
  }

  async existingRepositoryIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await queryRows(this.manager, `SELECT id FROM repositories WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
    return new Set(rows.map((r) => String(r.id)));
  }

  // Whether some session of this database holds the advisory lock `key` (the scheduler leader).
  async isAdvisoryLockHeld(key: number): Promise<boolean> {
    const [row] = await queryRows(
      this.manager,
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
        WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()
          AND l.objsubid = 1 AND ((l.classid::bigint << 32) | l.objid::bigint) = $1`,
      [key],
    );
    return Number(row.n) > 0;
  }

  // Registered repositories, of one user when `userId` is given (everyone's for an administrator).
  async repositoryTotals(userId?: string): Promise<{ repositories: number; enabled: number }> {
    const [row] = await queryRows(
      this.manager,
      `SELECT count(*)::int AS repositories, count(*) FILTER (WHERE enabled)::int AS enabled FROM repositories
        WHERE $1::varchar IS NULL OR user_id = $1`,
      [userId ?? null],
    );
    return { repositories: Number(row.repositories), enabled: Number(row.enabled) };
  }
}
