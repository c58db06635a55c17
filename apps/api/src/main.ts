// API entry point: `node dist/apps/api/src/main.js [--queue-prefix deployguard]`. Configuration is
// validated first, so a bad value stops the process with a message naming it. Migrations are not
// run here (npm run migrate).
import 'reflect-metadata';
import { loadConfigOrExit } from '@deployguard/config';
import { scrubCredentials } from '@deployguard/git';
import type { Logger } from 'pino';
import { parseQueueArgsOrExit } from '@deployguard/messaging';
import { API_PREFIX, createApiApp } from './api.app';
import { API_LOGGER } from './api.tokens';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  // the same flag as the worker's, so they can share an isolated topology
  const { queuePrefix } = parseQueueArgsOrExit('api', process.argv.slice(2), config);
  const app = await createApiApp(config, { queuePrefix });
  app.enableShutdownHooks();
  await app.listen(config.port);
  const url = `${await app.getUrl()}/${API_PREFIX}`;
  app.get<Logger>(API_LOGGER).info({ url, docs: `${url}/docs` }, `api listening on ${url}`);
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
