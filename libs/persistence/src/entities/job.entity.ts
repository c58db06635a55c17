import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { JobStatus } from '../job-status';

@Entity('jobs')
export class JobEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'varchar', length: 200 }) userId!: string;
  @Column({ type: 'varchar', length: 32, default: 'pending' }) status!: JobStatus;
  @Column({ name: 'source_platform', type: 'varchar', length: 32 }) sourcePlatform!: string;
  // always scrubbed: a CHECK constraint refuses http(s) URLs with user info
  @Column({ name: 'source_url', type: 'varchar', length: 2048 }) sourceUrl!: string;
  // the source is a git bundle the client uploads (SPEC §11), not a URL to clone
  @Column({ name: 'source_upload', type: 'boolean', default: false }) sourceUpload!: boolean;
  @Column({ name: 'source_branch', type: 'varchar', length: 255, nullable: true }) sourceBranch!:
    string | null;
  @Column({ name: 'source_credentials_id', type: 'varchar', length: 200, nullable: true })
  sourceCredentialsId!: string | null;
  @Column({ name: 'target_platform', type: 'varchar', length: 32, nullable: true }) targetPlatform!:
    string | null;
  @Column({ name: 'target_url', type: 'varchar', length: 2048, nullable: true }) targetUrl!: string | null;
  @Column({ name: 'target_credentials_id', type: 'varchar', length: 200, nullable: true })
  targetCredentialsId!: string | null;
  @Column({ name: 'force_push', type: 'boolean', default: false }) forcePush!: boolean;
  @Column({ name: 'progress_percent', type: 'smallint', default: 0 }) progressPercent!: number;
  @Column({ name: 'current_task', type: 'varchar', length: 200, nullable: true }) currentTask!: string | null;
  @Column({ name: 'error_message', type: 'text', nullable: true }) errorMessage!: string | null;
  @Column({ name: 'webhook_url', type: 'varchar', length: 2048, nullable: true }) webhookUrl!: string | null;
  @Column({ name: 'repository_id', type: 'uuid', nullable: true }) repositoryId!: string | null;
  @Column({ name: 'findings_count', type: 'integer', default: 0 }) findingsCount!: number;
  @Column({ name: 'report_key', type: 'varchar', length: 1024, nullable: true }) reportKey!: string | null;
  @Column({ name: 'bundle_key', type: 'varchar', length: 1024, nullable: true }) bundleKey!: string | null;
  @Column({ name: 'cleaned_archive_key', type: 'varchar', length: 1024, nullable: true }) cleanedArchiveKey!:
    string | null;
  @Column({ name: 'cleaned_bundle_key', type: 'varchar', length: 1024, nullable: true }) cleanedBundleKey!:
    string | null;
  // the scan's warnings: what of the history could not be seen (shallow, partial, damaged)
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" }) warnings!: string[];
  @Column({ name: 'cancel_requested', type: 'boolean', default: false }) cancelRequested!: boolean;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
}
