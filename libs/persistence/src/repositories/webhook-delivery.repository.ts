// Webhook deliveries: one row per event, updated after each attempt. Senders claim due rows
// with SKIP LOCKED so several workers never deliver the same attempt twice.
import type { EntityManager } from 'typeorm';
import {
  WebhookDeliveryEntity,
  type WebhookDeliveryStatus,
  type WebhookEvent,
} from '../entities/webhook-delivery.entity';
import {
  assertScrubbedUrl,
  isUuid,
  normalizePage,
  queryRows,
  toEntity,
  truncate,
  type Page,
  type PageRequest,
} from './repository.util';

export interface NewWebhookDelivery {
  // chosen by the caller so the payload can carry it (receivers deduplicate on it)
  readonly id?: string;
  readonly userId: string;
  readonly jobId?: string | null;
  readonly repositoryId?: string | null;
  readonly url: string;
  readonly event: WebhookEvent;
  readonly payload: Record<string, unknown>;
  readonly nextAttemptAt?: Date;
}

// succeeded: 2xx; failed: 4xx or the last attempt; retry: 5xx or timeout with attempts left.
export type AttemptOutcome =
  | { readonly result: 'succeeded'; readonly statusCode: number }
  | { readonly result: 'failed'; readonly statusCode?: number | null; readonly error?: string | null }
  | {
      readonly result: 'retry';
      readonly statusCode?: number | null;
      readonly error?: string | null;
      readonly nextAttemptAt: Date;
    };

export interface DeliveryListQuery extends PageRequest {
  readonly jobId?: string;
  readonly repositoryId?: string;
  readonly status?: WebhookDeliveryStatus;
}

export class WebhookDeliveryRepository {
  constructor(private readonly manager: EntityManager) {}

  async create(input: NewWebhookDelivery): Promise<WebhookDeliveryEntity> {
    assertScrubbedUrl('webhook_url', input.url);
    const [row] = await queryRows(
      this.manager,
      `INSERT INTO webhook_deliveries (id, user_id, job_id, repository_id, url, event, payload, next_attempt_at)
       VALUES (coalesce($8::uuid, gen_random_uuid()), $1, $2, $3, $4, $5, $6::jsonb, coalesce($7, now())) RETURNING *`,
      [
        input.userId,
        input.jobId ?? null,
        input.repositoryId ?? null,
        input.url,
        input.event,
        JSON.stringify(input.payload),
        input.nextAttemptAt ?? null,
        input.id ?? null,
      ],
    );
    return toEntity(this.manager, WebhookDeliveryEntity, row);
  }

  // Takes up to `limit` due deliveries and pushes their next_attempt_at `leaseMs` ahead, so a
  // sender that dies mid-attempt leaves them to be retried after the lease. Without `now`, "due"
  // is judged by the database clock, the same clock that stamped new deliveries: a process clock
  // a few milliseconds behind would leave a just-created delivery for the next round.
  async claimDue(now: Date | null, limit: number, leaseMs: number): Promise<WebhookDeliveryEntity[]> {
    const rows = await queryRows(
      this.manager,
      `WITH t AS (SELECT coalesce($1::timestamptz, clock_timestamp()) AS now)
       UPDATE webhook_deliveries SET next_attempt_at = (SELECT now FROM t) + make_interval(secs => $3::double precision / 1000)
        WHERE id IN (SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= (SELECT now FROM t)
                     ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING *`,
      [now, limit, leaseMs],
    );
    return rows.map((r) => toEntity(this.manager, WebhookDeliveryEntity, r));
  }

  async recordAttempt(id: string, outcome: AttemptOutcome): Promise<WebhookDeliveryEntity> {
    const status = outcome.result === 'retry' ? 'pending' : outcome.result;
    const [row] = await queryRows(
      this.manager,
      `UPDATE webhook_deliveries SET attempts = attempts + 1, status = $2::text, last_status_code = $3, last_error = $4,
         next_attempt_at = $5, delivered_at = CASE WHEN $2::text = 'succeeded' THEN now() ELSE delivered_at END
       WHERE id = $1 RETURNING *`,
      [
        id,
        status,
        outcome.statusCode ?? null,
        outcome.result === 'succeeded' ? null : truncate(outcome.error, 1000),
        outcome.result === 'retry' ? outcome.nextAttemptAt : null,
      ],
    );
    if (!row) throw new Error(`webhook delivery ${id} not found`);
    return toEntity(this.manager, WebhookDeliveryEntity, row);
  }

  async listForUser(userId: string, query: DeliveryListQuery = {}): Promise<Page<WebhookDeliveryEntity>> {
    const { page, pageSize, offset } = normalizePage(query);
    if ((query.jobId && !isUuid(query.jobId)) || (query.repositoryId && !isUuid(query.repositoryId)))
      return { items: [], total: 0, page, pageSize };
    const [items, total] = await this.manager.findAndCount(WebhookDeliveryEntity, {
      where: {
        userId,
        ...(query.jobId ? { jobId: query.jobId } : {}),
        ...(query.repositoryId ? { repositoryId: query.repositoryId } : {}),
        ...(query.status ? { status: query.status } : {}),
      },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: pageSize,
    });
    return { items, total, page, pageSize };
  }

  async findById(id: string): Promise<WebhookDeliveryEntity | null> {
    return isUuid(id) ? this.manager.findOneBy(WebhookDeliveryEntity, { id }) : null;
  }
}
