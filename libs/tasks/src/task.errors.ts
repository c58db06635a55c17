// Errors of the tasks. Every message that leaves a task (log line, error_message, task_results)
// goes through scrubTaskError first, so a credential or secret value can never be part of it.
import { scrubCredentials } from '@deployguard/git';
import { NonRetryableError } from '@deployguard/messaging';

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
