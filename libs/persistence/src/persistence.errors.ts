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
