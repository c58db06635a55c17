// The gateway authenticates users and sets X-User-ID (SPEC §5 Identity and tenancy). Every route
// that is not @Public() needs it; the value scopes every row the request reads or writes.
// Development without a gateway: with PANEL_DEV_IDENTITY (refused in production by the config)
// the review panel names its user in X-Dev-User-ID; otherwise that header is refused, so a browser
// can never choose its user in production.
import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@deployguard/config';
import type { HttpRequest } from './http.types';
import { IS_PUBLIC } from './public.decorator';

export const USER_ID_HEADER = 'x-user-id';
export const DEV_USER_ID_HEADER = 'x-dev-user-id';
// same bound as jobs.user_id; no whitespace or control characters
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const USER_ID = /^[^\s\x00-\x1f\x7f]{1,200}$/u;

export type AuthenticatedRequest = HttpRequest;

@Injectable()
export class UserIdGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const gateway = request.headers[USER_ID_HEADER];
    const dev = request.headers[DEV_USER_ID_HEADER];
    if (dev !== undefined && !this.config.panel.devIdentity) {
      throw new UnauthorizedException(
        'the X-Dev-User-ID header is accepted only in development (PANEL_DEV_IDENTITY=true); the gateway sets X-User-ID',
      );
    }
    const [raw, name] =
      gateway === undefined || gateway === '' ? [dev, 'X-Dev-User-ID'] : [gateway, 'X-User-ID'];
    if (raw === undefined || raw === '') throw new UnauthorizedException('the X-User-ID header is required');
    if (typeof raw !== 'string' || !USER_ID.test(raw)) {
      throw new UnauthorizedException(
        `the ${name} header must be one id of 1 to 200 characters without spaces`,
      );
    }
    request.userId = raw;
    return true;
  }
}

export const UserId = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const userId = context.switchToHttp().getRequest<AuthenticatedRequest>().userId;
  // a route without the guard's check would otherwise run unscoped
  if (!userId) throw new UnauthorizedException('the X-User-ID header is required');
  return userId;
});
