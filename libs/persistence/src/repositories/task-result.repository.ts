// One row per task attempt. start() is idempotent: a redelivered attempt gets the existing row.
import type { EntityManager } from 'typeorm';
import { TaskResultEntity, type TaskName, type TaskResultStatus } from '../entities/task-result.entity';
import { queryRows, toEntity, truncate } from './repository.util';

export interface TaskOutcome {
  readonly status: Exclude<TaskResultStatus, 'running'>;
  readonly errorMessage?: string | null;
  readonly result?: Record<string, unknown> | null;
}

export class TaskResultRepository {
  constructor(private readonly manager: EntityManager) {}

  async start(jobId: string, task: TaskName, attempt: number): Promise<TaskResultEntity> {
    const inserted = await queryRows(
      this.manager,
      `INSERT INTO task_results (job_id, task, attempt) VALUES ($1, $2, $3)
       ON CONFLICT (job_id, task, attempt) DO NOTHING RETURNING *`,
      [jobId, task, attempt],
    );
    if (inserted[0]) return toEntity(this.manager, TaskResultEntity, inserted[0]);
    return this.manager.findOneByOrFail(TaskResultEntity, { jobId, task, attempt });
  }

  async finish(id: string, outcome: TaskOutcome): Promise<TaskResultEntity> {
    const [row] = await queryRows(
      this.manager,
      `UPDATE task_results SET status = $2, error_message = $3, result = $4::jsonb, finished_at = now(),
         duration_ms = (extract(epoch FROM now() - started_at) * 1000)::int
       WHERE id = $1 RETURNING *`,
      [
        id,
        outcome.status,
        truncate(outcome.errorMessage),
        outcome.result === undefined || outcome.result === null ? null : JSON.stringify(outcome.result),
      ],
    );
    if (!row) throw new Error(`task result ${id} not found`);
    return toEntity(this.manager, TaskResultEntity, row);
  }

  async listForJob(jobId: string): Promise<TaskResultEntity[]> {
    return this.manager.find(TaskResultEntity, {
      where: { jobId },
      order: { startedAt: 'ASC', attempt: 'ASC' },
    });
  }

  async latestForJob(jobId: string, task: TaskName): Promise<TaskResultEntity | null> {
    return this.manager.findOne(TaskResultEntity, { where: { jobId, task }, order: { attempt: 'DESC' } });
  }

  // Durations of finished tasks, for metrics and the benchmark.
  async durationsSince(
    since: Date,
  ): Promise<{ task: TaskName; status: TaskResultStatus; durationMs: number }[]> {
    const rows = await queryRows(
      this.manager,
      `SELECT task, status, duration_ms FROM task_results WHERE finished_at >= $1 AND duration_ms IS NOT NULL ORDER BY finished_at`,
      [since],
    );
    return rows.map((r) => ({
      task: r.task as TaskName,
      status: r.status as TaskResultStatus,
      durationMs: Number(r.duration_ms),
    }));
  }
}
