import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ScanRunTrigger = 'schedule' | 'manual' | 'bulk';
export type ScanRunStatus = 'queued' | 'running' | 'succeeded' | 'failed';

@Entity('scan_runs')
export class ScanRunEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'repository_id', type: 'uuid' }) repositoryId!: string;
  @Column({ name: 'job_id', type: 'uuid', nullable: true }) jobId!: string | null;
  @Column({ type: 'varchar', length: 16 }) trigger!: ScanRunTrigger;
  @Column({ type: 'varchar', length: 16, default: 'queued' }) status!: ScanRunStatus;
  @Column({ name: 'progress_percent', type: 'smallint', default: 0 }) progressPercent!: number;
  @Column({ name: 'new_findings', type: 'integer', default: 0 }) newFindings!: number;
  @Column({ name: 'total_findings', type: 'integer', default: 0 }) totalFindings!: number;
  @Column({ name: 'objects_scanned', type: 'integer', default: 0 }) objectsScanned!: number;
  @Column({ name: 'duration_ms', type: 'integer', nullable: true }) durationMs!: number | null;
  @Column({ name: 'error_message', type: 'text', nullable: true }) errorMessage!: string | null;
  @Column({ name: 'queued_at', type: 'timestamptz', default: () => 'now()' }) queuedAt!: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
