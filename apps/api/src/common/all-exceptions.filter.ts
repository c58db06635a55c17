import { ArgumentsHost, Catch, ExceptionFilter, Inject } from '@nestjs/common';
import { scrubCredentials } from '@deployguard/git';
import type { HttpResponse as Response } from './http.types';
import type { Logger } from 'pino';
import { API_LOGGER } from '../api.tokens';
import { ApiOutageLog } from '../health/api-outage-log';
import { BODY_LIMIT_BYTES } from './body-parser.middleware';
import { errorBody, retryAfterOf, toErrorBody, unavailableDependency } from './http-error.util';

// Every error answer: the one error shape, Retry-After where waiting helps. A dependency's outage
// is reported to the outage log (one warn line per outage); a 503 is an expected answer (readiness,
// a refused request) and logs nothing more; any other 5xx is a bug and logs its stack.
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(
    @Inject(API_LOGGER) private readonly logger: Logger,
    @Inject(ApiOutageLog) private readonly outages: Pick<ApiOutageLog, 'down'>,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    // an object, not necessarily `instanceof Error` (socket errors come from Node's own realm)
    const e = (typeof error === 'object' && error !== null ? error : new Error(String(error))) as Error;
    let body = toErrorBody(error, BODY_LIMIT_BYTES);
    const dependency = unavailableDependency(error);
    if (dependency) {
      const detail = (error as { detail?: unknown }).detail;
      this.outages.down(
        dependency,
        scrubCredentials(typeof detail === 'string' ? detail : String(e.message)),
      );
    } else if (!body || (body.status_code >= 500 && body.status_code !== 503)) {
      this.logger.error(
        {
          err: {
            name: e.name,
            message: scrubCredentials(String(e.message)),
            stack: scrubCredentials(e.stack ?? ''),
          },
        },
        'request failed',
      );
    }
    body ??= errorBody(500, 'internal server error');
    // a streamed answer that failed half-way cannot get a JSON body any more
    if (response.headersSent) return void response.destroy();
    const retryAfterS = retryAfterOf(error);
    if (retryAfterS !== null) response.setHeader('Retry-After', String(retryAfterS));
    response.status(body.status_code).json(body);
  }
}
