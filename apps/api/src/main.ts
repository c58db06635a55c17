// API entry point: `node dist/apps/api/src/main.js [--queue-prefix deployguard]`. Configuration is
// validated first, so a bad value stops the process with a message naming it. Migrations are not
// run here (npm run migrate).
import 'reflect-metadata';
import { loadConfigOrExit } from '@deployguard/config';
import { scrubCredentials } from '@deployguard/git';
import type { Logger } from 'pino';
import { API_PREFIX, createApiApp } from './api.app';
import { API_LOGGER } from './api.tokens';

// the same flag as the worker's, over RABBITMQ_QUEUE_PREFIX, so both can share an isolated topology
function queuePrefixArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--queue-prefix') return argv[i + 1];
    if (argv[i].startsWith('--queue-prefix=')) return argv[i].slice('--queue-prefix='.length);
  }
  return undefined;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApiApp(config, { queuePrefix: queuePrefixArg(process.argv.slice(2)) });
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
