// Thin HTTP layer over the job use cases: validated DTOs in, snake_case views out.
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Ip,
  Param,
  Post,
  Query,
  Redirect,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  CancelJob,
  CreateScanJob,
  CreateUploadJob,
  invalidInput,
  GetCleanReport,
  GetDownload,
  GetJob,
  GetReport,
  ListJobs,
  ListSecrets,
  SelectSecrets,
  StartClean,
  StartPush,
  StartUploadedJob,
} from '@deployguard/jobs';
import type { HttpResponse as Response } from '../common/http.types';
import { Audited } from '../common/audit.interceptor';
import { UserId } from '../common/user-id.guard';
import { uuidParam } from '../common/uuid-param.pipe';
import { CreateJobDto } from './dto/create-job.dto';
import { DownloadQueryDto, ListJobsQueryDto, PageQueryDto, ReportQueryDto } from './dto/job-queries.dto';
import {
  CreatedJobSchema,
  DeletedJobSchema,
  ErrorSchema,
  JobDetailSchema,
  CleanReportSchema,
  JobPageSchema,
  SecretPageSchema,
  SelectionSchema,
} from './dto/job-views.dto';
import { PushJobDto } from './dto/push-job.dto';
import { SelectSecretsDto } from './dto/select-secrets.dto';

const JobId = uuidParam('job');

@ApiTags('jobs')
@ApiHeader({ name: 'X-User-ID', required: true, description: 'set by the gateway' })
@ApiBadRequestResponse({ type: ErrorSchema, description: 'invalid input; the message says what is accepted' })
@ApiNotFoundResponse({ type: ErrorSchema, description: "no such job (or another user's)" })
@ApiServiceUnavailableResponse({
  type: ErrorSchema,
  description:
    'a dependency (database, message broker, object storage) is down; Retry-After says when to retry',
})
@Controller('jobs')
export class JobsController {
  constructor(
    @Inject(CreateScanJob) private readonly createScanJob: CreateScanJob,
    @Inject(CreateUploadJob) private readonly createUploadJob: CreateUploadJob,
    @Inject(StartUploadedJob) private readonly startUploadedJob: StartUploadedJob,
    @Inject(ListJobs) private readonly listJobs: ListJobs,
    @Inject(GetJob) private readonly getJob: GetJob,
    @Inject(ListSecrets) private readonly listSecrets: ListSecrets,
    @Inject(SelectSecrets) private readonly selectSecrets: SelectSecrets,
    @Inject(StartClean) private readonly startClean: StartClean,
    @Inject(StartPush) private readonly startPush: StartPush,
    @Inject(CancelJob) private readonly cancelJob: CancelJob,
    @Inject(GetReport) private readonly getReport: GetReport,
    @Inject(GetDownload) private readonly getDownload: GetDownload,
    @Inject(GetCleanReport) private readonly getCleanReport: GetCleanReport,
  ) {}

  @Post()
  @Audited('job.create', 'job', true)
  @ApiOperation({
    summary:
      'Create a scan job: of a URL, or with "source_upload": true of a git bundle uploaded to the presigned URL returned',
  })
  @ApiCreatedResponse({ type: CreatedJobSchema })
  create(@UserId() userId: string, @Body() body: CreateJobDto, @Ip() ip: string) {
    if (body.source_upload === true) {
      const extra = (['source_url', 'source_credentials_id'] as const).filter((k) => body[k] !== undefined);
      if (extra.length > 0)
        throw invalidInput(
          `${extra.join(' and ')} not accepted with "source_upload": true: the uploaded bundle is the source`,
        );
      return this.createUploadJob.execute({
        ip,
        userId,
        sourcePlatform: body.source_platform,
        sourceBranch: body.source_branch,
        webhookUrl: body.webhook_url,
      });
    }
    return this.createScanJob.execute({
      ip,
      userId,
      sourcePlatform: body.source_platform,
      sourceUrl: body.source_url,
      sourceBranch: body.source_branch,
      sourceCredentialsId: body.source_credentials_id,
      webhookUrl: body.webhook_url,
    });
  }

  @Post(':id/start')
  @HttpCode(202)
  @Audited('job.start')
  @ApiOperation({ summary: 'Start the scan of an upload job once its bundle is uploaded' })
  start(@UserId() userId: string, @Param('id', JobId) jobId: string) {
    return this.startUploadedJob.execute({ userId, jobId });
  }

  @Get()
  @ApiOperation({ summary: "The caller's jobs, newest first" })
  @ApiOkResponse({ type: JobPageSchema })
  list(@UserId() userId: string, @Query() query: ListJobsQueryDto) {
    return this.listJobs.execute({
      userId,
      page: query.page,
      pageSize: query.page_size,
      status: query.status,
    });
  }

  @Get(':id')
  @ApiOperation({ summary: 'A job and its secrets' })
  @ApiOkResponse({ type: JobDetailSchema })
  get(@UserId() userId: string, @Param('id', JobId) jobId: string) {
    return this.getJob.execute({ userId, jobId });
  }

  @Delete(':id')
  @Audited('job.cancel')
  @ApiOperation({
    summary:
      'Cancel a running or queued job, or remove a finished one, with its stored data; `outcome` says which ' +
      '(cancelling: 202 while the running task stops; cancelled; removed: GET then answers 404)',
  })
  @ApiOkResponse({ type: DeletedJobSchema, description: 'cancelled or removed' })
  @ApiAcceptedResponse({ type: DeletedJobSchema, description: 'cancelling: the running task stops' })
  async cancel(
    @UserId() userId: string,
    @Param('id', JobId) jobId: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const result = await this.cancelJob.execute({ userId, jobId });
    response.status(result.pending ? 202 : 200);
    return result.job;
  }

  @Get(':id/secrets')
  @ApiOperation({ summary: 'Secrets found by the scan (previews only)' })
  @ApiOkResponse({ type: SecretPageSchema })
  secrets(@UserId() userId: string, @Param('id', JobId) jobId: string, @Query() query: PageQueryDto) {
    return this.listSecrets.execute({ userId, jobId, page: query.page, pageSize: query.page_size });
  }

  @Post(':id/secrets/select')
  @HttpCode(200)
  @Audited('job.secrets.select')
  @ApiOperation({ summary: 'Choose the secrets to clean and mark false positives' })
  @ApiOkResponse({ type: SelectionSchema })
  select(@UserId() userId: string, @Param('id', JobId) jobId: string, @Body() body: SelectSecretsDto) {
    return this.selectSecrets.execute({
      userId,
      jobId,
      secretIds: body.secret_ids,
      falsePositiveIds: body.mark_false_positives,
    });
  }

  @Post(':id/clean')
  @HttpCode(202)
  @Audited('job.clean')
  @ApiOperation({ summary: 'Start cleaning the selected secrets' })
  @ApiAcceptedResponse({ type: CreatedJobSchema })
  clean(@UserId() userId: string, @Param('id', JobId) jobId: string) {
    return this.startClean.execute({ userId, jobId });
  }

  @Get(':id/download')
  @Redirect()
  @ApiOperation({ summary: 'Redirect to a short-lived URL of the cleaned repository (zip or git bundle)' })
  @ApiResponse({
    status: 302,
    description: 'Location is a presigned URL of the object storage, valid for PRESIGNED_URL_TTL_S seconds',
    headers: {
      Location: { description: 'the presigned download URL', schema: { type: 'string', format: 'uri' } },
    },
  })
  async download(
    @UserId() userId: string,
    @Param('id', JobId) jobId: string,
    @Query() query: DownloadQueryDto,
  ) {
    const { url } = await this.getDownload.execute({ userId, jobId, format: query.format });
    return { url, statusCode: 302 };
  }

  // The same URL as JSON, for a client that cannot follow a redirect with its headers (the review
  // panel sends its identity in a header; the browser then opens the URL itself).
  @Get(':id/download-url')
  @ApiOperation({ summary: 'A short-lived URL of the cleaned repository (zip or git bundle), as JSON' })
  async downloadUrl(
    @UserId() userId: string,
    @Param('id', JobId) jobId: string,
    @Query() query: DownloadQueryDto,
  ) {
    const { url } = await this.getDownload.execute({ userId, jobId, format: query.format });
    return { url, format: query.format ?? 'zip' };
  }

  @Get(':id/clean-report')
  @ApiOkResponse({ type: CleanReportSchema })
  @ApiOperation({
    summary:
      'What the last clean did: verified, totals, and per cleaned value the commits, tags and paths it ' +
      'was removed from (by secret ids); the rotation reminder in every answer',
  })
  cleanReport(@UserId() userId: string, @Param('id', JobId) jobId: string) {
    return this.getCleanReport.execute({ userId, jobId });
  }

  @Post(':id/push')
  @HttpCode(202)
  @Audited('job.push')
  @ApiOperation({ summary: 'Push the cleaned repository to a target remote' })
  @ApiAcceptedResponse({ type: CreatedJobSchema })
  push(@UserId() userId: string, @Param('id', JobId) jobId: string, @Body() body: PushJobDto) {
    return this.startPush.execute({
      userId,
      jobId,
      targetPlatform: body.target_platform,
      targetUrl: body.target_url,
      targetCredentialsId: body.target_credentials_id,
      forcePush: body.force_push,
    });
  }

  @Get(':id/report')
  @ApiOperation({ summary: 'The scan report, values redacted (json or sarif)' })
  @ApiOkResponse({
    description: 'the report file',
    content: {
      'application/json': { schema: { type: 'object' } },
      'application/sarif+json': { schema: { type: 'object' } },
    },
  })
  async report(@UserId() userId: string, @Param('id', JobId) jobId: string, @Query() query: ReportQueryDto) {
    const report = await this.getReport.execute({ userId, jobId, format: query.format });
    return new StreamableFile(report.stream, {
      type: report.contentType,
      disposition: `inline; filename="${report.fileName}"`,
    });
  }
}
