import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SecretSeverity = 'critical' | 'high' | 'medium' | 'low';
export type SecretConfidence = 'high' | 'medium' | 'low';

// A finding as stored: a short preview and a keyed hash. The value itself lives only in the
// encrypted report in object storage; there is deliberately no column for it.
@Entity('secrets_found')
export class SecretFoundEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'job_id', type: 'uuid' }) jobId!: string;
  @Column({ type: 'varchar', length: 64 }) fingerprint!: string;
  @Column({ name: 'rule_id', type: 'varchar', length: 200 }) ruleId!: string;
  @Column({ name: 'secret_type', type: 'varchar', length: 200 }) secretType!: string;
  @Column({ name: 'secret_value_preview', type: 'varchar', length: 32 }) secretValuePreview!: string;
  @Column({ name: 'secret_hash', type: 'char', length: 64 }) secretHash!: string;
  // null for a value outside files (commit or tag metadata, a tagged blob): see `location`
  @Column({ name: 'file_path', type: 'text', nullable: true }) filePath!: string | null;
  @Column({ type: 'varchar', length: 16, default: 'file' }) location!: string;
  @Column({ type: 'text', nullable: true }) ref!: string | null;
  @Column({ name: 'commit_boundary', type: 'boolean', default: false }) commitBoundary!: boolean;
  @Column({ type: 'integer' }) line!: number;
  @Column({ type: 'integer', nullable: true }) column!: number | null;
  @Column({ name: 'commit_sha', type: 'varchar', length: 64, nullable: true }) commitSha!: string | null;
  @Column({ type: 'varchar', length: 512, nullable: true }) author!: string | null;
  @Column({ name: 'commit_date', type: 'timestamptz', nullable: true }) commitDate!: Date | null;
  @Column({ type: 'varchar', length: 16 }) severity!: SecretSeverity;
  @Column({ type: 'varchar', length: 8, default: 'high' }) confidence!: SecretConfidence;
  @Column({ type: 'double precision', nullable: true }) entropy!: number | null;
  @Column({ name: 'selected_for_cleaning', type: 'boolean', default: false }) selectedForCleaning!: boolean;
  @Column({ name: 'false_positive', type: 'boolean', default: false }) falsePositive!: boolean;
  @Column({ name: 'first_seen_job_id', type: 'uuid', nullable: true }) firstSeenJobId!: string | null;
  @Column({ name: 'is_new', type: 'boolean', default: true }) isNew!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
