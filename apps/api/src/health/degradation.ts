// Why a ready API is nonetheless degraded: a work queue deeper than QUEUE_DEPTH_DEGRADED, or more
// than ERROR_RATE_DEGRADED_PERCENT of the last minute's answers were 5xx. Degraded keeps readiness
// at 200 (taking pods out of rotation would not drain a queue nor fix a failing dependency).
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@deployguard/config';
import { QueueDepthCache, TASK_KINDS } from '@deployguard/messaging';
import { HttpErrorRate } from './http-error-rate';

// below this many requests in the window a few errors say nothing
export const ERROR_RATE_MIN_REQUESTS = 20;

export interface DegradedReason {
  check: 'queue_depth' | 'error_rate';
  message: string;
  value: number;
  threshold: number;
  queue?: string;
}

@Injectable()
export class Degradation {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(QueueDepthCache) private readonly depths: QueueDepthCache,
    @Inject(HttpErrorRate) private readonly errorRate: HttpErrorRate,
  ) {}

  async reasons(): Promise<DegradedReason[]> {
    const reasons: DegradedReason[] = [];
    const { queueDepthDegraded, errorRateDegradedPercent } = this.config.health;
    // unreadable depths are the broker indicator's business, not a degradation
    const depths = await this.depths.get().catch(() => null);
    for (const kind of depths ? TASK_KINDS : []) {
      const value = depths![kind].messages;
      if (value > queueDepthDegraded)
        reasons.push({
          check: 'queue_depth',
          queue: kind,
          value,
          threshold: queueDepthDegraded,
          message: `${value} ${kind} tasks waiting (more than ${queueDepthDegraded})`,
        });
    }
    const rate = this.errorRate.snapshot();
    if (rate.requests >= ERROR_RATE_MIN_REQUESTS && rate.percent > errorRateDegradedPercent) {
      const value = Math.round(rate.percent * 10) / 10;
      reasons.push({
        check: 'error_rate',
        value,
        threshold: errorRateDegradedPercent,
        message: `${value}% of ${rate.requests} requests answered 5xx in the last ${rate.windowS} s (more than ${errorRateDegradedPercent}%)`,
      });
    }
    return reasons;
  }
}
