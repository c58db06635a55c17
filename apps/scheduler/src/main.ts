// Scheduler entry point: `node dist/apps/scheduler/src/main.js [--queue-prefix p]`. Run one or two
// (for availability): only the holder of the PostgreSQL advisory lock runs the crons; a standby
// takes over within SCHEDULER_LEADER_POLL_S when the leader dies. Stops on SIGTERM/SIGINT after
// the runs in progress finish.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@deployguard/config';
import { createServiceLogger } from '@deployguard/logging';
import { parseQueueArgsOrExit } from '@deployguard/messaging';
import { SchedulerModule } from './scheduler.module';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const { queuePrefix } = parseQueueArgsOrExit('scheduler', process.argv.slice(2), config);
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
