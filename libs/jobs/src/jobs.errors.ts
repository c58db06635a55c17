// Errors a use case raises for the caller to translate (HTTP status in the API, exit code in a CLI).
// Messages are shown to users as they are, so they never hold a secret or a credential.
export type JobsErrorKind = 'invalid_input' | 'not_found' | 'conflict' | 'unavailable';

export class JobsError extends Error {
  override readonly name = 'JobsError';
  constructor(
    readonly kind: JobsErrorKind,
    message: string,
    // ids the caller sent that are wrong (unknown secret ids, …)
    readonly ids: readonly string[] = [],
  ) {
    super(message);
  }
}

// Another user's job and a job that does not exist look the same: no existence leak.
export const jobNotFound = (jobId: string): JobsError => new JobsError('not_found', `job ${jobId} not found`);

export const invalidInput = (message: string, ids: readonly string[] = []): JobsError =>
  new JobsError('invalid_input', message, ids);

export const conflict = (message: string): JobsError => new JobsError('conflict', message);

export const unavailable = (message: string): JobsError => new JobsError('unavailable', message);
