// Response schemas of the job routes, for the OpenAPI document only: the answers themselves are
// built by the presenters of @deployguard/jobs. Each class `implements` the view it documents, so
// a field added to a view and not here fails to compile.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CleanedSecretView,
  CleanReportView,
  CreatedJobView,
  DeleteOutcome,
  JobView,
  PageView,
  SecretView,
  SelectionView,
} from '@deployguard/jobs';
import { JOB_STATUSES, type JobStatus } from '@deployguard/persistence';

export class JobViewSchema implements JobView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: JOB_STATUSES }) status!: JobStatus;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress_percent!: number;
  @ApiProperty({ type: String, nullable: true }) current_task!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'why the job failed: names the failing part and what to do',
  })
  error_message!: string | null;
  @ApiProperty() source_platform!: string;
  @ApiProperty({ description: 'without user name or password' }) source_url!: string;
  @ApiProperty({ type: String, nullable: true }) source_branch!: string | null;
  @ApiProperty({ type: String, nullable: true }) target_platform!: string | null;
  @ApiProperty({ type: String, nullable: true }) target_url!: string | null;
  @ApiProperty() force_push!: boolean;
  @ApiProperty() findings_count!: number;
  @ApiProperty({ type: [String], description: 'what the scan could not see' }) warnings!: string[];
  @ApiProperty() cancel_requested!: boolean;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) started_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finished_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expires_at!: string | null;
}

export class SecretViewSchema implements SecretView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    description:
      'equal for findings of the same value (a prefix of the keyed hash of the value: nothing a reader can turn back into it)',
  })
  value_group!: string;
  @ApiProperty({ example: 'github-pat' }) rule_id!: string;
  @ApiProperty() secret_type!: string;
  @ApiProperty({ description: 'first and last characters only' }) secret_value_preview!: string;
  @ApiProperty({ type: String, nullable: true }) file_path!: string | null;
  @ApiProperty({ example: 'file' }) location!: string;
  @ApiProperty({ type: String, nullable: true }) ref!: string | null;
  @ApiProperty() line!: number;
  @ApiProperty({ type: String, nullable: true }) commit_sha!: string | null;
  @ApiProperty({ type: String, nullable: true }) author!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) commit_date!: string | null;
  @ApiProperty({ enum: ['critical', 'high', 'medium', 'low'] }) severity!: SecretView['severity'];
  @ApiProperty({ enum: ['high', 'medium', 'low'] }) confidence!: SecretView['confidence'];
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "the finding's fingerprint as in the report (CLI --baseline, clean --secret-id); null while the report cannot be read",
  })
  fingerprint!: string | null;
  @ApiProperty({ description: 'not seen by an earlier scan of the same registered repository' })
  is_new!: boolean;
  @ApiProperty() selected_for_cleaning!: boolean;
  @ApiProperty() false_positive!: boolean;
}

export class PageSchema {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() page_size!: number;
}

export class JobPageSchema extends PageSchema implements PageView<JobView> {
  @ApiProperty({ type: [JobViewSchema] }) items!: JobView[];
}

export class SecretPageSchema extends PageSchema implements PageView<SecretView> {
  @ApiProperty({ type: [SecretViewSchema] }) items!: SecretView[];
}

export class JobDetailSchema {
  @ApiProperty({ type: JobViewSchema }) job!: JobView;
  @ApiProperty({ type: [SecretViewSchema] }) secrets!: SecretView[];
}

export class CreatedJobSchema implements CreatedJobView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: JOB_STATUSES }) status!: JobStatus;
  @ApiProperty() progress_percent!: number;
}

export class SelectionSchema implements SelectionView {
  @ApiProperty({ format: 'uuid' }) job_id!: string;
  @ApiProperty() selected_count!: number;
  @ApiProperty() false_positive_count!: number;
}

export class DeletedJobSchema extends JobViewSchema {
  @ApiProperty({ enum: ['cancelling', 'cancelled', 'removed'] }) outcome!: DeleteOutcome;
}

class CleanTotalsSchema implements NonNullable<CleanReportView['totals']> {
  @ApiProperty() commits!: number;
  @ApiProperty() commits_changed!: number;
  @ApiProperty() commits_pruned!: number;
  @ApiProperty() blobs_changed!: number;
  @ApiProperty() occurrences!: number;
  @ApiProperty() refs!: number;
}

class CleanedSecretSchema implements CleanedSecretView {
  @ApiProperty({ type: [String], description: "the job's secrets that held this value" })
  secret_ids!: string[];
  @ApiProperty({ type: [String] }) commits!: string[];
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [String] }) paths!: string[];
  @ApiProperty() occurrences!: number;
}

export class CleanReportSchema implements CleanReportView {
  @ApiProperty({ format: 'uuid' }) job_id!: string;
  @ApiProperty({ enum: ['not_started', 'running', 'succeeded', 'failed', 'cancelled'] })
  status!: CleanReportView['status'];
  @ApiProperty({ type: Number, nullable: true }) attempt!: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) verified!: boolean | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) started_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finished_at!: string | null;
  @ApiProperty({ type: Number, nullable: true }) duration_ms!: number | null;
  @ApiProperty({ type: String, nullable: true }) error_message!: string | null;
  @ApiProperty({ type: CleanTotalsSchema, nullable: true }) totals!: CleanReportView['totals'];
  @ApiProperty({ type: [CleanedSecretSchema] }) secrets!: CleanedSecretView[];
  @ApiProperty({ type: [String] }) warnings!: string[];
  @ApiProperty({ type: Number, nullable: true }) archive_files!: number | null;
  @ApiProperty({ description: 'leaked credentials must be rotated' }) reminder!: string;
}

// Every error answer of the API (see common/http-error.util.ts).
export class ErrorSchema {
  @ApiProperty({ example: 503 }) status_code!: number;
  @ApiProperty({ example: 'Service Unavailable' }) error!: string;
  @ApiProperty({ example: 'database unavailable; try again later' }) message!: string;
  @ApiPropertyOptional({ description: 'readiness only: the state of each dependency' }) details?: object;
}
