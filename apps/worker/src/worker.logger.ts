// The injection token of the worker's logger, which worker.bootstrap.ts builds with @deployguard/logging's
// createServiceLogger (the one factory of every service process).
export const WORKER_LOGGER = 'DEPLOYGUARD_WORKER_LOGGER';
