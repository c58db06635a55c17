import { ArgumentsHost, Catch, ExceptionFilter, Inject } from '@nestjs/common';
import { scrubCredentials } from '@deployguard/git';
import type { HttpResponse as Response } from './http.types';
import type { Logger } from 'pino';
import { API_LOGGER } from '../api.tokens';
import { BODY_LIMIT_BYTES } from './body-parser.middleware';
import { errorBody, retryAfterOf, toErrorBody } from './http-error.util';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(@Inject(API_LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    let body = toErrorBody(error, BODY_LIMIT_BYTES);
    if (!body || body.status_code >= 500) {
      const e = error instanceof Error ? error : new Error(String(error));
      this.logger.error(
        {
          err: { name: e.name, message: scrubCredentials(e.message), stack: scrubCredentials(e.stack ?? '') },
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
