// One error shape for every answer of the API: {status_code, error, message} (plus `details` for
// readiness). Only messages written for users are shown; anything unexpected is a plain 500.
import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import { scrubCredentials } from '@deployguard/git';
import {
  DEPENDENCY_RETRY_AFTER_S,
  DependencyUnavailableError,
  JobsError,
  type Dependency,
  type JobsErrorKind,
} from '@deployguard/jobs';
import { BrokerUnavailableError } from '@deployguard/messaging';
import { IllegalTransitionError, isDatabaseUnavailable } from '@deployguard/persistence';
import { StorageError } from '@deployguard/storage';

export interface ErrorBody {
  status_code: number;
  error: string;
  message: string;
  details?: unknown;
}

const STATUS_OF: Record<JobsErrorKind, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  too_many: 429,
};

// body-parser errors (express.json) carry a type and a status
const BODY_ERRORS: Record<string, [number, string]> = {
  'entity.too.large': [413, 'the request body is too large'],
  'entity.parse.failed': [400, 'the request body is not valid JSON'],
  'encoding.unsupported': [415, 'the request body encoding is not supported'],
  'charset.unsupported': [415, 'the request body charset is not supported'],
  'request.aborted': [400, 'the request was aborted'],
  'request.size.invalid': [400, 'the request body size does not match Content-Length'],
};

export function errorBody(status: number, message: string, details?: unknown): ErrorBody {
  const body: ErrorBody = {
    status_code: status,
    error: STATUS_CODES[status] ?? 'Error',
    message: scrubCredentials(message),
  };
  if (details !== undefined) body.details = details;
  return body;
}

function messageOf(response: unknown, fallback: string): string {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown } | null)?.message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  if (typeof message === 'string') return message;
  return fallback;
}

// null: not an error meant for the client (the caller logs it and answers 500).
export function toErrorBody(error: unknown, limitBytes: number): ErrorBody | null {
  if (error instanceof HttpException) {
    const response = error.getResponse();
    const details = (response as { details?: unknown } | null)?.details;
    return errorBody(error.getStatus(), messageOf(response, error.message), details);
  }
  if (error instanceof JobsError) return errorBody(STATUS_OF[error.kind], error.message);
  if (error instanceof IllegalTransitionError) return errorBody(409, `job ${error.jobId} is ${error.from}`);
  const dependency = unavailableDependency(error);
  if (dependency && !(error instanceof JobsError))
    return errorBody(503, `${DEPENDENCY_NAMES[dependency]} unavailable; try again later`);
  const type = (error as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && BODY_ERRORS[type]) {
    const [status, message] = BODY_ERRORS[type];
    return errorBody(
      status,
      status === 413 ? `${message}; the limit is ${Math.round(limitBytes / 1024)} kb` : message,
    );
  }
  return null;
}

const DEPENDENCY_NAMES: Record<Dependency, string> = {
  database: 'database',
  broker: 'message broker',
  storage: 'object storage',
};

/**
 * The dependency whose outage `error` reports (the answer is a 503 and the outage is logged once,
 * not as a failed request), or null. A storage error that retrying cannot fix counts too: the
 * operator has to act, the request was not wrong.
 */
export function unavailableDependency(error: unknown): Dependency | null {
  if (error instanceof DependencyUnavailableError) return error.dependency;
  if (error instanceof BrokerUnavailableError) return 'broker';
  if (error instanceof StorageError) return 'storage';
  if (isDatabaseUnavailable(error)) return 'database';
  return null;
}

// Seconds for the Retry-After header of an error answer, or null when the error names none.
export function retryAfterOf(error: unknown): number | null {
  if (error instanceof JobsError) return error.retryAfterS;
  if (error instanceof StorageError) return error.permanent ? null : DEPENDENCY_RETRY_AFTER_S;
  return unavailableDependency(error) ? DEPENDENCY_RETRY_AFTER_S : null;
}
