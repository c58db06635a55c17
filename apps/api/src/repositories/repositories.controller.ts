// Registered repositories (SPEC §7): thin HTTP layer over @deployguard/scheduling. Every route is
// scoped to X-User-ID; another user's repository is a 404.
import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DeleteRepository,
  GetRepository,
  ListRepositories,
  ListScanRuns,
  RegisterRepository,
  StartRepositoryScan,
  UpdateRepository,
} from '@deployguard/scheduling';
import { Audited } from '../common/audit.interceptor';
import type { HttpResponse as Response } from '../common/http.types';
import { UserId } from '../common/user-id.guard';
import { uuidParam } from '../common/uuid-param.pipe';
import { PageQueryDto } from '../jobs/dto/job-queries.dto';
import { RegisterRepositoryDto, UpdateRepositoryDto } from './dto/repository.dto';
import { RepositoryPageSchema, RepositoryViewSchema, ScanRunPageSchema } from './dto/repository-views.dto';

const RepositoryId = uuidParam('repository');

@ApiTags('repositories')
@ApiHeader({ name: 'X-User-ID', required: true, description: 'set by the gateway' })
@Controller('repositories')
export class RepositoriesController {
  constructor(
    @Inject(RegisterRepository) private readonly register: RegisterRepository,
    @Inject(ListRepositories) private readonly listRepositories: ListRepositories,
    @Inject(GetRepository) private readonly getRepository: GetRepository,
    @Inject(UpdateRepository) private readonly updateRepository: UpdateRepository,
    @Inject(DeleteRepository) private readonly deleteRepository: DeleteRepository,
    @Inject(StartRepositoryScan) private readonly startScan: StartRepositoryScan,
    @Inject(ListScanRuns) private readonly listScanRuns: ListScanRuns,
  ) {}

  @Post()
  @Audited('repository.register', 'repository')
  @ApiOperation({ summary: 'Register a repository for scheduled, incremental rescans' })
  create(@UserId() userId: string, @Body() body: RegisterRepositoryDto) {
    return this.register.execute({
      userId,
      url: body.url,
      branch: body.branch,
      credentialsId: body.credentials_id,
      schedule: body.schedule,
      webhookUrl: body.webhook_url,
      enabled: body.enabled,
    });
  }

  @Get()
  @ApiOkResponse({ type: RepositoryPageSchema })
  @ApiOperation({ summary: "The caller's registered repositories, newest first" })
  list(@UserId() userId: string, @Query() query: PageQueryDto) {
    return this.listRepositories.execute({ userId, page: query.page, pageSize: query.page_size });
  }

  @Get(':id')
  @ApiOkResponse({ type: RepositoryViewSchema })
  @ApiOperation({ summary: 'A registered repository' })
  get(@UserId() userId: string, @Param('id', RepositoryId) repositoryId: string) {
    return this.getRepository.execute({ userId, repositoryId });
  }

  @Patch(':id')
  @Audited('repository.update', 'repository')
  @ApiOperation({ summary: 'Change the URL, branch, credentials, schedule, webhook or enabled flag' })
  update(
    @UserId() userId: string,
    @Param('id', RepositoryId) repositoryId: string,
    @Body() body: UpdateRepositoryDto,
  ) {
    if (Object.values(body).every((v) => v === undefined))
      throw new BadRequestException(
        'nothing to update: send at least one of url, branch, credentials_id, schedule, webhook_url, enabled',
      );
    return this.updateRepository.execute({
      userId,
      repositoryId,
      url: body.url,
      branch: body.branch,
      credentialsId: body.credentials_id,
      schedule: body.schedule,
      webhookUrl: body.webhook_url,
      enabled: body.enabled,
    });
  }

  @Delete(':id')
  @Audited('repository.delete', 'repository')
  @ApiOperation({
    summary: 'Unregister a repository (its scan runs go too; its jobs stay until they expire)',
  })
  remove(@UserId() userId: string, @Param('id', RepositoryId) repositoryId: string) {
    return this.deleteRepository.execute({ userId, repositoryId });
  }

  @Post(':id/scan')
  @Audited('repository.scan', 'repository')
  @ApiOperation({ summary: 'Scan now: 202 with a new scan run, 200 with the one already queued or running' })
  async scan(
    @UserId() userId: string,
    @Param('id', RepositoryId) repositoryId: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { run, created } = await this.startScan.execute({ userId, repositoryId });
    response.status(created ? 202 : 200);
    return { ...run, created };
  }

  @Get(':id/scan-runs')
  @ApiOkResponse({ type: ScanRunPageSchema })
  @HttpCode(200)
  @ApiOperation({ summary: 'Scan runs of a repository, newest first' })
  scanRuns(
    @UserId() userId: string,
    @Param('id', RepositoryId) repositoryId: string,
    @Query() query: PageQueryDto,
  ) {
    return this.listScanRuns.execute({ userId, repositoryId, page: query.page, pageSize: query.page_size });
  }
}
