// Nest's own log lines (start-up, route mapping, errors) through pino, so the process writes JSON only.
import type { LoggerService } from '@nestjs/common';
import { scrubCredentials } from '@deployguard/git';
import type { Logger } from 'pino';

const text = (message: unknown): string =>
  scrubCredentials(typeof message === 'string' ? message : (JSON.stringify(message) ?? String(message)));

export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, text(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace: trace ? scrubCredentials(trace) : undefined }, text(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, text(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, text(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, text(message));
  }
}
