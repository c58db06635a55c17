// Structured JSON logs on stdout. Nothing secret is ever passed in: tasks scrub their errors and
// the messaging core scrubs broker URLs before logging.
import pino, { type Logger } from 'pino';
import type { AppConfig } from '@deployguard/config';

export const WORKER_LOGGER = 'DEPLOYGUARD_WORKER_LOGGER';

export function createWorkerLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'worker', pid: process.pid } });
}
