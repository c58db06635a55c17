// Webhook deliveries of the caller (SPEC §8): all of them, or those of one job.
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListWebhookDeliveries } from '@deployguard/jobs';
import { UserId } from '../common/user-id.guard';
import { uuidParam } from '../common/uuid-param.pipe';
import { DeliveryStatusQueryDto, ListDeliveriesQueryDto } from './dto/delivery-queries.dto';
import { WebhookDeliveryPageSchema } from './dto/delivery-views.dto';

const JobId = uuidParam('job');

@ApiTags('webhooks')
@ApiHeader({ name: 'X-User-ID', required: true, description: 'set by the gateway' })
@Controller()
export class WebhooksController {
  constructor(@Inject(ListWebhookDeliveries) private readonly listDeliveries: ListWebhookDeliveries) {}

  @Get('webhooks/deliveries')
  @ApiOkResponse({ type: WebhookDeliveryPageSchema })
  @ApiOperation({
    summary: "The caller's webhook deliveries, newest first; filter by job, repository, status",
  })
  list(@UserId() userId: string, @Query() query: ListDeliveriesQueryDto) {
    return this.listDeliveries.execute({
      userId,
      jobId: query.job_id,
      repositoryId: query.repository_id,
      status: query.status,
      page: query.page,
      pageSize: query.page_size,
    });
  }

  @Get('jobs/:id/webhooks')
  @ApiOkResponse({ type: WebhookDeliveryPageSchema })
  @ApiOperation({ summary: 'Webhook deliveries of one job' })
  forJob(
    @UserId() userId: string,
    @Param('id', JobId) jobId: string,
    @Query() query: DeliveryStatusQueryDto,
  ) {
    return this.listDeliveries.execute({
      userId,
      jobId,
      status: query.status,
      page: query.page,
      pageSize: query.page_size,
    });
  }
}
