// One audit row per state-changing request (POST, PUT, PATCH, DELETE), written before the answer
// leaves, whether the request succeeded or not. Details hold the route and the outcome only, never
// the request body: bodies carry credential ids and URLs.
import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { scrubCredentials } from '@deployguard/git';
import { AuditLogRepository, isDatabaseUnavailable } from '@deployguard/persistence';
import type { HttpResponse as Response } from './http.types';
import type { Logger } from 'pino';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { API_LOGGER } from '../api.tokens';
import { ApiOutageLog } from '../health/api-outage-log';
import { BODY_LIMIT_BYTES } from './body-parser.middleware';
import { toErrorBody } from './http-error.util';
import type { AuthenticatedRequest } from './user-id.guard';

export const AUDIT_ACTION = 'deployguard:audit-action';
export const AUDIT_TARGET_TYPE = 'deployguard:audit-target-type';
export const AUDIT_SUCCESS_BY_HANDLER = 'deployguard:audit-success-by-handler';
// targetType: what the path's {id} (or the created row's id) names; jobs unless said otherwise.
// successByHandler: the use case writes the success row in its own transaction (atomic with what
// it creates); the interceptor then records failed requests only.
export const Audited = (action: string, targetType = 'job', successByHandler = false): MethodDecorator =>
  applyDecorators(
    SetMetadata(AUDIT_ACTION, action),
    SetMetadata(AUDIT_TARGET_TYPE, targetType),
    SetMetadata(AUDIT_SUCCESS_BY_HANDLER, successByHandler),
  );

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(AuditLogRepository) private readonly auditLogs: AuditLogRepository,
    @Inject(API_LOGGER) private readonly logger: Logger,
    @Inject(ApiOutageLog) private readonly outages: ApiOutageLog,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!STATE_CHANGING.has(request.method) || !request.userId) return next.handle();
    const handler = context.getHandler();
    const action =
      this.reflector.get<string>(AUDIT_ACTION, handler) ??
      `${request.method} ${request.route?.path ?? request.path}`;
    const targetType = this.reflector.get<string>(AUDIT_TARGET_TYPE, handler) ?? 'job';
    const successByHandler = this.reflector.get<boolean>(AUDIT_SUCCESS_BY_HANDLER, handler) === true;
    const record = (statusCode: number, targetId: unknown) =>
      this.record(
        request,
        action,
        targetType,
        statusCode,
        typeof targetId === 'string' ? targetId : undefined,
      );
    return next.handle().pipe(
      mergeMap((result) => {
        if (successByHandler) return [result];
        const response = context.switchToHttp().getResponse<Response>();
        // Nest sets the declared (or default) status before the handler runs, and a handler that
        // chooses its own (200 for an idempotent repeat) overrides it: statusCode is the answer
        const statusCode = response.statusCode;
        const targetId = request.params?.id ?? (result as { id?: unknown } | null)?.id;
        return from(record(statusCode, targetId).then(() => result));
      }),
      catchError((error: unknown) => {
        const statusCode = toErrorBody(error, BODY_LIMIT_BYTES)?.status_code ?? 500;
        return from(record(statusCode, request.params?.id)).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }

  private async record(
    request: AuthenticatedRequest,
    action: string,
    targetType: string,
    statusCode: number,
    targetId?: string,
  ) {
    try {
      await this.auditLogs.record({
        userId: request.userId!,
        action,
        targetType,
        // a malformed id in the path is still worth recording, bounded to the column size
        targetId: targetId ? targetId.slice(0, 200) : null,
        ip: request.ip ?? request.socket?.remoteAddress ?? null,
        details: {
          method: request.method,
          route: request.route?.path ?? null,
          status_code: statusCode,
          outcome: statusCode < 400 ? 'success' : 'failure',
        },
      });
    } catch (error) {
      // the request already did its work (or was refused): a lost audit row is logged, not turned
      // into an error; while the database is down that is part of its outage
      if (isDatabaseUnavailable(error))
        this.outages.down('database', scrubCredentials((error as Error).message));
      else this.logger.error({ action, error: (error as Error).message }, 'audit log row not written');
    }
  }
}
