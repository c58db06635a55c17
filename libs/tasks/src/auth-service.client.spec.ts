// Against a real local HTTP server standing in for the credential service.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NonRetryableError } from '@deployguard/messaging';
import { AuthServiceClient } from './auth-service.client';

const SECRET = 'tok-Very-Secret-9f8e7d';
let server: Server;
let base: string;
const seen: { url?: string; user?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url, user: req.headers['x-user-id'] as string });
    const answers: Record<string, [number, string]> = {
      '/api/credentials/pw': [200, JSON.stringify({ username: 'bot', password: SECRET })],
      '/api/credentials/tok': [200, JSON.stringify({ token: SECRET })],
      '/api/credentials/empty': [200, JSON.stringify({ username: 'bot' })],
      '/api/credentials/html': [200, `<html>${SECRET}</html>`],
      '/api/credentials/denied': [403, SECRET],
      '/api/credentials/broken': [503, SECRET],
    };
    const [status, body] = answers[req.url ?? ''] ?? [404, 'no'];
    res.writeHead(status).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise((r) => server.close(r)));

const client = () => new AuthServiceClient({ baseUrl: base, timeoutMs: 2000 });
const failure = (id: string) =>
  client()
    .fetchCredentials('user-1', id)
    .then(
      () => null,
      (e: Error) => e,
    );

describe('AuthServiceClient', () => {
  it('sends the user id and reads a password or a token', async () => {
    expect(await client().fetchCredentials('user-1', 'pw')).toEqual({ username: 'bot', password: SECRET });
    expect(await client().fetchCredentials('user-1', 'tok')).toEqual({ password: SECRET });
    expect(seen).toContainEqual({ url: '/api/credentials/pw', user: 'user-1' });
  });

  it('treats 401/403/404 and malformed answers as permanent, without quoting the body', async () => {
    for (const id of ['denied', 'missing', 'empty', 'html']) {
      const err = await failure(id);
      expect(err).toBeInstanceOf(NonRetryableError);
      expect(err!.message).not.toContain(SECRET);
    }
    expect((await failure('denied'))!.message).toMatch(/answered 403/);
  });

  it('retries (plain Error) a failing or unreachable service', async () => {
    const err = await failure('broken');
    expect(err).not.toBeInstanceOf(NonRetryableError);
    expect(err!.message).toBe('credential service failed (HTTP 503)');
    const down = await new AuthServiceClient({ baseUrl: 'http://127.0.0.1:1' })
      .fetchCredentials('u', 'pw')
      .catch((e: Error) => e);
    expect(down).not.toBeInstanceOf(NonRetryableError);
    expect((down as Error).message).toMatch(/unavailable/);
  });

  it('refuses an id that could change the path', async () => {
    expect(await failure('../admin')).toBeInstanceOf(NonRetryableError);
  });
});
