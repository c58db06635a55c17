// Response schemas of the repository routes, for the OpenAPI document only: the answers are built
// by the presenters of @deployguard/scheduling; each class `implements` the view it documents.
import { ApiProperty } from '@nestjs/swagger';
import type { PageView } from '@deployguard/jobs';
import type { RepositoryView, ScanRunView } from '@deployguard/scheduling';
import { PageSchema } from '../../jobs/dto/job-views.dto';

export class RepositoryViewSchema implements RepositoryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'without user name or password' }) url!: string;
  @ApiProperty({ type: String, nullable: true }) branch!: string | null;
  @ApiProperty({ type: String, nullable: true }) credentials_id!: string | null;
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'number' }],
    nullable: true,
    description: 'a cron expression, or an interval in seconds',
  })
  schedule!: string | number | null;
  @ApiProperty({ enum: ['cron', 'interval'], nullable: true }) schedule_type!: 'cron' | 'interval' | null;
  @ApiProperty({ type: String, nullable: true }) webhook_url!: string | null;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) last_scan_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) next_scan_at!: string | null;
  @ApiProperty({ type: String, nullable: true }) last_scan_run_id!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class RepositoryPageSchema extends PageSchema implements PageView<RepositoryView> {
  @ApiProperty({ type: [RepositoryViewSchema] }) items!: RepositoryView[];
}

export class ScanRunViewSchema implements ScanRunView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) repository_id!: string;
  @ApiProperty({ type: String, nullable: true }) job_id!: string | null;
  @ApiProperty() trigger!: string;
  @ApiProperty() status!: string;
  @ApiProperty() progress_percent!: number;
  @ApiProperty({ type: Number, nullable: true }) duration_ms!: number | null;
  @ApiProperty({ type: String, nullable: true }) error_message!: string | null;
  @ApiProperty() new_findings!: number;
  @ApiProperty() total_findings!: number;
  @ApiProperty() objects_scanned!: number;
  @ApiProperty({ format: 'date-time' }) queued_at!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) started_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finished_at!: string | null;
}

export class ScanRunPageSchema extends PageSchema implements PageView<ScanRunView> {
  @ApiProperty({ type: [ScanRunViewSchema] }) items!: ScanRunView[];
}
