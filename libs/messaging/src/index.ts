// Public surface of @deployguard/messaging. The NestJS module is exported from here too, but the
// core classes import no NestJS: the CLI and plain scripts can use them directly.
export * from './messaging.types';
export * from './messaging.errors';
export { resolveMessagingConfig } from './messaging.config';
export {
  buildTopology,
  assertTopology,
  deleteTopology,
  retryQueueName,
  retryQueues,
  KIND_PRIORITY,
  PRIORITY_VALUE,
  MAX_PRIORITY,
} from './messaging.topology';
export type { Topology } from './messaging.topology';
export { createTaskMessage, encodeTaskMessage, decodeTaskMessage, validateTaskMessage } from './task-message';
export type { NewTaskMessage } from './task-message';
export { MessagingConnection } from './messaging.connection';
export type { ConnectedListener } from './messaging.connection';
export { QueueDepthCache } from './queue-depth.cache';
export type { QueueDepthSource, QueueDepthCacheOptions } from './queue-depth.cache';
export { TaskPublisher } from './task.publisher';
export { TaskConsumer } from './task.consumer';
export type { TaskConsumerOptions } from './task.consumer';
export { TaskTransport, KeepTaskErrors, TASK_DEAD_LETTERED } from './task.transport';
export type { TaskTransportOptions, DeadLetteredTask } from './task.transport';
export {
  parseQueueArgs,
  parseQueueArgsOrExit,
  messagingConfigFrom,
  QueueArgsError,
} from './messaging-options';
export type { QueueArgs, MessagingRole } from './messaging-options';
export { MessagingModule, MessagingLifecycle, MESSAGING_OPTIONS } from './messaging.module';
export type { MessagingModuleOptions, MessagingModuleAsyncOptions } from './messaging.module';
