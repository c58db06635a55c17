// What a queue and exchange name prefix may be: RABBITMQ_QUEUE_PREFIX, and the --queue-prefix that
// @deployguard/messaging checks again (it imports this, so both accept the same prefixes).
const QUEUE_PREFIX = /^[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*$/i;

export const QUEUE_PREFIX_ACCEPTED =
  'words of letters, digits, "-" and "_" separated by ".", at most 100 characters';

export function isQueuePrefix(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && QUEUE_PREFIX.test(value);
}
