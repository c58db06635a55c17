// One POST of a delivery: a fresh connection (no pooling, so every connection passes the guarded
// DNS lookup), a hard deadline over the whole exchange, redirects never followed (a redirect could
// point inside our network). The answer's body is drained and ignored.
import http from 'node:http';
import https from 'node:https';
import { scrubCredentials, type RemoteUrlPolicy } from '@deployguard/git';
import { guardedLookup, parseWebhookUrl, WebhookUrlError } from './webhook-url.policy';

export type PostResult =
  | { readonly kind: 'response'; readonly statusCode: number }
  | { readonly kind: 'error'; readonly error: string; readonly retryable: boolean };

export interface PostOptions {
  readonly timeoutMs: number;
  readonly policy: RemoteUrlPolicy;
}

export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<PostResult> {
  let target: URL;
  try {
    target = parseWebhookUrl(url, options.policy);
  } catch (err) {
    return Promise.resolve({ kind: 'error', error: (err as Error).message, retryable: false });
  }
  return new Promise<PostResult>((resolve) => {
    let settled = false;
    const settle = (result: PostResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const client = target.protocol === 'https:' ? https : http;
    const req = client.request(
      target,
      {
        method: 'POST',
        agent: false,
        lookup: guardedLookup(options.policy),
        headers: {
          ...headers,
          'Content-Type': 'application/json',
          'Content-Length': String(Buffer.byteLength(body)),
          'User-Agent': 'DeployGuard-Webhooks/2',
        },
      },
      (res) => {
        settle({ kind: 'response', statusCode: res.statusCode ?? 0 });
        res.resume();
        res.once('end', () => req.destroy());
      },
    );
    // Also bounds a receiver that answers but never finishes its body.
    const timer = setTimeout(
      () =>
        req.destroy(
          Object.assign(new Error(`timed out after ${options.timeoutMs} ms`), { code: 'ETIMEDOUT' }),
        ),
      options.timeoutMs,
    );
    req.once('close', () => clearTimeout(timer));
    req.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (err instanceof WebhookUrlError) settle({ kind: 'error', error: err.message, retryable: false });
      else settle({ kind: 'error', error: scrubCredentials(describe(err)), retryable: true });
    });
    req.end(body);
  });
}

function describe(err: NodeJS.ErrnoException): string {
  if (err.code === 'ETIMEDOUT') return err.message;
  return err.code && !err.message.includes(err.code) ? `${err.code}: ${err.message}` : err.message;
}
