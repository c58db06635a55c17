// A delivery as the API shows it (snake_case). The URL loses its query string: it may hold the
// receiver's token, and the owner knows the URL they gave.
import type { WebhookDeliveryEntity } from '@deployguard/persistence';
import { displayWebhookUrl } from './webhook-url.policy';
import type { WebhookDeliveryStatus, WebhookEvent } from './webhook.types';

export interface WebhookDeliveryView {
  id: string;
  event: WebhookEvent;
  status: WebhookDeliveryStatus;
  url: string;
  job_id: string | null;
  repository_id: string | null;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  delivered_at: string | null;
  payload: Record<string, unknown>;
}

const iso = (d: Date | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

export function toWebhookDeliveryView(d: WebhookDeliveryEntity): WebhookDeliveryView {
  return {
    id: d.id,
    event: d.event,
    status: d.status,
    url: displayWebhookUrl(d.url),
    job_id: d.jobId,
    repository_id: d.repositoryId,
    attempts: d.attempts,
    last_status_code: d.lastStatusCode,
    last_error: d.lastError,
    // while pending: when the next attempt is due
    next_attempt_at: d.status === 'pending' ? iso(d.nextAttemptAt) : null,
    created_at: iso(d.createdAt)!,
    delivered_at: iso(d.deliveredAt),
    payload: d.payload,
  };
}
