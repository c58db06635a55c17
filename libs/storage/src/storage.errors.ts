// What a failed storage request means for the caller. Users see `message` (names the storage and
// what they can do, never a host, port or key); `detail` (the client's own text) is for the logs.
// Transient failures (storage unreachable, overloaded) are worth retrying; permanent ones (bucket
// missing, access refused, an operation the server does not implement) are not.
import { S3Error } from 'minio';
import { UNREACHABLE_SOCKET_CODES } from '@deployguard/logging';

export class StorageError extends Error {
  override readonly name: string = 'StorageError';
  constructor(
    message: string,
    readonly permanent: boolean,
    // the S3 error code or the socket error code, e.g. NoSuchBucket, ECONNREFUSED
    readonly code: string,
    readonly detail: string,
  ) {
    super(message);
  }
}

export class StorageUnavailableError extends StorageError {
  override readonly name = 'StorageUnavailableError';
  constructor(code: string, detail: string) {
    super('storage unavailable; retry later', false, code, detail);
  }
}

export class StorageRejectedError extends StorageError {
  override readonly name = 'StorageRejectedError';
  constructor(code: string, detail: string) {
    super(
      `storage refused the request (${code}); retrying will not help: ask the operator to check the storage configuration`,
      true,
      code,
      detail,
    );
  }
}

// S3 error codes that say "later", not "never".
const TRANSIENT_S3_CODES = new Set([
  'InternalError',
  'ServiceUnavailable',
  'SlowDown',
  'RequestTimeout',
  'OperationAborted',
  'XMinioServerNotInitialized',
]);
// Absent objects are answers, not failures: callers handle them (exists(), a missing bundle).
const NOT_FOUND_CODES = new Set(['NotFound', 'NoSuchKey']);

/**
 * The StorageError that `error` (thrown by the S3 client) stands for, or `error` itself when it is
 * not a storage failure (a local file error, a missing object, a bug).
 */
export function toStorageError(error: unknown): unknown {
  // not `instanceof Error`: socket errors come from Node's own realm, which differs from the
  // caller's under a test runner's module sandbox
  if (error instanceof StorageError || typeof error !== 'object' || error === null) return error;
  const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown } };
  const code = typeof e.code === 'string' ? e.code : typeof e.cause?.code === 'string' ? e.cause.code : '';
  const detail = String(e.message ?? '').slice(0, 500);
  if (UNREACHABLE_SOCKET_CODES.has(code) || /socket hang up|other side closed/i.test(detail))
    return new StorageUnavailableError(code || 'ECONNRESET', detail);
  // the server answered with an error document (code) or a bare HTTP status (minio maps 503 to SlowDown)
  if (!(error instanceof S3Error) || NOT_FOUND_CODES.has(code)) return error;
  if (TRANSIENT_S3_CODES.has(code)) return new StorageUnavailableError(code, detail);
  return new StorageRejectedError(code || 'unknown', detail);
}
