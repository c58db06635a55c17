// Starts the worker microservice on TaskTransport (see main.ts for the command line). Loaded by
// main.ts after its signal handlers are in place.
import 'reflect-metadata';
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
import { createServiceLogger } from '@deployguard/logging';
import { WorkerMetrics } from './worker.metrics';
import { WorkerModule } from './worker.module';

/**
 * Builds and starts the worker. `onStop` receives the function main.ts must call on SIGTERM/SIGINT
 * once the app exists: it lets the running task finish (within the grace period), then exits 0.
 */
export async function bootstrap(onStop: (stop: (signal: string) => void) => void): Promise<void> {
  const config = loadConfigOrExit();
  const { queues, queuePrefix } = parseQueueArgsOrExit('worker', process.argv.slice(2), config);
  const logger = createServiceLogger(config, 'worker');
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
  const app = await NestFactory.createMicroservice(WorkerModule.forRoot(config, logger, connection), {
    strategy: transport,
    logger: false,
    abortOnError: false,
  });
  let stopping = false;
  onStop((signal) => {
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
  });
  // init() first: orphaned task directories are removed and the bucket exists before a task arrives.
  await app.init();
  if (stopping) return;
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
