// Worker entry point: `node dist/apps/worker/src/main.js [--queues scan,clean] [--queue-prefix p]`.
// A Nest microservice on TaskTransport: takes one task at a time from the scan, clean and push
// queues until SIGTERM/SIGINT, then lets the running task finish (within the grace period) and
// exits; an unfinished task is redelivered.
import 'reflect-metadata';
import type { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@deployguard/config';
import {
  MessagingConnection,
  messagingConfigFrom,
  parseQueueArgsOrExit,
  TaskTransport,
} from '@deployguard/messaging';
import { WebhookDispatcher } from '@deployguard/webhooks';
import { exitAfterHardTimeout } from './hard-timeout';
import { createWorkerLogger } from './worker.logger';
import { WorkerMetrics } from './worker.metrics';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const { queues, queuePrefix } = parseQueueArgsOrExit('worker', process.argv.slice(2), config);
  const logger = createWorkerLogger(config);
  // Installed before anything starts: a worker stopped while it is still starting exits cleanly too.
  let app: INestMicroservice | undefined = undefined;
  let stopping = false;
  const close = (started: INestMicroservice) =>
    started
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ error: err instanceof Error ? err.message : String(err) }, 'worker shutdown failed');
        process.exit(1);
      });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker stopping');
    if (app) void close(app);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  const connection = new MessagingConnection(
    messagingConfigFrom(config, 'worker', {
      prefix: queuePrefix,
      logger: logger.child({ component: 'messaging' }),
    }),
  );
  const transport: TaskTransport = new TaskTransport(connection, {
    queues,
    onHardTimeout: (message) => exitAfterHardTimeout(message, () => transport.activeTasks(), logger),
  });
  app = await NestFactory.createMicroservice(WorkerModule.forRoot(config, logger, connection), {
    strategy: transport,
    logger: false,
    abortOnError: false,
  });
  if (stopping) return void close(app);
  // init() first: orphaned task directories are removed and the bucket exists before a task arrives.
  await app.init();
  if (stopping) return; // stop() is closing it
  if (config.worker.metricsPort !== null) {
    const port = await app.get(WorkerMetrics).listen(config.worker.metricsPort);
    logger.info({ port }, 'metrics served on /metrics');
  }
  await app.listen();
  logger.info({ queues, prefix: connection.topology.prefix }, 'worker consuming');
  // Webhooks are sent from the workers: they scale out, and claimDue (SKIP LOCKED + a lease)
  // keeps several dispatchers from sending the same attempt twice.
  app.get(WebhookDispatcher).start();
}

bootstrap().catch((err: unknown) => {
  // Errors here come from our own code (scrubbed) or from start-up (database, storage).
  process.stderr.write(`worker failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
