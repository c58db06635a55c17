// Worker entry point: `node dist/apps/worker/src/main.js [--queues scan,clean] [--queue-prefix p]`.
// Takes one task at a time from the scan, clean and push queues until SIGTERM/SIGINT, then lets
// the running task finish (within the grace period) and exits; an unfinished task is redelivered.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@deployguard/config';
import { createServiceLogger } from '@deployguard/logging';
import { WebhookDispatcher } from '@deployguard/webhooks';
import { WorkerConsumer } from './worker.consumer';
import { WorkerMetrics } from './worker.metrics';
import { WorkerModule } from './worker.module';
import { parseWorkerOptions, WorkerOptionsError } from './worker-options';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  let options;
  try {
    options = parseWorkerOptions(process.argv.slice(2), config);
  } catch (err) {
    if (!(err instanceof WorkerOptionsError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  const logger = createServiceLogger(config, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, options, logger), {
    logger: false,
    abortOnError: false,
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker stopping');
    app
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ error: err instanceof Error ? err.message : String(err) }, 'worker shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  if (options.metricsPort !== null) {
    const port = await app.get(WorkerMetrics).listen(options.metricsPort);
    logger.info({ port }, 'metrics served on /metrics');
  }
  await app.get(WorkerConsumer).start(options.queues);
  // Webhooks are sent from the workers: they scale out, and claimDue (SKIP LOCKED + a lease)
  // keeps several dispatchers from sending the same attempt twice.
  app.get(WebhookDispatcher).start();
}

bootstrap().catch((err: unknown) => {
  // Errors here come from our own code (scrubbed) or from start-up (database, storage).
  process.stderr.write(`worker failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
