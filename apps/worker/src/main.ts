// Worker entry point: `node dist/apps/worker/src/main.js [--queues scan,clean] [--queue-prefix p]`.
// A Nest microservice on TaskTransport: takes one task at a time from the scan, clean and push
// queues until SIGTERM/SIGINT, then lets the running task finish (within the grace period) and
// exits; an unfinished task is redelivered.
//
// The signal handlers come first, before the service's modules load (seconds on a busy machine):
// a worker stopped before its app exists holds no task, and exits 0 at once.
let stop: ((signal: string) => void) | null = null;
const onSignal = (signal: string) => (stop ? stop(signal) : process.exit(0));
process.on('SIGTERM', () => onSignal('SIGTERM'));
process.on('SIGINT', () => onSignal('SIGINT'));

import('./worker.bootstrap')
  .then(({ bootstrap }) => bootstrap((handler) => (stop = handler)))
  .catch((err: unknown) => {
    // Errors here come from our own code (scrubbed) or from start-up (database, storage).
    process.stderr.write(`worker failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
