import { loadConfig } from '@deployguard/config';
import { parseWorkerOptions, WorkerOptionsError } from './worker-options';

const config = (env: Record<string, string> = {}) => loadConfig({ NODE_ENV: 'test', ...env });

describe('parseWorkerOptions', () => {
  it('defaults to every queue, the configured prefix and metrics port', () => {
    expect(parseWorkerOptions([], config())).toEqual({
      queues: ['scan', 'clean', 'push'],
      queuePrefix: 'deployguard',
      metricsPort: null,
    });
    expect(
      parseWorkerOptions([], config({ RABBITMQ_QUEUE_PREFIX: 'dg-env', WORKER_METRICS_PORT: '9464' })),
    ).toEqual({ queues: ['scan', 'clean', 'push'], queuePrefix: 'dg-env', metricsPort: 9464 });
  });

  it('reads --queues and --queue-prefix (both spellings) over the configuration', () => {
    expect(
      parseWorkerOptions(
        ['--queues', 'scan,clean', '--queue-prefix=dg-test'],
        config({ RABBITMQ_QUEUE_PREFIX: 'dg-env' }),
      ),
    ).toEqual({ queues: ['scan', 'clean'], queuePrefix: 'dg-test', metricsPort: null });
  });

  it('says what is wrong and what is accepted', () => {
    expect(() => parseWorkerOptions(['--queues', 'scan,mail'], config())).toThrow(
      /unknown queue "mail"; accepted: scan, clean, push/,
    );
    expect(() => parseWorkerOptions(['--queues'], config())).toThrow(WorkerOptionsError);
    expect(() => parseWorkerOptions(['--verbose'], config())).toThrow(/unknown option "--verbose"/);
    expect(() => config({ WORKER_METRICS_PORT: '80a' })).toThrow(/WORKER_METRICS_PORT/);
    expect(() => config({ RABBITMQ_QUEUE_PREFIX: 'bad prefix' })).toThrow(/RABBITMQ_QUEUE_PREFIX/);
  });
});
