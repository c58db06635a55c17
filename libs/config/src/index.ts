export * from './config.types';
export * from './config-variables';
export * from './config.loader';
export * from './config.tokens';
export * from './config.module';
export { isQueuePrefix, QUEUE_PREFIX_ACCEPTED } from './queue-prefix';
