// Thin HTTP layer over the job use cases: validated DTOs in, snake_case views out.
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Redirect,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CancelJob,
  CreateScanJob,
  GetCleanReport,
  GetDownload,
  GetJob,
  GetReport,
  ListJobs,
  ListSecrets,
  SelectSecrets,
  StartClean,
  StartPush,
} from '@deployguard/jobs';
import type { HttpResponse as Response } from '../common/http.types';
import { Audited } from '../common/audit.interceptor';
import { UserId } from '../common/user-id.guard';
import { uuidParam } from '../common/uuid-param.pipe';
import { CreateJobDto } from './dto/create-job.dto';
import { DownloadQueryDto, ListJobsQueryDto, PageQueryDto, ReportQueryDto } from './dto/job-queries.dto';
import { PushJobDto } from './dto/push-job.dto';
import { SelectSecretsDto } from './dto/select-secrets.dto';

const JobId = uuidParam('job');

@ApiTags('jobs')
@ApiHeader({ name: 'X-User-ID', required: true, description: 'set by the gateway' })
@Controller('jobs')
export class JobsController {
  constructor(
    @Inject(CreateScanJob) private readonly createScanJob: CreateScanJob,
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
  @Audited('job.create')
  @ApiOperation({ summary: 'Create a scan job' })
  create(@UserId() userId: string, @Body() body: CreateJobDto) {
    return this.createScanJob.execute({
      userId,
      sourcePlatform: body.source_platform,
      sourceUrl: body.source_url,
      sourceBranch: body.source_branch,
      sourceCredentialsId: body.source_credentials_id,
      webhookUrl: body.webhook_url,
    });
  }

  @Get()
  @ApiOperation({ summary: "The caller's jobs, newest first" })
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
  secrets(@UserId() userId: string, @Param('id', JobId) jobId: string, @Query() query: PageQueryDto) {
    return this.listSecrets.execute({ userId, jobId, page: query.page, pageSize: query.page_size });
  }

  @Post(':id/secrets/select')
  @HttpCode(200)
  @Audited('job.secrets.select')
  @ApiOperation({ summary: 'Choose the secrets to clean and mark false positives' })
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
  clean(@UserId() userId: string, @Param('id', JobId) jobId: string) {
    return this.startClean.execute({ userId, jobId });
  }

  @Get(':id/download')
  @Redirect()
  @ApiOperation({ summary: 'Redirect to a short-lived URL of the cleaned repository (zip or git bundle)' })
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
  async report(@UserId() userId: string, @Param('id', JobId) jobId: string, @Query() query: ReportQueryDto) {
    const report = await this.getReport.execute({ userId, jobId, format: query.format });
    return new StreamableFile(report.stream, {
      type: report.contentType,
      disposition: `inline; filename="${report.fileName}"`,
    });
  }
}
