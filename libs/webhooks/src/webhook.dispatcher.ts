// Sends due deliveries. Runs in every worker process: claimDue() takes rows with FOR UPDATE SKIP
// LOCKED and moves their next_attempt_at a lease ahead, so several dispatchers never send the same
// attempt twice, and a dispatcher that dies mid-attempt leaves the row to be retried after the
// lease. Outcomes (SPEC §8): 2xx succeeded; 5xx, 408, 429, timeouts and connection errors retried
// on the backoff schedule; any other answer (3xx, 4xx) and a refused URL fail at once. While the
// database is down the polls back off (doubling up to maxBackoffMs) and the outage logs once.
import type { AppConfig } from '@deployguard/config';
import { remoteUrlPolicy, scrubCredentials } from '@deployguard/git';
import { OutageLog } from '@deployguard/logging';
import {
  isDatabaseUnavailable,
  type AttemptOutcome,
  type WebhookDeliveryEntity,
  type WebhookDeliveryRepository,
} from '@deployguard/persistence';
import { postWebhook, type PostResult } from './webhook-http.client';
import { webhookDeliveriesCounter, type DeliveryOutcome } from './webhook.metrics';
import { signWebhookHeaders } from './webhook-signature';
import { displayWebhookUrl } from './webhook-url.policy';
import { silentWebhookLogger, type WebhookLogger } from './webhook.types';

export interface WebhookDispatcherOptions {
  // pause between polls when nothing was due
  readonly pollIntervalMs?: number;
  readonly batchSize?: number;
  // how long a claimed delivery stays invisible to other dispatchers
  readonly leaseMs?: number;
  // after failed polls (database down) the pause doubles from pollIntervalMs up to this
  readonly maxBackoffMs?: number;
}

export interface WebhookDispatcherDeps {
  readonly deliveries: Pick<WebhookDeliveryRepository, 'claimDue' | 'recordAttempt'>;
  readonly config: Pick<AppConfig, 'webhooks' | 'git'>;
  readonly logger?: WebhookLogger;
  readonly options?: WebhookDispatcherOptions;
}

export type StatusClass = 'succeeded' | 'retryable' | 'permanent';

// 408 and 429 say "later", not "never": they are retried like a 5xx.
export function classifyStatus(statusCode: number): StatusClass {
  if (statusCode >= 200 && statusCode < 300) return 'succeeded';
  if (statusCode >= 500 || statusCode === 408 || statusCode === 429) return 'retryable';
  return 'permanent';
}

// Seconds to wait after attempt number `attemptsMade` (1-based), or null when it was the last:
// a schedule of n delays allows n + 1 attempts.
export function retryDelayS(attemptsMade: number, backoffS: readonly number[]): number | null {
  return attemptsMade <= backoffS.length ? backoffS[attemptsMade - 1] : null;
}

// jsonb does not keep key order; receivers get the documented order back.
const PAYLOAD_KEYS = ['id', 'event', 'created_at', 'job', 'repository_id', 'data'];
function serialise(payload: Record<string, unknown>): string {
  const ordered: Record<string, unknown> = {};
  for (const key of PAYLOAD_KEYS) if (key in payload) ordered[key] = payload[key];
  for (const key of Object.keys(payload)) if (!(key in ordered)) ordered[key] = payload[key];
  return JSON.stringify(ordered);
}

export class WebhookDispatcher {
  private readonly logger: WebhookLogger;
  private readonly counter = webhookDeliveriesCounter();
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly maxBackoffMs: number;
  private readonly outages: OutageLog;
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<unknown> = Promise.resolve();
  private running = false;
  private failedPolls = 0;

  constructor(private readonly deps: WebhookDispatcherDeps) {
    this.logger = deps.logger ?? silentWebhookLogger;
    const { timeoutMs } = deps.config.webhooks;
    this.pollIntervalMs = deps.options?.pollIntervalMs ?? 1000;
    this.batchSize = deps.options?.batchSize ?? 10;
    // longer than an attempt can last (timeout plus DNS and bookkeeping)
    this.leaseMs = deps.options?.leaseMs ?? timeoutMs + 30_000;
    this.maxBackoffMs = deps.options?.maxBackoffMs ?? 30_000;
    this.outages = new OutageLog(this.logger);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  // Stops polling and waits for the attempts in flight to be recorded.
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.current;
  }

  // Claims one batch of due deliveries and attempts each; resolves with how many were attempted.
  async runOnce(now: Date | null = null): Promise<number> {
    const due = await this.deps.deliveries.claimDue(now, this.batchSize, this.leaseMs);
    await Promise.all(due.map((delivery) => this.attempt(delivery)));
    return due.length;
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      const tick = this.runOnce().then(
        (count) => {
          this.failedPolls = 0;
          this.outages.up('database');
          // a full batch suggests more are due: go on at once
          return count >= this.batchSize ? 0 : this.pollIntervalMs;
        },
        (err: unknown) => {
          this.failedPolls++;
          const error = scrubCredentials((err as Error)?.message ?? String(err));
          // the database being down is an outage (one line each way), anything else a bug
          if (isDatabaseUnavailable(err)) this.outages.down('database', error);
          else this.logger.error({ error }, 'webhook dispatch failed');
          return Math.min(this.pollIntervalMs * 2 ** this.failedPolls, this.maxBackoffMs);
        },
      );
      this.current = tick;
      void tick.then((pauseMs) => this.schedule(pauseMs));
    }, delayMs);
    this.timer.unref();
  }

  private async attempt(delivery: WebhookDeliveryEntity): Promise<DeliveryOutcome> {
    const { webhooks } = this.deps.config;
    const attemptNumber = delivery.attempts + 1;
    const body = serialise(delivery.payload);
    const headers = signWebhookHeaders({
      rawBody: body,
      secret: webhooks.signingSecret,
      event: delivery.event,
      deliveryId: delivery.id,
    });
    const result = await postWebhook(delivery.url, body, headers, {
      timeoutMs: webhooks.timeoutMs,
      policy: remoteUrlPolicy(this.deps.config),
    });
    const outcome = this.outcomeOf(result, attemptNumber);
    const fields = {
      delivery_id: delivery.id,
      job_id: delivery.jobId,
      event: delivery.event,
      url: displayWebhookUrl(delivery.url),
      attempt: attemptNumber,
      status_code: result.kind === 'response' ? result.statusCode : null,
      error: result.kind === 'error' ? result.error : undefined,
    };
    try {
      await this.deps.deliveries.recordAttempt(delivery.id, outcome);
    } catch (err) {
      // the lease runs out and the attempt is made again: at least once, never lost
      this.logger.error({ ...fields, record_error: (err as Error).message }, 'webhook attempt not recorded');
      return 'failed';
    }
    const counted: DeliveryOutcome = outcome.result === 'retry' ? 'retried' : outcome.result;
    this.counter.inc({ event: delivery.event, outcome: counted });
    if (counted === 'succeeded') this.logger.info(fields, 'webhook delivered');
    else if (counted === 'retried') this.logger.warn(fields, 'webhook attempt failed; will retry');
    else this.logger.warn(fields, 'webhook delivery failed');
    return counted;
  }

  private outcomeOf(result: PostResult, attemptNumber: number): AttemptOutcome {
    let error: string | null;
    let statusCode: number | null = null;
    if (result.kind === 'response') {
      statusCode = result.statusCode;
      const cls = classifyStatus(result.statusCode);
      if (cls === 'succeeded') return { result: 'succeeded', statusCode };
      error = `HTTP ${result.statusCode}${cls === 'permanent' ? ' (not retried)' : ''}`;
      if (cls === 'permanent') return { result: 'failed', statusCode, error };
    } else {
      error = result.error;
      if (!result.retryable) return { result: 'failed', error };
    }
    const delayS = retryDelayS(attemptNumber, this.deps.config.webhooks.backoffS);
    if (delayS === null)
      return { result: 'failed', statusCode, error: `${error}; gave up after ${attemptNumber} attempts` };
    return { result: 'retry', statusCode, error, nextAttemptAt: new Date(Date.now() + delayS * 1000) };
  }
}
