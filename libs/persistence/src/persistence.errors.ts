import { UNREACHABLE_SOCKET_CODES } from '@deployguard/logging';
import type { JobStatus } from './job-status';

export class JobNotFoundError extends Error {
  constructor(readonly jobId: string) {
    super(`job ${jobId} not found`);
    this.name = 'JobNotFoundError';
  }
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly jobId: string,
    readonly from: JobStatus,
    readonly to: JobStatus,
  ) {
    super(`job ${jobId} cannot go from ${from} to ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

// Thrown before the database sees a URL that still carries a user name, password or token.
export class UnscrubbedUrlError extends Error {
  constructor(readonly field: string) {
    super(`${field} must not contain credentials; scrub the URL and pass a credentials id instead`);
    this.name = 'UnscrubbedUrlError';
  }
}

export type QuotaResource = 'active_jobs' | 'repositories';

// A user already holds `limit` of a capped resource (MAX_ACTIVE_JOBS_PER_USER,
// MAX_REPOSITORIES_PER_USER); nothing was written.
export class QuotaExceededError extends Error {
  constructor(
    readonly resource: QuotaResource,
    readonly limit: number,
  ) {
    super(`quota of ${limit} ${resource} reached`);
    this.name = 'QuotaExceededError';
  }
}

// Socket and server states that mean "the database cannot be reached now", not "this query is
// wrong": SQLSTATE class 08 (connection exception), shutdown and start-up states, no free slots.
const UNREACHABLE_CODES = new Set([
  ...UNREACHABLE_SOCKET_CODES,
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
]);
const UNREACHABLE_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|server closed the connection unexpectedly/i;

/**
 * True when `error` (from TypeORM or the pg driver, possibly wrapped) says the database is
 * unreachable: callers answer "try again later" (HTTP 503) instead of treating it as a bug.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  // not `instanceof Error`: socket errors come from Node's own realm, which differs from the
  // caller's under a test runner's module sandbox
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (UNREACHABLE_CODES.has(code) || code.startsWith('08') || UNREACHABLE_MESSAGES.test(message)) return true;
  const inner = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((i) => isDatabaseUnavailable(i, depth + 1));
}
