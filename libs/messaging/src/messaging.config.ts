import { isQueuePrefix, QUEUE_PREFIX_ACCEPTED } from '@deployguard/config';
import type { MessagingConfig, MessagingLogger, ResolvedMessagingConfig } from './messaging.types';
import { scrubAmqpUrl } from './messaging.errors';

const MINUTE = 60_000;

export const silentLogger: MessagingLogger = { info: () => {}, warn: () => {}, error: () => {} };

// Validates once at start-up; a bad value stops the process with a message naming it.
export function resolveMessagingConfig(config: MessagingConfig): ResolvedMessagingConfig {
  let parsed: URL;
  try {
    parsed = new URL(config.url);
  } catch {
    throw new Error('messaging url: expected amqp://user:password@host:port/vhost');
  }
  if (parsed.protocol !== 'amqp:' && parsed.protocol !== 'amqps:') {
    throw new Error(`messaging url: expected an amqp:// or amqps:// url, got ${scrubAmqpUrl(config.url)}`);
  }
  const prefix = config.prefix ?? 'deployguard';
  if (!isQueuePrefix(prefix)) throw new Error(`messaging prefix: expected ${QUEUE_PREFIX_ACCEPTED}`);
  const resolved: ResolvedMessagingConfig = {
    url: config.url,
    prefix,
    connectionName: config.connectionName ?? `${prefix}-${process.pid}`,
    heartbeatSeconds: int('heartbeatSeconds', config.heartbeatSeconds, 15, 0, 600),
    maxRetries: int('maxRetries', config.maxRetries, 5, 0, 20),
    retryBaseDelayMs: int('retryBaseDelayMs', config.retryBaseDelayMs, 5000, 1, 24 * 60 * MINUTE),
    softTimeLimitMs: int('softTimeLimitMs', config.softTimeLimitMs, 55 * MINUTE, 1, 24 * 60 * MINUTE),
    hardTimeLimitMs: int('hardTimeLimitMs', config.hardTimeLimitMs, 60 * MINUTE, 1, 24 * 60 * MINUTE),
    confirmTimeoutMs: int('confirmTimeoutMs', config.confirmTimeoutMs, 10_000, 1, 10 * MINUTE),
    reconnectInitialDelayMs: int('reconnectInitialDelayMs', config.reconnectInitialDelayMs, 200, 1, MINUTE),
    reconnectMaxDelayMs: int('reconnectMaxDelayMs', config.reconnectMaxDelayMs, 15_000, 1, 10 * MINUTE),
    shutdownGraceMs: int('shutdownGraceMs', config.shutdownGraceMs, 30_000, 0, 60 * MINUTE),
    logger: config.logger ?? silentLogger,
  };
  checkLimits(resolved.softTimeLimitMs, resolved.hardTimeLimitMs);
  return resolved;
}

export function checkLimits(softMs: number, hardMs: number): void {
  if (softMs > hardMs) {
    throw new Error(`messaging time limits: soft (${softMs} ms) must not exceed hard (${hardMs} ms)`);
  }
}

function int(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`messaging ${name}: expected an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}
