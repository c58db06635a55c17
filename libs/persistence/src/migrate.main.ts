// `npm run migrate`: apply pending migrations and exit (0 on success, 1 on failure).
import 'reflect-metadata';
import { loadConfigOrExit } from '@deployguard/config';
import { runMigrations } from './migrate';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const started = Date.now();
  try {
    const applied = await runMigrations(config);
    process.stdout.write(
      `${JSON.stringify({ level: 'info', msg: 'migrations applied', applied, duration_ms: Date.now() - started })}\n`,
    );
  } catch (error) {
    // the message of a pg error names the statement, never the connection string
    process.stderr.write(
      `${JSON.stringify({ level: 'error', msg: 'migrations failed', error: error instanceof Error ? error.message : String(error) })}\n`,
    );
    process.exitCode = 1;
  }
}

void main();
