// Response schemas of the webhook routes, for the OpenAPI document only: the answers are built by
// the presenter of @deployguard/webhooks; each class `implements` the view it documents.
import { ApiProperty } from '@nestjs/swagger';
import type { PageView } from '@deployguard/jobs';
import { WEBHOOK_EVENTS, type WebhookDeliveryView } from '@deployguard/webhooks';
import { PageSchema } from '../../jobs/dto/job-views.dto';

export class WebhookDeliveryViewSchema implements WebhookDeliveryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS }) event!: WebhookDeliveryView['event'];
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed'] }) status!: WebhookDeliveryView['status'];
  @ApiProperty({ description: 'without its query string' }) url!: string;
  @ApiProperty({ type: String, nullable: true }) job_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) repository_id!: string | null;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: Number, nullable: true }) last_status_code!: number | null;
  @ApiProperty({ type: String, nullable: true }) last_error!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) next_attempt_at!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) delivered_at!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the body that was sent' })
  payload!: Record<string, unknown>;
}

export class WebhookDeliveryPageSchema extends PageSchema implements PageView<WebhookDeliveryView> {
  @ApiProperty({ type: [WebhookDeliveryViewSchema] }) items!: WebhookDeliveryView[];
}
