// What the worker does when a task passed its hard time limit: a handler that ignored its abort
// signal cannot be trusted to leave the process clean, so the worker exits and the orchestrator
// starts a fresh one. TaskConsumer has already scheduled the retry (or the dead letter) by then;
// waiting for it to settle keeps the attempt counted.
import type { TaskMessage } from '@deployguard/messaging';
import type { Logger } from 'pino';

const HARD_TIMEOUT_EXIT_CODE = 70;
const SETTLE_WAIT_MS = 5000;

export function exitAfterHardTimeout(
  message: TaskMessage,
  activeTasks: () => number,
  logger: Logger,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  logger.error(
    { task_id: message.task_id, job_id: message.job_id, kind: message.kind },
    'hard time limit reached; worker exits',
  );
  const deadline = Date.now() + SETTLE_WAIT_MS;
  const poll = setInterval(() => {
    if (activeTasks() === 0 || Date.now() > deadline) {
      clearInterval(poll);
      exit(HARD_TIMEOUT_EXIT_CODE);
    }
  }, 50);
}
