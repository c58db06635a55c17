// The worker's task handlers: one @EventPattern per queue, fed by TaskTransport (prefetch 1, ack
// after the handler returned, retry or dead letter when it threw). Each delivery is timed for the
// metrics; a dead-lettered task fails its job.
import { Controller, Inject, UseFilters } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  KeepTaskErrors,
  TASK_DEAD_LETTERED,
  type DeadLetteredTask,
  type TaskContext,
  type TaskKind,
  type TaskMessage,
} from '@deployguard/messaging';
import type { JobFailureHandler, TaskOutcome } from '@deployguard/tasks';
import { WorkerMetrics } from './worker.metrics';

export interface TaskRunner {
  run(message: TaskMessage, context: TaskContext): Promise<TaskOutcome>;
}

export interface WorkerTasks {
  runners: Record<TaskKind, TaskRunner>;
  failures: JobFailureHandler;
}

export const WORKER_TASKS = 'DEPLOYGUARD_WORKER_TASKS';

@Controller()
@UseFilters(KeepTaskErrors)
export class WorkerController {
  constructor(
    @Inject(WORKER_TASKS) private readonly tasks: WorkerTasks,
    @Inject(WorkerMetrics) private readonly metrics: WorkerMetrics,
  ) {}

  @EventPattern('scan')
  scan(@Payload() message: TaskMessage, @Ctx() context: TaskContext): Promise<void> {
    return this.run('scan', message, context);
  }

  @EventPattern('clean')
  clean(@Payload() message: TaskMessage, @Ctx() context: TaskContext): Promise<void> {
    return this.run('clean', message, context);
  }

  @EventPattern('push')
  push(@Payload() message: TaskMessage, @Ctx() context: TaskContext): Promise<void> {
    return this.run('push', message, context);
  }

  // Awaited before the dead letter is acked: a crash here dead-letters again (the handler is idempotent).
  @EventPattern(TASK_DEAD_LETTERED)
  async deadLettered(@Payload() { message, error }: DeadLetteredTask): Promise<void> {
    this.metrics.deadLetters.inc({ task: message.kind });
    await this.tasks.failures.onDeadLetter(message, error);
  }

  private async run(kind: TaskKind, message: TaskMessage, context: TaskContext): Promise<void> {
    if (message.attempt > 0) this.metrics.taskRetries.inc({ task: kind });
    const end = this.metrics.taskDuration.startTimer({ task: kind });
    try {
      const outcome = await this.tasks.runners[kind].run(message, context);
      end({ outcome });
    } catch (err) {
      end({ outcome: 'failed' });
      throw err;
    }
  }
}
