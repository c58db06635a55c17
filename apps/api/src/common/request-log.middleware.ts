// One structured log line and one duration observation per request. Paths are scrubbed; bodies,
// headers and query values are never logged.
import { scrubCredentials } from '@deployguard/git';
import type { Logger } from 'pino';
import type { HttpErrorRate } from '../health/http-error-rate';
import type { ApiMetrics } from '../metrics/api-metrics';
import type { HttpRequest as Request, HttpResponse as Response, NextFunction } from './http.types';

// probes and scrapes are not traffic: a failing readiness probe must not keep the API degraded
const NOT_TRAFFIC = /\/(health|metrics)(\/|$)/;

export function requestLogMiddleware(
  logger: Logger,
  metrics: ApiMetrics,
  errorRate?: Pick<HttpErrorRate, 'record'>,
) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // the route pattern, not the raw path: ids would explode the label cardinality
      const route = req.route?.path ? `${req.baseUrl}${req.route.path}` : 'unmatched';
      metrics.observeRequest(req.method, route, res.statusCode, seconds);
      if (errorRate && !NOT_TRAFFIC.test(route)) errorRate.record(res.statusCode);
      const line = {
        method: req.method,
        path: scrubCredentials(req.path),
        route,
        status: res.statusCode,
        duration_ms: Math.round(seconds * 1000),
        user_id: req.userId,
      };
      // a 503 is an expected answer while a dependency is down (its outage is logged once)
      if (res.statusCode >= 500 && res.statusCode !== 503) logger.error(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}
