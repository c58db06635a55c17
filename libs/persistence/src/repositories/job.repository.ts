// Jobs: every read and write of the API is scoped to the caller (another user's job is null);
// status changes follow canTransition() and are applied atomically in one UPDATE.
import type { EntityManager } from 'typeorm';
import { JobEntity } from '../entities/job.entity';
import {
  ACTIVE_JOB_STATUSES,
  FINISHED_JOB_STATUSES,
  isJobStatus,
  JOB_STATUSES,
  statusesLeadingTo,
  type JobStatus,
} from '../job-status';
import { IllegalTransitionError, JobNotFoundError, QuotaExceededError } from '../persistence.errors';
import { AuditLogRepository, type AuditRecord } from './audit-log.repository';
import {
  assertScrubbedUrl,
  isUuid,
  normalizePage,
  queryRows,
  toEntity,
  truncate,
  type Page,
  type PageRequest,
} from './repository.util';

export interface CreateJobInput {
  readonly userId: string;
  readonly sourcePlatform: string;
  readonly sourceUrl: string;
  readonly sourceBranch?: string | null;
  readonly sourceCredentialsId?: string | null;
  // an upload job: created in awaiting_upload, with no URL to clone
  readonly sourceUpload?: boolean;
  readonly webhookUrl?: string | null;
  readonly repositoryId?: string | null;
  readonly expiresAt?: Date | null;
}

export interface JobListQuery extends PageRequest {
  readonly status?: JobStatus | readonly JobStatus[];
}

// Fields a task or the API may set directly; status only changes through updateStatus().
export type JobUpdate = Partial<
  Pick<
    JobEntity,
    | 'targetPlatform'
    | 'targetUrl'
    | 'targetCredentialsId'
    | 'forcePush'
    | 'currentTask'
    | 'findingsCount'
    | 'reportKey'
    | 'bundleKey'
    | 'cleanedArchiveKey'
    | 'cleanedBundleKey'
    | 'expiresAt'
    | 'warnings'
  >
>;

export interface StatusChange {
  readonly errorMessage?: string;
  readonly currentTask?: string | null;
}

export interface ProgressUpdate {
  readonly updated: boolean;
  readonly cancelRequested: boolean;
}

// literal, not a parameter, so the planner can use the partial index idx_jobs_user_active
// Jobs that count against a user's cap: running or queued ones, and upload jobs waiting for their
// bundle (each holds a presigned upload URL).
const CAPPED_IN_LIST = [...ACTIVE_JOB_STATUSES, 'awaiting_upload'].map((s) => `'${s}'`).join(',');
const TASK_START: readonly JobStatus[] = ['cloning', 'cleaning', 'pushing'];
const TASK_DONE: readonly JobStatus[] = ['awaiting_selection', 'completed', 'cleaned', 'pushed'];

const COLUMN_OF: Record<keyof JobUpdate, string> = {
  targetPlatform: 'target_platform',
  targetUrl: 'target_url',
  targetCredentialsId: 'target_credentials_id',
  forcePush: 'force_push',
  currentTask: 'current_task',
  findingsCount: 'findings_count',
  reportKey: 'report_key',
  warnings: 'warnings',
  bundleKey: 'bundle_key',
  cleanedArchiveKey: 'cleaned_archive_key',
  cleanedBundleKey: 'cleaned_bundle_key',
  expiresAt: 'expires_at',
};

export class JobRepository {
  constructor(private readonly manager: EntityManager) {}

  async create(input: CreateJobInput): Promise<JobEntity> {
    assertScrubbedUrl('source_url', input.sourceUrl);
    assertScrubbedUrl('webhook_url', input.webhookUrl);
    const [row] = await queryRows(
      this.manager,
      `INSERT INTO jobs (user_id, source_platform, source_url, source_branch, source_credentials_id, webhook_url, repository_id, expires_at, source_upload, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [
        input.userId,
        input.sourcePlatform,
        input.sourceUrl,
        input.sourceBranch ?? null,
        input.sourceCredentialsId ?? null,
        input.webhookUrl ?? null,
        input.repositoryId ?? null,
        input.expiresAt ?? null,
        input.sourceUpload === true,
        input.sourceUpload === true ? 'awaiting_upload' : 'pending',
      ],
    );
    return toEntity(this.manager, JobEntity, row);
  }

  // The row exists only if `publish` succeeds: the API publishes the job's message (with publisher
  // confirms) inside the transaction, and a failed publish rolls the insert back. A consumer may
  // get the message a moment before the commit is visible, so it must retry a job it cannot find.
  // `maxActive` > 0: the user's cap of active jobs (checkActiveCap).
  async createWithinTransaction<T>(
    input: CreateJobInput,
    publish: (job: JobEntity, tx: EntityManager) => Promise<T>,
    maxActive = 0,
    // the job's creation audit row, written in the same transaction: both or neither
    audit?: (job: JobEntity) => AuditRecord,
  ): Promise<{ job: JobEntity; published: T }> {
    return this.manager.transaction(async (tx) => {
      await new JobRepository(tx).checkActiveCap(input.userId, maxActive);
      const job = await new JobRepository(tx).create(input);
      if (audit) await new AuditLogRepository(tx).record(audit(job));
      const published = await publish(job, tx);
      return { job, published };
    });
  }

  /**
   * Throws QuotaExceededError when `userId` already has `max` active jobs (0: no cap). Takes a
   * per-user transaction-scoped advisory lock first, so concurrent creations on any API replica
   * are counted one after the other; call it inside the transaction that creates the job.
   */
  async checkActiveCap(userId: string, max: number): Promise<void> {
    if (max <= 0) return;
    await this.manager.query(`SELECT pg_advisory_xact_lock(1, hashtext($1))`, [userId]);
    const [row] = await queryRows(
      this.manager,
      `SELECT count(*)::int AS n FROM jobs WHERE user_id = $1 AND status IN (${CAPPED_IN_LIST})`,
      [userId],
    );
    if (Number(row.n) >= max) throw new QuotaExceededError('active_jobs', max);
  }

  // Unscoped: for workers and the scheduler, which act on ids from their own messages.
  async findById(id: string): Promise<JobEntity | null> {
    if (!isUuid(id)) return null;
    return this.manager.findOneBy(JobEntity, { id });
  }

  async findForUser(id: string, userId: string): Promise<JobEntity | null> {
    if (!isUuid(id)) return null;
    return this.manager.findOneBy(JobEntity, { id, userId });
  }

  async listForUser(userId: string, query: JobListQuery = {}): Promise<Page<JobEntity>> {
    const { page, pageSize, offset } = normalizePage(query);
    const statuses =
      query.status === undefined ? [] : ([] as JobStatus[]).concat(query.status).filter(isJobStatus);
    if (query.status !== undefined && statuses.length === 0) return { items: [], total: 0, page, pageSize };
    const qb = this.manager
      .createQueryBuilder(JobEntity, 'job')
      .where('job.user_id = :userId', { userId })
      .orderBy('job.created_at', 'DESC')
      .addOrderBy('job.id', 'DESC')
      .skip(offset)
      .take(pageSize);
    if (statuses.length > 0) qb.andWhere('job.status IN (:...statuses)', { statuses });
    const [items, total] = await qb.getManyAndCount();
    return { items, total, page, pageSize };
  }

  // Applies `to` only if the current status may lead there (checked in the same UPDATE, so two
  // workers cannot both move a job). Throws JobNotFoundError or IllegalTransitionError otherwise.
  async updateStatus(id: string, to: JobStatus, change: StatusChange = {}): Promise<JobEntity> {
    if (to === 'failed' && !change.errorMessage) throw new Error('a job can only fail with an error message');
    const from = statusesLeadingTo(to);
    const [row] = await queryRows(
      this.manager,
      `UPDATE jobs SET
         status = $2::text,
         updated_at = now(),
         started_at = CASE WHEN $2::text = 'cloning' THEN coalesce(started_at, now()) ELSE started_at END,
         finished_at = CASE WHEN $2::text = ANY($4::text[]) THEN now() ELSE finished_at END,
         progress_percent = CASE WHEN $2::text = ANY($5::text[]) AND status <> $2::text THEN 0
                                 WHEN $2::text = ANY($6::text[]) THEN 100 ELSE progress_percent END,
         error_message = CASE WHEN $2::text = 'failed' THEN $7 ELSE error_message END,
         current_task = CASE WHEN $8 THEN $9 ELSE current_task END
       WHERE id = $1 AND status = ANY($3::text[])
       RETURNING *`,
      [
        id,
        to,
        from,
        FINISHED_JOB_STATUSES,
        TASK_START,
        TASK_DONE,
        truncate(change.errorMessage),
        change.currentTask !== undefined,
        change.currentTask ?? null,
      ],
    );
    if (row) return toEntity(this.manager, JobEntity, row);
    const current = await this.findById(id);
    if (!current) throw new JobNotFoundError(id);
    throw new IllegalTransitionError(id, current.status, to);
  }

  // Only a job whose task runs takes progress; the answer tells the task whether to stop.
  async setProgress(id: string, percent: number, currentTask?: string | null): Promise<ProgressUpdate> {
    if (!Number.isInteger(percent) || percent < 0 || percent > 100)
      throw new RangeError(`progress must be an integer from 0 to 100, got ${percent}`);
    const rows = await queryRows(
      this.manager,
      `UPDATE jobs SET progress_percent = $2, current_task = CASE WHEN $3 THEN $4 ELSE current_task END, updated_at = now()
       WHERE id = $1 AND status = ANY($5::text[]) RETURNING cancel_requested`,
      [id, percent, currentTask !== undefined, currentTask ?? null, ACTIVE_JOB_STATUSES],
    );
    if (rows.length > 0) return { updated: true, cancelRequested: rows[0].cancel_requested === true };
    const job = await this.findById(id);
    return { updated: false, cancelRequested: job?.cancelRequested ?? false };
  }

  async update(id: string, patch: JobUpdate): Promise<JobEntity> {
    assertScrubbedUrl('target_url', patch.targetUrl);
    const entries = (Object.keys(patch) as (keyof JobUpdate)[]).filter(
      (k) => patch[k] !== undefined && COLUMN_OF[k],
    );
    const sets = entries.map((k, i) => `${COLUMN_OF[k]} = $${i + 2}`);
    const [row] = await queryRows(
      this.manager,
      `UPDATE jobs SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1 RETURNING *`,
      // jsonb values go as JSON text (pg would send a JS array as a PostgreSQL array)
      [id, ...entries.map((k) => (k === 'warnings' ? JSON.stringify(patch[k]) : patch[k]))],
    );
    if (!row) throw new JobNotFoundError(id);
    return toEntity(this.manager, JobEntity, row);
  }

  // Scoped to the owner; the running task sees the flag at its next checkpoint. Null: no such job.
  async requestCancel(id: string, userId: string): Promise<JobEntity | null> {
    if (!isUuid(id)) return null;
    const [row] = await queryRows(
      this.manager,
      `UPDATE jobs SET cancel_requested = true, updated_at = now() WHERE id = $1 AND user_id = $2 RETURNING *`,
      [id, userId],
    );
    return row ? toEntity(this.manager, JobEntity, row) : null;
  }

  /**
   * Deletes the caller's job row if no task can still run for it (status in `statuses`, checked in
   * the same DELETE, so a concurrent POST /clean cannot slip in). Its secrets and task results go
   * with it (ON DELETE CASCADE); audit rows stay (they name the job by id), webhook deliveries and
   * scan runs keep a null job id.
   * Returns the deleted job, or null when none matched.
   */
  async removeForUser(id: string, userId: string, statuses: readonly JobStatus[]): Promise<JobEntity | null> {
    if (!isUuid(id)) return null;
    const [row] = await queryRows(
      this.manager,
      `DELETE FROM jobs WHERE id = $1 AND user_id = $2 AND status = ANY($3::text[]) RETURNING *`,
      [id, userId, statuses],
    );
    return row ? toEntity(this.manager, JobEntity, row) : null;
  }

  async incrementAttempts(id: string): Promise<number> {
    const [row] = await queryRows(
      this.manager,
      `UPDATE jobs SET attempts = attempts + 1, updated_at = now() WHERE id = $1 RETURNING attempts`,
      [id],
    );
    if (!row) throw new JobNotFoundError(id);
    return Number(row.attempts);
  }

  // Active jobs not updated since `olderThan`: their task exceeded its time limit or its worker died.
  async findStuck(olderThan: Date, limit = 100): Promise<JobEntity[]> {
    return this.manager
      .createQueryBuilder(JobEntity, 'job')
      .where('job.status IN (:...statuses)', { statuses: ACTIVE_JOB_STATUSES })
      .andWhere('job.updated_at < :olderThan', { olderThan })
      .orderBy('job.updated_at', 'ASC')
      .take(limit)
      .getMany();
  }

  // Finished jobs whose expires_at has passed; a running job is left to the sweeper first.
  async findExpired(now: Date, limit = 500): Promise<JobEntity[]> {
    return this.manager
      .createQueryBuilder(JobEntity, 'job')
      .where('job.status IN (:...statuses)', { statuses: FINISHED_JOB_STATUSES })
      .andWhere('job.expires_at <= :now', { now })
      .orderBy('job.expires_at', 'ASC')
      .take(limit)
      .getMany();
  }

  async countByStatus(): Promise<Record<JobStatus, number>> {
    const rows = await queryRows(
      this.manager,
      `SELECT status, count(*)::int AS count FROM jobs GROUP BY status`,
    );
    const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
    for (const row of rows) if (isJobStatus(row.status)) counts[row.status] = Number(row.count);
    return counts;
  }
}
