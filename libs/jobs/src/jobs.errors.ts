// Errors a use case raises for the caller to translate (HTTP status in the API, exit code in a CLI).
// Messages are shown to users as they are, so they never hold a secret or a credential.
import { QuotaExceededError } from '@deployguard/persistence';

export type JobsErrorKind = 'invalid_input' | 'not_found' | 'conflict' | 'unavailable' | 'too_many';

export class JobsError extends Error {
  override readonly name = 'JobsError';
  constructor(
    readonly kind: JobsErrorKind,
    message: string,
    // ids the caller sent that are wrong (unknown secret ids, …)
    readonly ids: readonly string[] = [],
    // too_many: seconds after which trying again may succeed (HTTP Retry-After); null: waiting
    // alone will not help
    readonly retryAfterS: number | null = null,
  ) {
    super(message);
  }
}

// Another user's job and a job that does not exist look the same: no existence leak.
export const jobNotFound = (jobId: string): JobsError => new JobsError('not_found', `job ${jobId} not found`);

export const invalidInput = (message: string, ids: readonly string[] = []): JobsError =>
  new JobsError('invalid_input', message, ids);

export const conflict = (message: string): JobsError => new JobsError('conflict', message);

// How long a caller refused because a dependency is down is told to wait before trying again.
export const DEPENDENCY_RETRY_AFTER_S = 5;

export type Dependency = 'database' | 'broker' | 'storage';

// A dependency the request needs is down (HTTP 503 with Retry-After); `dependency` names it for
// the outage log.
export class DependencyUnavailableError extends JobsError {
  constructor(
    readonly dependency: Dependency,
    message: string,
    // what the dependency's client said, for the logs only (never shown to the user)
    readonly detail?: string,
  ) {
    super('unavailable', message, [], DEPENDENCY_RETRY_AFTER_S);
  }
}

export const unavailable = (dependency: Dependency, message: string, cause?: unknown): JobsError =>
  new DependencyUnavailableError(dependency, message, cause === undefined ? undefined : describeCause(cause));

// How long a caller at the active-job cap is told to wait: jobs finish in minutes, not seconds.
export const ACTIVE_JOBS_RETRY_AFTER_S = 60;

/**
 * The use cases' answer to a QuotaExceededError of the persistence layer: a `too_many` error
 * (HTTP 429) saying which cap was reached; any other error is returned as it is.
 */
export function quotaFailure(error: unknown): unknown {
  if (!(error instanceof QuotaExceededError)) return error;
  if (error.resource === 'active_jobs') {
    return new JobsError(
      'too_many',
      `you already have ${error.limit} active jobs (awaiting upload, pending, cloning, scanning, cleaning or pushing), ` +
        `the most allowed; wait for one to finish or cancel one`,
      [],
      ACTIVE_JOBS_RETRY_AFTER_S,
    );
  }
  return new JobsError(
    'too_many',
    `you already have ${error.limit} registered repositories, the most allowed; delete one first`,
  );
}

// A StorageError's `detail` is the client's own text; any other error's message is.
function describeCause(cause: unknown): string {
  const c = cause as { detail?: unknown; message?: unknown } | null;
  return String(typeof c?.detail === 'string' ? c.detail : (c?.message ?? cause));
}
