// The one logger factory of the services (api, worker, scheduler): JSON lines, level labels
// ("warn", not 40), the service's name and pid on every line, and credential-looking fields
// censored as a second line of defence (the code never logs them on purpose).
import pino, { type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '@deployguard/config';

export type ServiceName = 'api' | 'worker' | 'scheduler';

export const REDACTED = '***';

// Field names whose values are censored wherever they appear up to three levels down.
const SENSITIVE = ['password', 'token', 'authorization', 'secret', 'credentials', 'accessKey', 'secretKey'];
const REDACT_PATHS = SENSITIVE.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/**
 * A pino logger for `service` at the configured level, writing to `destination` (default stdout;
 * tests capture lines with `{ write(line) }`).
 */
export function createServiceLogger(
  config: Pick<AppConfig, 'logLevel'>,
  service: ServiceName,
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: `deployguard-${service}`, pid: process.pid },
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
    destination,
  );
}
