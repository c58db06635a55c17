// Command-line options of the worker over the defaults of AppConfig (RABBITMQ_QUEUE_PREFIX,
// WORKER_METRICS_PORT). Validated once; a bad value stops start-up.
import type { AppConfig } from '@deployguard/config';
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
  config: Pick<AppConfig, 'rabbitmq' | 'worker'>,
): WorkerOptions {
  let queues: TaskKind[] = [...TASK_KINDS];
  let queuePrefix = config.rabbitmq.queuePrefix;
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
  return { queues, queuePrefix, metricsPort: config.worker.metricsPort };
}
