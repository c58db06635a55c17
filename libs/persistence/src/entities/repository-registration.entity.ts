import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

// A repository registered for scheduled, incremental rescans (SPEC §7).
@Entity('repositories')
export class RepositoryRegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'varchar', length: 200 }) userId!: string;
  @Column({ type: 'varchar', length: 2048 }) url!: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) branch!: string | null;
  @Column({ name: 'credentials_id', type: 'varchar', length: 200, nullable: true }) credentialsId!:
    string | null;
  @Column({ name: 'schedule_cron', type: 'varchar', length: 120, nullable: true }) scheduleCron!:
    string | null;
  @Column({ name: 'schedule_interval_s', type: 'integer', nullable: true }) scheduleIntervalS!: number | null;
  @Column({ name: 'webhook_url', type: 'varchar', length: 2048, nullable: true }) webhookUrl!: string | null;
  @Column({ type: 'boolean', default: true }) enabled!: boolean;
  @Column({ name: 'last_scan_at', type: 'timestamptz', nullable: true }) lastScanAt!: Date | null;
  @Column({ name: 'next_scan_at', type: 'timestamptz', nullable: true }) nextScanAt!: Date | null;
  @Column({ name: 'last_scan_run_id', type: 'uuid', nullable: true }) lastScanRunId!: string | null;
  // storage key of the set of object ids seen by the last scan; the next one skips them
  @Column({ name: 'seen_objects_key', type: 'varchar', length: 1024, nullable: true }) seenObjectsKey!:
    string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
