// The events a job emits and the JSON a receiver gets (SPEC §8). A payload names the job and what
// happened; it never carries a secret value, a credential or a URL with user-info.
import type { JobStatus, WebhookEvent } from '@deployguard/persistence';

export { WEBHOOK_EVENTS, type WebhookEvent, type WebhookDeliveryStatus } from '@deployguard/persistence';

export interface WebhookJobView {
  id: string;
  status: JobStatus;
  source_url: string;
  findings_count: number;
  error_message?: string;
}

export interface WebhookPayload {
  // the delivery id: the same on every retry, so a receiver can drop duplicates
  id: string;
  event: WebhookEvent;
  created_at: string;
  job: WebhookJobView;
  repository_id?: string;
  data: Record<string, unknown>;
}

// The status a task leaves a job in decides the event; other statuses emit nothing.
export const EVENT_OF_STATUS: Readonly<Partial<Record<JobStatus, WebhookEvent>>> = {
  completed: 'job.completed',
  awaiting_selection: 'secrets.found',
  failed: 'job.failed',
  cleaned: 'clean.completed',
  pushed: 'push.completed',
};

export const SIGNATURE_HEADER = 'X-DeployGuard-Signature';
export const TIMESTAMP_HEADER = 'X-DeployGuard-Timestamp';
export const EVENT_HEADER = 'X-DeployGuard-Event';
export const DELIVERY_HEADER = 'X-DeployGuard-Delivery';

// pino-compatible (fields first), like the tasks' logger.
export interface WebhookLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export const silentWebhookLogger: WebhookLogger = { info() {}, warn() {}, error() {} };
