import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { loadConfig } from '@deployguard/config';
import type { HttpRequest } from './http.types';
import { UserIdGuard } from './user-id.guard';

function contextOf(headers: Record<string, string>): { context: ExecutionContext; request: HttpRequest } {
  const request = { headers } as unknown as HttpRequest;
  const context = {
    getHandler: () => () => undefined,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

const guard = (devIdentity: boolean) =>
  new UserIdGuard(
    new Reflector(),
    loadConfig({ NODE_ENV: 'development', PANEL_DEV_IDENTITY: String(devIdentity) }),
  );

describe('UserIdGuard', () => {
  it('takes the user from the gateway header', () => {
    const { context, request } = contextOf({ 'x-user-id': 'alice' });
    expect(guard(false).canActivate(context)).toBe(true);
    expect(request.userId).toBe('alice');
  });

  it('takes the panel development user only when PANEL_DEV_IDENTITY is on', () => {
    const on = contextOf({ 'x-dev-user-id': 'dev-bob' });
    expect(guard(true).canActivate(on.context)).toBe(true);
    expect(on.request.userId).toBe('dev-bob');
    const off = contextOf({ 'x-dev-user-id': 'dev-bob' });
    expect(() => guard(false).canActivate(off.context)).toThrow(/accepted only in development/);
    expect(off.request.userId).toBeUndefined();
  });

  it('prefers the gateway over the development header', () => {
    const { context, request } = contextOf({ 'x-user-id': 'alice', 'x-dev-user-id': 'dev-bob' });
    expect(guard(true).canActivate(context)).toBe(true);
    expect(request.userId).toBe('alice');
  });

  it('refuses a malformed development id with a message naming its header', () => {
    const { context } = contextOf({ 'x-dev-user-id': 'two words' });
    expect(() => guard(true).canActivate(context)).toThrow(/X-Dev-User-ID header must be one id/);
  });
});
