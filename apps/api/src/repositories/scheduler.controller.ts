// The admin bulk trigger and the scheduler's status. POST /scan/now is the one route where a 403
// is right: it names no resource of anyone, only a privilege the caller lacks.
import {
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Inject,
  Post,
  Res,
} from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetSchedulerStatus, TriggerAllScans } from '@deployguard/scheduling';
import { Audited } from '../common/audit.interceptor';
import type { HttpResponse as Response } from '../common/http.types';
import { UserId } from '../common/user-id.guard';

@ApiTags('scheduler')
@ApiHeader({ name: 'X-User-ID', required: true, description: 'set by the gateway' })
@Controller()
export class SchedulerController {
  constructor(
    @Inject(TriggerAllScans) private readonly triggerAll: TriggerAllScans,
    @Inject(GetSchedulerStatus) private readonly status: GetSchedulerStatus,
  ) {}

  @Post('scan/now')
  @HttpCode(202)
  @Audited('scheduler.scan_now', 'scheduler')
  @ApiOperation({
    summary: 'Admin: scan every enabled repository now (429 with Retry-After within the cooldown)',
  })
  async scanNow(@UserId() userId: string, @Res({ passthrough: true }) response: Response) {
    const result = await this.triggerAll.execute({ userId });
    if (result.outcome === 'forbidden')
      throw new ForbiddenException('POST /scan/now is for administrators (ADMIN_USER_IDS) only');
    if (result.outcome === 'cooldown') {
      response.setHeader('Retry-After', String(result.retryAfterS));
      throw new HttpException(
        `scans were triggered less than the cooldown ago; try again in ${result.retryAfterS} s`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const { outcome: _outcome, ...accepted } = result;
    return accepted;
  }

  @Get('scheduler/status')
  @ApiOperation({
    summary:
      "Scheduler leader, last and next run per cron, the caller's active scans and totals (everyone's, with queue depths, for administrators)",
  })
  get(@UserId() userId: string) {
    return this.status.execute(userId);
  }
}
