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
