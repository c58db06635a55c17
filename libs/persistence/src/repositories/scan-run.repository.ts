// Scan runs of registered repositories. At most one is queued or running per repository (a
// partial unique index), which makes the manual trigger idempotent even under races.
import type { EntityManager } from 'typeorm';
import { ScanRunEntity, type ScanRunTrigger } from '../entities/scan-run.entity';
import {
  isUuid,
  normalizePage,
  queryRows,
  toEntity,
  truncate,
  type Page,
  type PageRequest,
} from './repository.util';

export interface ScanRunOutcome {
  readonly status: 'succeeded' | 'failed';
  readonly newFindings?: number;
  readonly totalFindings?: number;
  readonly objectsScanned?: number;
  readonly errorMessage?: string | null;
}

export class ScanRunRepository {
  constructor(private readonly manager: EntityManager) {}

  // Queues a run, or returns the one already queued or running (created: false).
  async enqueue(
    repositoryId: string,
    trigger: ScanRunTrigger,
  ): Promise<{ run: ScanRunEntity; created: boolean }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const [row] = await queryRows(
        this.manager,
        `INSERT INTO scan_runs (repository_id, "trigger") VALUES ($1, $2)
         ON CONFLICT (repository_id) WHERE status IN ('queued','running') DO NOTHING RETURNING *`,
        [repositoryId, trigger],
      );
      if (row) return { run: toEntity(this.manager, ScanRunEntity, row), created: true };
      const existing = await this.findActive(repositoryId);
      // the active run may have finished between the two statements: try again
      if (existing) return { run: existing, created: false };
    }
    throw new Error(`could not queue a scan run for repository ${repositoryId}`);
  }

  async findActive(repositoryId: string): Promise<ScanRunEntity | null> {
    return this.manager
      .createQueryBuilder(ScanRunEntity, 'run')
      .where('run.repository_id = :repositoryId', { repositoryId })
      .andWhere(`run.status IN ('queued','running')`)
      .getOne();
  }

  async findById(id: string): Promise<ScanRunEntity | null> {
    return isUuid(id) ? this.manager.findOneBy(ScanRunEntity, { id }) : null;
  }

  async markRunning(id: string, jobId?: string | null): Promise<ScanRunEntity> {
    const [row] = await queryRows(
      this.manager,
      `UPDATE scan_runs SET status = 'running', started_at = coalesce(started_at, now()), job_id = coalesce($2, job_id)
       WHERE id = $1 AND status IN ('queued','running') RETURNING *`,
      [id, jobId ?? null],
    );
    if (!row) throw new Error(`scan run ${id} is not queued`);
    return toEntity(this.manager, ScanRunEntity, row);
  }

  async setProgress(id: string, percent: number): Promise<void> {
    if (!Number.isInteger(percent) || percent < 0 || percent > 100)
      throw new RangeError(`progress must be an integer from 0 to 100, got ${percent}`);
    await queryRows(
      this.manager,
      `UPDATE scan_runs SET progress_percent = $2 WHERE id = $1 AND status = 'running'`,
      [id, percent],
    );
  }

  async finish(id: string, outcome: ScanRunOutcome): Promise<ScanRunEntity> {
    const [row] = await queryRows(
      this.manager,
      `UPDATE scan_runs SET status = $2::text, new_findings = $3, total_findings = $4, objects_scanned = $5, error_message = $6,
         progress_percent = CASE WHEN $2::text = 'succeeded' THEN 100 ELSE progress_percent END,
         finished_at = now(), duration_ms = (extract(epoch FROM now() - coalesce(started_at, queued_at)) * 1000)::int
       WHERE id = $1 AND status IN ('queued','running') RETURNING *`,
      [
        id,
        outcome.status,
        outcome.newFindings ?? 0,
        outcome.totalFindings ?? 0,
        outcome.objectsScanned ?? 0,
        truncate(outcome.errorMessage),
      ],
    );
    if (!row) throw new Error(`scan run ${id} is not active`);
    return toEntity(this.manager, ScanRunEntity, row);
  }

  async listForRepository(repositoryId: string, request: PageRequest = {}): Promise<Page<ScanRunEntity>> {
    const { page, pageSize, offset } = normalizePage(request);
    if (!isUuid(repositoryId)) return { items: [], total: 0, page, pageSize };
    const [items, total] = await this.manager.findAndCount(ScanRunEntity, {
      where: { repositoryId },
      order: { queuedAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: pageSize,
    });
    return { items, total, page, pageSize };
  }

  // For GET /scheduler/status: runs by status and the latest finished run, of one user's
  // repositories when `userId` is given (everyone's for an administrator).
  async statusSummary(userId?: string): Promise<{
    queued: number;
    running: number;
    succeeded: number;
    failed: number;
    lastFinishedAt: Date | null;
  }> {
    const [row] = await queryRows(
      this.manager,
      `SELECT count(*) FILTER (WHERE status = 'queued')::int AS queued, count(*) FILTER (WHERE status = 'running')::int AS running,
              count(*) FILTER (WHERE status = 'succeeded')::int AS succeeded, count(*) FILTER (WHERE status = 'failed')::int AS failed,
              max(finished_at) AS last_finished_at
         FROM scan_runs
        WHERE $1::varchar IS NULL OR repository_id IN (SELECT id FROM repositories WHERE user_id = $1)`,
      [userId ?? null],
    );
    return {
      queued: row.queued as number,
      running: row.running as number,
      succeeded: row.succeeded as number,
      failed: row.failed as number,
      lastFinishedAt: (row.last_finished_at as Date | null) ?? null,
    };
  }

  // Retention (SCAN_RUN_RETENTION_DAYS) of finished runs; queued and running runs are kept.
  async deleteFinishedBefore(cutoff: Date): Promise<number> {
    const rows = await queryRows(
      this.manager,
      `DELETE FROM scan_runs WHERE status IN ('succeeded','failed') AND finished_at < $1
         AND id NOT IN (SELECT last_scan_run_id FROM repositories WHERE last_scan_run_id IS NOT NULL) RETURNING id`,
      [cutoff],
    );
    return rows.length;
  }

  // The job created for a queued run (same transaction as the run and the job).
  async attachJob(id: string, jobId: string): Promise<void> {
    await queryRows(this.manager, `UPDATE scan_runs SET job_id = $2 WHERE id = $1`, [id, jobId]);
  }

  async findByJobId(jobId: string): Promise<ScanRunEntity | null> {
    return isUuid(jobId) ? this.manager.findOneBy(ScanRunEntity, { jobId }) : null;
  }

  // The sweeper's catch-all: a run still queued or running whose job already ended (failed after
  // its retries, cancelled, expired) or vanished ends as failed, so the repository is not blocked.
  async failOrphaned(queuedBefore: Date): Promise<ScanRunEntity[]> {
    const rows = await queryRows(
      this.manager,
      `UPDATE scan_runs r SET status = 'failed', finished_at = now(),
         error_message = coalesce(j.error_message, 'the scan job ended as ' || coalesce(j.status, 'deleted')),
         duration_ms = (extract(epoch FROM now() - coalesce(r.started_at, r.queued_at)) * 1000)::int
       FROM scan_runs r2 LEFT JOIN jobs j ON j.id = r2.job_id
       WHERE r.id = r2.id AND r.status IN ('queued','running')
         AND ((j.id IS NULL AND r.queued_at < $1)
              OR j.status IN ('failed','cancelled','expired'))
       RETURNING r.*`,
      [queuedBefore],
    );
    return rows.map((row) => toEntity(this.manager, ScanRunEntity, row));
  }
}
