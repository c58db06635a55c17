// Scheduler entry point: `node dist/apps/scheduler/src/main.js [--queue-prefix p]`. Run one or two
// (for availability): only the holder of the PostgreSQL advisory lock runs the crons; a standby
// takes over within SCHEDULER_LEADER_POLL_S when the leader dies. Stops on SIGTERM/SIGINT after
// the runs in progress finish.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@deployguard/config';
import { createServiceLogger } from '@deployguard/logging';
import { SchedulerModule } from './scheduler.module';

const USAGE = 'usage: scheduler [--queue-prefix deployguard]';

function queuePrefixFrom(argv: readonly string[], fallback: string): string {
  let prefix = fallback;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag !== '--queue-prefix') throw new Error(`unknown option "${flag}"; ${USAGE}`);
    prefix = inline ?? argv[++i] ?? '';
    if (!prefix) throw new Error(`--queue-prefix needs a value; ${USAGE}`);
  }
  return prefix;
}

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  let queuePrefix: string;
  try {
    queuePrefix = queuePrefixFrom(process.argv.slice(2), config.rabbitmq.queuePrefix);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
  const logger = createServiceLogger(config, 'scheduler');
  const app = await NestFactory.createApplicationContext(
    SchedulerModule.forRoot(config, { queuePrefix }, logger),
    {
      logger: false,
      abortOnError: false,
    },
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'scheduler stopping');
    app
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error(
          { error: err instanceof Error ? err.message : String(err) },
          'scheduler shutdown failed',
        );
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  await app.init();
}

bootstrap().catch((err: unknown) => {
  process.stderr.write(`scheduler failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
