// Per-user request rate limits (RATE_LIMIT_PER_MINUTE for state-changing requests,
// RATE_LIMIT_READS_PER_MINUTE for reads) with @nestjs/throttler, counted in PostgreSQL so that
// every API replica shares one budget per user. Health, readiness and metrics (@Public()) are
// never limited.
import { createHash } from 'node:crypto';
import { ExecutionContext, HttpException, HttpStatus, Injectable, type Provider } from '@nestjs/common';
import {
  getOptionsToken,
  getStorageToken,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '@deployguard/config';
import { RateLimitRepository } from '@deployguard/persistence';
import type { Logger } from 'pino';
import { API_LOGGER } from '../api.tokens';
import type { HttpRequest, HttpResponse } from './http.types';
import { IS_PUBLIC } from './public.decorator';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const WINDOW_MS = 60_000;
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// at most one warning per this many ms while the counter store fails (one per request would flood)
const WARN_EVERY_MS = 10_000;

const isRead = (context: ExecutionContext): boolean =>
  READ_METHODS.has(context.switchToHttp().getRequest<HttpRequest>().method);

/**
 * The two named throttlers (`write`, `read`), each over a fixed 60 s window; a limit of 0 turns
 * its throttler off.
 */
export function throttlerOptions(config: Pick<AppConfig, 'limits'>): ThrottlerModuleOptions {
  const { writesPerMinute, readsPerMinute } = config.limits;
  return {
    throttlers: [
      {
        name: 'write',
        ttl: WINDOW_MS,
        limit: writesPerMinute,
        skipIf: (c) => writesPerMinute === 0 || isRead(c),
      },
      {
        name: 'read',
        ttl: WINDOW_MS,
        limit: readsPerMinute,
        skipIf: (c) => readsPerMinute === 0 || !isRead(c),
      },
    ],
  };
}

/**
 * ThrottlerStorage over the rate_limit_counters table (a fixed window per key; `blockDuration`
 * is the window's end). When the database cannot be reached the request is let through with a
 * warning (fail open): the limiter protects capacity, it is not an access control, and a request
 * that needs the database fails on its own with its own error — refusing every request,
 * health-independent reads included, because a counter is unavailable would turn a database blip
 * into a full outage of the API.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  private lastWarnAt = 0;

  constructor(
    private readonly counters: Pick<RateLimitRepository, 'hit'>,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    try {
      const { hits, msLeft } = await this.counters.hit(key, ttl);
      const seconds = Math.ceil(msLeft / 1000);
      return { totalHits: hits, timeToExpire: seconds, isBlocked: hits > limit, timeToBlockExpire: seconds };
    } catch (error) {
      const now = Date.now();
      if (now - this.lastWarnAt >= WARN_EVERY_MS) {
        this.lastWarnAt = now;
        const reason = error instanceof Error ? error.name : 'error';
        this.logger.warn({ err: { name: reason } }, 'rate limit store unavailable; request not limited');
      }
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }
}

/** ThrottlerGuard keyed by the caller's X-User-ID (set by UserIdGuard, which runs first). */
@Injectable()
export class UserThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return (
      this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]) ??
      false
    );
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as unknown as HttpRequest;
    return request.userId ? `user:${request.userId}` : `ip:${request.ip ?? ''}`;
  }

  // one budget per user over all routes (the default key is per route); hashed to a fixed length
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${createHash('sha256').update(tracker).digest('hex')}`;
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const kind = isRead(context) ? 'read' : 'state-changing';
    const retryAfterS = Math.max(1, detail.timeToBlockExpire);
    context.switchToHttp().getResponse<HttpResponse>().setHeader('Retry-After', String(retryAfterS));
    throw new HttpException(
      `too many ${kind} requests: the limit is ${detail.limit} per minute for each user; try again in ${retryAfterS} s`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/** The providers UserThrottlerGuard needs: its options and the PostgreSQL storage. */
export const rateLimitProviders: Provider[] = [
  { provide: getOptionsToken(), inject: [APP_CONFIG], useFactory: throttlerOptions },
  {
    provide: getStorageToken(),
    inject: [RateLimitRepository, API_LOGGER],
    useFactory: (counters: RateLimitRepository, logger: Logger) =>
      new PostgresThrottlerStorage(counters, logger.child({ component: 'rate-limit' })),
  },
];
