// How every process gets its messaging options: the queue flags of its command line (parsed with
// commander, the same way in the API, the scheduler and the worker) over the validated
// configuration. One builder, because the API, the scheduler and the workers must assert the same
// topology — retry queues included — or the broker refuses the second one.
import type { AppConfig } from '@deployguard/config';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { TASK_KINDS, type MessagingConfig, type MessagingLogger, type TaskKind } from './messaging.types';

export type MessagingRole = 'api' | 'scheduler' | 'worker';

export interface QueueArgs {
  // Queue and exchange name prefix; tests run isolated topologies with their own prefix.
  readonly queuePrefix: string;
  // The queues this process consumes (workers); every kind for the others.
  readonly queues: readonly TaskKind[];
}

/** A command line a process cannot start with; the message says what was wrong and what is accepted. */
export class QueueArgsError extends Error {
  override readonly name = 'QueueArgsError';
}

function queueList(value: string): TaskKind[] {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(TASK_KINDS as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0)
    throw new InvalidArgumentError(
      `unknown queue "${unknown.join(', ')}"; accepted: ${TASK_KINDS.join(', ')}`,
    );
  return [...new Set(names)] as TaskKind[];
}

/**
 * Parses `[--queue-prefix p]` (and, for workers, `[--queues scan,clean,push]`) from `argv` (the
 * arguments after the script). Throws QueueArgsError on an unknown option, a missing value or an
 * unknown queue; never exits the process.
 */
export function parseQueueArgs(
  role: MessagingRole,
  argv: readonly string[],
  config: Pick<AppConfig, 'rabbitmq'>,
): QueueArgs {
  const program = new Command(role)
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} })
    .helpOption(false)
    .allowExcessArguments(false)
    .option('--queue-prefix <prefix>', 'queue and exchange name prefix', config.rabbitmq.queuePrefix);
  if (role === 'worker')
    program.option('--queues <list>', 'comma-separated queues to consume', queueList, [...TASK_KINDS]);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    throw new QueueArgsError(`${err.message.replace(/^error: /, '')}; ${usage(role)}`);
  }
  const opts = program.opts<{ queuePrefix: string; queues?: TaskKind[] }>();
  return { queuePrefix: opts.queuePrefix, queues: opts.queues ?? [...TASK_KINDS] };
}

/** parseQueueArgs for entry points: prints what is wrong and exits 1 (no stack trace). */
export function parseQueueArgsOrExit(
  role: MessagingRole,
  argv: readonly string[],
  config: Pick<AppConfig, 'rabbitmq'>,
): QueueArgs {
  try {
    return parseQueueArgs(role, argv, config);
  } catch (err) {
    if (!(err instanceof QueueArgsError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}

function usage(role: MessagingRole): string {
  return role === 'worker'
    ? 'usage: worker [--queues scan,clean,push] [--queue-prefix deployguard]'
    : `usage: ${role} [--queue-prefix deployguard]`;
}

/**
 * The MessagingConfig of one process from the validated configuration: broker URL, prefix, the
 * retry steps and time limits of tasks. `prefix` defaults to RABBITMQ_QUEUE_PREFIX.
 */
export function messagingConfigFrom(
  config: Pick<AppConfig, 'rabbitmq' | 'tasks'>,
  role: MessagingRole,
  options: { prefix?: string; logger?: MessagingLogger } = {},
): MessagingConfig {
  return {
    url: config.rabbitmq.url,
    prefix: options.prefix ?? config.rabbitmq.queuePrefix,
    connectionName: `deployguard-${role}-${process.pid}`,
    maxRetries: config.tasks.maxRetries,
    retryBaseDelayMs: config.tasks.retryBaseDelayMs,
    softTimeLimitMs: config.tasks.softTimeLimitS * 1000,
    hardTimeLimitMs: config.tasks.hardTimeLimitS * 1000,
    ...(options.logger ? { logger: options.logger } : {}),
  };
}
