// The credential service of SPEC §5: GET {AUTH_SERVICE_URL}/api/credentials/{id} with the user's
// X-User-ID. Credentials live in memory for one task only; a response body is never quoted in an
// error, since it may hold the very secret we are protecting.
import type { GitCredentials } from '@deployguard/git';
import { PermanentTaskError } from './task.errors';

export interface AuthServiceClientOptions {
  baseUrl: string;
  timeoutMs?: number;
}

const CREDENTIALS_ID = /^[A-Za-z0-9._:-]{1,200}$/;
const MAX_BODY_BYTES = 64 * 1024;

export class AuthServiceClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(options: AuthServiceClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  // Throws PermanentTaskError when retrying cannot help (unknown id, refused, malformed answer);
  // a plain Error (retried) when the service is unreachable or failing.
  async fetchCredentials(
    userId: string,
    credentialsId: string,
    signal?: AbortSignal,
  ): Promise<GitCredentials> {
    if (!CREDENTIALS_ID.test(credentialsId)) {
      throw new PermanentTaskError(
        'credentials id is malformed: expected letters, digits, ".", "_", ":" or "-"',
      );
    }
    const url = `${this.baseUrl}/api/credentials/${encodeURIComponent(credentialsId)}`;
    const timeout = AbortSignal.timeout(this.timeoutMs);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { 'X-User-ID': userId, Accept: 'application/json' },
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        redirect: 'error',
      });
    } catch {
      // retried: the service may be restarting
      const reason = timeout.aborted ? `no answer within ${this.timeoutMs} ms` : 'connection failed';
      throw new Error(`credential service unavailable (${reason})`);
    }
    if ([401, 403, 404].includes(response.status)) {
      await response.body?.cancel().catch(() => undefined);
      throw new PermanentTaskError(
        `credentials "${credentialsId}" are not available to this user (credential service answered ${response.status})`,
      );
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new Error(`credential service failed (HTTP ${response.status})`);
    }
    const text = await response.text();
    if (text.length > MAX_BODY_BYTES) throw new PermanentTaskError('credential service answer is too large');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new PermanentTaskError('credential service answer is not JSON');
    }
    return toCredentials(body);
  }
}

function toCredentials(body: unknown): GitCredentials {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
  const username = str(b.username);
  const password = str(b.password) ?? str(b.token);
  if (!password) {
    throw new PermanentTaskError(
      'credential service answer has no password or token: expected {username?, password|token}',
    );
  }
  return username ? { username, password } : { password };
}
