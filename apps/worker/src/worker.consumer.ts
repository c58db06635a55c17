// Wires the queues to the task classes: one TaskConsumer (prefetch 1, ack after the task), metrics
// around every delivery, the failed-job update on dead letter, and a process exit on a hard time
// limit (a handler that ignored its abort signal cannot be trusted to leave the process clean).
import type { MessagingConnection, TaskContext, TaskKind, TaskMessage } from '@deployguard/messaging';
import { TaskConsumer } from '@deployguard/messaging';
import type { Workspace, ObjectStorage } from '@deployguard/storage';
import type { JobFailureHandler, TaskLogger, TaskOutcome } from '@deployguard/tasks';
import type { WorkerMetrics } from './worker.metrics';

export interface TaskRunner {
  run(message: TaskMessage, context: TaskContext): Promise<TaskOutcome>;
}

export interface WorkerConsumerDeps {
  connection: MessagingConnection;
  tasks: Record<TaskKind, TaskRunner>;
  failures: JobFailureHandler;
  metrics: WorkerMetrics;
  workspace: Workspace;
  storage: ObjectStorage;
  logger: TaskLogger;
  // How the process ends after a hard time limit; replaced in tests.
  exit?: (code: number) => void;
}

const HARD_TIMEOUT_EXIT_CODE = 70;
const SETTLE_WAIT_MS = 5000;

export class WorkerConsumer {
  private readonly consumer: TaskConsumer;

  constructor(private readonly deps: WorkerConsumerDeps) {
    this.consumer = new TaskConsumer(deps.connection, {
      onDeadLetter: async (message, error) => {
        deps.metrics.deadLetters.inc({ task: message.kind });
        await deps.failures.onDeadLetter(message, error);
      },
      onHardTimeout: (message) => this.exitAfterHardTimeout(message),
    });
  }

  async start(queues: readonly TaskKind[]): Promise<void> {
    const { workspace, storage, logger } = this.deps;
    const orphans = await workspace.removeOrphans();
    if (orphans.length > 0)
      logger.warn({ count: orphans.length }, 'removed task directories left by dead workers');
    await storage.ensureBucket();
    for (const kind of queues)
      this.consumer.consume(kind, (message, context) => this.handle(kind, message, context));
    logger.info({ queues, prefix: this.deps.connection.topology.prefix }, 'worker consuming');
  }

  activeTasks(): number {
    return this.consumer.activeTasks();
  }

  async close(graceMs?: number): Promise<void> {
    await this.consumer.close(graceMs);
  }

  private async handle(kind: TaskKind, message: TaskMessage, context: TaskContext): Promise<void> {
    const { metrics } = this.deps;
    if (message.attempt > 0) metrics.taskRetries.inc({ task: kind });
    const end = metrics.taskDuration.startTimer({ task: kind });
    try {
      const outcome = await this.deps.tasks[kind].run(message, context);
      end({ outcome });
    } catch (err) {
      end({ outcome: 'failed' });
      throw err;
    }
  }

  // The consumer has already scheduled the retry (or dead-lettered); wait for it to settle so the
  // attempt is counted, then exit: the orchestrator starts a fresh worker.
  private exitAfterHardTimeout(message: TaskMessage): void {
    const { logger } = this.deps;
    logger.error(
      { task_id: message.task_id, job_id: message.job_id, kind: message.kind },
      'hard time limit reached; worker exits',
    );
    const deadline = Date.now() + SETTLE_WAIT_MS;
    const exit = this.deps.exit ?? ((code: number) => process.exit(code));
    const poll = setInterval(() => {
      if (this.consumer.activeTasks() === 0 || Date.now() > deadline) {
        clearInterval(poll);
        exit(HARD_TIMEOUT_EXIT_CODE);
      }
    }, 50);
  }
}
