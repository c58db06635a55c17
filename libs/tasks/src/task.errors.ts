// Errors of the tasks. Every message that leaves a task (log line, error_message, task_results)
// goes through scrubTaskError first, so a credential or secret value can never be part of it.
import { scrubCredentials } from '@deployguard/git';
import { NonRetryableError } from '@deployguard/messaging';
import { isDatabaseUnavailable } from '@deployguard/persistence';
import { StorageError } from '@deployguard/storage';

// The API publishes inside its transaction: the consumer may see the message before the commit.
export class JobNotVisibleError extends Error {
  override readonly name = 'JobNotVisibleError';
  constructor(jobId: string) {
    super(`job ${jobId} not found yet; retrying`);
  }
}

// The user asked to cancel; the task stopped at a checkpoint.
export class TaskCancelledError extends Error {
  override readonly name = 'TaskCancelledError';
  constructor(jobId: string) {
    super(`job ${jobId} was cancelled`);
  }
}

// A permanent failure described for the user (bad credentials, repository not found, …).
export class PermanentTaskError extends NonRetryableError {}

const MAX_MESSAGE = 1000;

export function scrubTaskError(error: unknown, secrets: Iterable<string> = []): string {
  const text = error instanceof Error ? error.message : String(error);
  return scrubCredentials(text, [...secrets]).slice(0, MAX_MESSAGE);
}

export interface TaskFailure {
  // for the user (task_results, the job's error_message): names the failing component and what to
  // do, never an internal address, a stack or a credential
  readonly message: string;
  readonly permanent: boolean;
  // for the logs only (scrubbed): what the failing component said
  readonly detail?: string;
}

/**
 * How a task's error is reported: the service's own dependencies (storage, database) are named
 * with what the user can do, their details kept for the logs; any other error is shown scrubbed.
 */
export function describeTaskFailure(error: unknown, secrets: Iterable<string> = []): TaskFailure {
  if (error instanceof StorageError)
    return {
      message: error.message,
      permanent: error.permanent,
      detail: scrubTaskError(`${error.code}: ${error.detail}`, secrets),
    };
  if (isDatabaseUnavailable(error))
    return {
      message: 'database unavailable; retry later',
      permanent: false,
      detail: scrubTaskError(error, secrets),
    };
  return { message: scrubTaskError(error, secrets), permanent: error instanceof NonRetryableError };
}
