// Builds the JSON body of an event from a job row. Only ids, counts, statuses and scrubbed URLs
// go in: never a secret value (not even a preview), a credentials id or a URL with user-info.
import { scrubCredentials } from '@deployguard/git';
import type { JobEntity } from '@deployguard/persistence';
import type { WebhookEvent, WebhookPayload } from './webhook.types';

export type WebhookJob = Pick<
  JobEntity,
  | 'id'
  | 'userId'
  | 'status'
  | 'sourceUrl'
  | 'findingsCount'
  | 'errorMessage'
  | 'repositoryId'
  | 'webhookUrl'
  | 'targetUrl'
  | 'targetPlatform'
  | 'forcePush'
>;

const API = '/api/v2';

function defaultData(event: WebhookEvent, job: WebhookJob): Record<string, unknown> {
  const links: Record<string, string> = { job: `${API}/jobs/${job.id}` };
  switch (event) {
    case 'secrets.found':
      return {
        links: { ...links, secrets: `${API}/jobs/${job.id}/secrets`, report: `${API}/jobs/${job.id}/report` },
      };
    case 'job.completed':
      return { links: { ...links, report: `${API}/jobs/${job.id}/report` } };
    case 'clean.completed':
      return { links: { ...links, download: `${API}/jobs/${job.id}/download` } };
    case 'push.completed':
      return {
        target_platform: job.targetPlatform,
        target_url: job.targetUrl ? scrubCredentials(job.targetUrl) : null,
        force_push: job.forcePush,
        links,
      };
    case 'job.failed':
      return { links };
  }
}

export function buildWebhookPayload(
  deliveryId: string,
  event: WebhookEvent,
  job: WebhookJob,
  data: Record<string, unknown> = {},
  createdAt: Date = new Date(),
): WebhookPayload {
  const payload: WebhookPayload = {
    id: deliveryId,
    event,
    created_at: createdAt.toISOString(),
    job: {
      id: job.id,
      status: job.status,
      source_url: scrubCredentials(job.sourceUrl),
      findings_count: job.findingsCount,
      ...(job.errorMessage ? { error_message: scrubCredentials(job.errorMessage) } : {}),
    },
    data: { ...defaultData(event, job), ...data },
  };
  if (job.repositoryId) payload.repository_id = job.repositoryId;
  return payload;
}
