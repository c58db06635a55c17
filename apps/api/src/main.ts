// API entry point: `node dist/apps/api/src/main.js [--queue-prefix deployguard]`. Configuration is
// validated first, so a bad value stops the process with a message naming it. Migrations are not
// run here (npm run migrate).
import 'reflect-metadata';
import { loadConfigOrExit } from '@deployguard/config';
import { scrubCredentials } from '@deployguard/git';
import { parseQueueArgsOrExit } from '@deployguard/messaging';
import { createApiApp } from './api.app';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  // the same flag as the worker's, so they can share an isolated topology
  const { queuePrefix } = parseQueueArgsOrExit('api', process.argv.slice(2), config);
  const app = await createApiApp(config, { queuePrefix });
  app.enableShutdownHooks();
  await app.listen(config.port);
}

main().catch((error: unknown) => {
  // start-up failed after the config was valid (database unreachable, port in use, bad queue prefix, …)
  const line = {
    level: 'fatal',
    msg: 'api failed to start',
    error: scrubCredentials((error as Error).message),
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
  process.exit(1);
});
