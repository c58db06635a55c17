// Called by the consumer once a task is dead-lettered (retries exhausted or a permanent failure):
// the job becomes `failed` with a message a person can act on. Idempotent: a crash before the
// ack dead-letters again, and a job already finished or gone is left alone.
import type { TaskMessage } from '@deployguard/messaging';
import { IllegalTransitionError, JobNotFoundError, transitionJob } from '@deployguard/persistence';
import { scrubTaskError } from './task.errors';
import type { TaskDependencies } from './tasks.types';

const WHAT: Record<TaskMessage['kind'], string> = { scan: 'scan', clean: 'clean', push: 'push' };

export class JobFailureHandler {
  constructor(private readonly deps: Pick<TaskDependencies, 'repos' | 'logger' | 'notifier'>) {}

  async onDeadLetter(message: TaskMessage, error: Error): Promise<void> {
    const reason = scrubTaskError(error);
    const tries = message.attempt + 1;
    const text = `${WHAT[message.kind]} failed after ${tries} attempt${tries === 1 ? '' : 's'}: ${reason}`;
    const fields = {
      task_id: message.task_id,
      job_id: message.job_id,
      kind: message.kind,
      attempt: message.attempt,
    };
    try {
      const { repos, notifier, logger } = this.deps;
      await transitionJob(
        { jobs: repos.jobs, auditLogs: repos.auditLogs, notifier, logger },
        message.job_id,
        {
          to: 'failed',
          change: { errorMessage: text, currentTask: null },
          action: `task.${message.kind}.failed`,
          details: { task_id: message.task_id, attempt: message.attempt, attempts: tries, error: reason },
        },
      );
      // `attempt` is the message's (0-based, as in the consumer's lines); `attempts` is the count
      // the job's error_message gives, and the number of task_results rows of the task
      logger.error({ ...fields, attempts: tries, error: reason }, 'job failed');
    } catch (err) {
      if (err instanceof JobNotFoundError) {
        this.deps.logger.warn(fields, 'dead-lettered task for a job that does not exist; dropped');
      } else if (err instanceof IllegalTransitionError) {
        this.deps.logger.warn(
          { ...fields, status: err.from },
          'dead-lettered task for a finished job; left as is',
        );
      } else throw err;
    }
  }
}
