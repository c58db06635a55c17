import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('audit_logs')
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'varchar', length: 200 }) userId!: string;
  @Column({ type: 'varchar', length: 100 }) action!: string;
  @Column({ name: 'target_type', type: 'varchar', length: 50 }) targetType!: string;
  @Column({ name: 'target_id', type: 'varchar', length: 200, nullable: true }) targetId!: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip!: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" }) details!: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
