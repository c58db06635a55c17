// The worker's Nest microservice transport: task handlers are `@EventPattern('scan' | 'clean' |
// 'push')` methods, and this strategy feeds them from the RabbitMQ topology through TaskConsumer,
// which keeps every guarantee (prefetch 1, ack after the task, retries with growing delay,
// dead-lettering, time limits, redelivery after a lost connection). A dead-lettered task is
// dispatched to the `TASK_DEAD_LETTERED` pattern before its ack, so the app can fail its job.
//
// Handler errors must reach TaskConsumer as they were thrown (a NonRetryableError is dead-lettered
// at once): controllers use KeepTaskErrors, which stops Nest's RPC filter from replacing them.
import { Catch, type ArgumentsHost, type RpcExceptionFilter } from '@nestjs/common';
import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import { isObservable, lastValueFrom, throwError, type Observable } from 'rxjs';
import type { MessagingConnection } from './messaging.connection';
import type { TaskContext, TaskKind, TaskMessage } from './messaging.types';
import { TaskConsumer } from './task.consumer';

/** Pattern of the event a dead-lettered task raises; its payload is a DeadLetteredTask. */
export const TASK_DEAD_LETTERED = 'task.dead-lettered';

export interface DeadLetteredTask {
  message: TaskMessage;
  error: Error;
}

export interface TaskTransportOptions {
  // The queues consumed; each needs an @EventPattern handler of that name.
  queues: readonly TaskKind[];
  // Called when a task passed its hard time limit (after its retry or dead letter was scheduled).
  onHardTimeout?: (message: TaskMessage) => void;
}

export class TaskTransport extends Server implements CustomTransportStrategy {
  private readonly consumer: TaskConsumer;

  constructor(
    private readonly connection: MessagingConnection,
    private readonly options: TaskTransportOptions,
  ) {
    super();
    this.consumer = new TaskConsumer(connection, {
      onDeadLetter: (message, error) => this.dispatch(TASK_DEAD_LETTERED, { message, error }, null),
      onHardTimeout: options.onHardTimeout,
    });
  }

  // Called by NestMicroservice.listen() once the handlers are registered.
  listen(callback: (error?: unknown) => void): void {
    const missing = this.options.queues.filter((kind) => !this.getHandlerByPattern(kind));
    if (missing.length > 0) {
      callback(new Error(`no @EventPattern handler for the ${missing.join(', ')} queue(s)`));
      return;
    }
    try {
      for (const kind of this.options.queues) {
        this.consumer.consume(kind, (message, context) => this.dispatch(kind, message, context));
      }
    } catch (err) {
      callback(err);
      return;
    }
    callback();
  }

  // Stops taking tasks and lets the running one finish within the grace period (TaskConsumer.close).
  async close(): Promise<void> {
    await this.consumer.close();
  }

  activeTasks(): number {
    return this.consumer.activeTasks();
  }

  // No events of its own: the connection logs its state changes.
  on(): never {
    throw new Error('TaskTransport has no events to listen to');
  }

  unwrap<T>(): T {
    return this.connection as T;
  }

  private async dispatch(pattern: string, data: unknown, context: TaskContext | null): Promise<void> {
    const handler: MessageHandler | null = this.getHandlerByPattern(pattern);
    if (!handler) return;
    const result: unknown = await handler(data, context);
    // Nest hands back an Observable when an interceptor or the exception filter was involved.
    if (isObservable(result)) await lastValueFrom(result as Observable<unknown>, { defaultValue: undefined });
  }
}

/** Exception filter that passes a task handler's error through unchanged (see the top of the file). */
@Catch()
export class KeepTaskErrors implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
