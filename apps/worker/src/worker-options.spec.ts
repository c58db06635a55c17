import { parseWorkerOptions, WorkerOptionsError } from './worker-options';

describe('parseWorkerOptions', () => {
  it('defaults to every queue, the deployguard prefix and no metrics port', () => {
    expect(parseWorkerOptions([], {})).toEqual({
      queues: ['scan', 'clean', 'push'],
      queuePrefix: 'deployguard',
      metricsPort: null,
    });
  });

  it('reads --queues, --queue-prefix (both spellings) and WORKER_METRICS_PORT', () => {
    expect(
      parseWorkerOptions(['--queues', 'scan,clean', '--queue-prefix=dg-test'], {
        WORKER_METRICS_PORT: '9464',
      }),
    ).toEqual({
      queues: ['scan', 'clean'],
      queuePrefix: 'dg-test',
      metricsPort: 9464,
    });
  });

  it('says what is wrong and what is accepted', () => {
    expect(() => parseWorkerOptions(['--queues', 'scan,mail'], {})).toThrow(
      /unknown queue "mail"; accepted: scan, clean, push/,
    );
    expect(() => parseWorkerOptions(['--queues'], {})).toThrow(WorkerOptionsError);
    expect(() => parseWorkerOptions(['--verbose'], {})).toThrow(/unknown option "--verbose"/);
    expect(() => parseWorkerOptions([], { WORKER_METRICS_PORT: '80a' })).toThrow(/WORKER_METRICS_PORT/);
  });
});
