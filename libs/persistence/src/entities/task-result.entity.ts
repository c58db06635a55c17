import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TaskName = 'scan' | 'clean' | 'push';
export type TaskResultStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';

// One row per attempt of a task; (job_id, task, attempt) is unique so a redelivery re-uses its row.
@Entity('task_results')
export class TaskResultEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'job_id', type: 'uuid' }) jobId!: string;
  @Column({ type: 'varchar', length: 16 }) task!: TaskName;
  @Column({ type: 'varchar', length: 16, default: 'running' }) status!: TaskResultStatus;
  @Column({ type: 'integer', default: 1 }) attempt!: number;
  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' }) startedAt!: Date;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ name: 'duration_ms', type: 'integer', nullable: true }) durationMs!: number | null;
  @Column({ name: 'error_message', type: 'text', nullable: true }) errorMessage!: string | null;
  @Column({ type: 'jsonb', nullable: true }) result!: Record<string, unknown> | null;
}
