// Command-line options of the worker, and the two worker-only settings that AppConfig does not
// carry yet (the queue prefix and the metrics port). Validated once; a bad value stops start-up.
import { TASK_KINDS, type TaskKind } from '@deployguard/messaging';

export interface WorkerOptions {
  readonly queues: readonly TaskKind[];
  // Queue and exchange name prefix; tests run isolated topologies with their own prefix.
  readonly queuePrefix: string;
  // Prometheus /metrics on this port; null: no HTTP at all.
  readonly metricsPort: number | null;
}

export class WorkerOptionsError extends Error {
  override readonly name = 'WorkerOptionsError';
}

const USAGE = 'usage: worker [--queues scan,clean,push] [--queue-prefix deployguard]';

export function parseWorkerOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): WorkerOptions {
  let queues: TaskKind[] = [...TASK_KINDS];
  let queuePrefix = env.RABBITMQ_QUEUE_PREFIX || 'deployguard';
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new WorkerOptionsError(`${flag} needs a value; ${USAGE}`);
      return v;
    };
    if (flag === '--queues') {
      const names = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = names.filter((n) => !(TASK_KINDS as readonly string[]).includes(n));
      if (names.length === 0 || unknown.length > 0)
        throw new WorkerOptionsError(
          `--queues: unknown queue "${unknown.join(', ')}"; accepted: ${TASK_KINDS.join(', ')}`,
        );
      queues = [...new Set(names)] as TaskKind[];
    } else if (flag === '--queue-prefix') {
      queuePrefix = value();
    } else {
      throw new WorkerOptionsError(`unknown option "${flag}"; ${USAGE}`);
    }
  }
  const rawPort = env.WORKER_METRICS_PORT?.trim() ?? '';
  let metricsPort: number | null = null;
  if (rawPort) {
    metricsPort = /^\d+$/.test(rawPort) ? Number(rawPort) : NaN;
    if (!Number.isInteger(metricsPort) || metricsPort < 0 || metricsPort > 65535)
      throw new WorkerOptionsError(
        `WORKER_METRICS_PORT: expected a port number from 0 to 65535, got "${rawPort}"`,
      );
  }
  return { queues, queuePrefix, metricsPort };
}
