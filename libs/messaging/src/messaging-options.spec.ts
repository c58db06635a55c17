import { loadConfig } from '@deployguard/config';
import { messagingConfigFrom, parseQueueArgs, QueueArgsError } from './messaging-options';
import { MessagingConnection } from './messaging.connection';

const config = (env: Record<string, string> = {}) => loadConfig({ NODE_ENV: 'test', ...env });

describe('parseQueueArgs', () => {
  it('defaults to every queue and the configured prefix', () => {
    expect(parseQueueArgs('worker', [], config())).toEqual({
      queues: ['scan', 'clean', 'push'],
      queuePrefix: 'deployguard',
    });
    expect(parseQueueArgs('api', [], config({ RABBITMQ_QUEUE_PREFIX: 'dg-env' })).queuePrefix).toBe('dg-env');
  });

  it('reads --queues and --queue-prefix (both spellings) over the configuration', () => {
    const env = config({ RABBITMQ_QUEUE_PREFIX: 'dg-env' });
    expect(parseQueueArgs('worker', ['--queues', 'scan,clean,scan', '--queue-prefix=dg-test'], env)).toEqual({
      queues: ['scan', 'clean'],
      queuePrefix: 'dg-test',
    });
    for (const role of ['api', 'scheduler'] as const) {
      expect(parseQueueArgs(role, ['--queue-prefix', 'dg-x'], env).queuePrefix).toBe('dg-x');
      expect(parseQueueArgs(role, ['--queue-prefix=dg-y'], env).queuePrefix).toBe('dg-y');
    }
  });

  it('says what is wrong and what is accepted', () => {
    expect(() => parseQueueArgs('worker', ['--queues', 'scan,mail'], config())).toThrow(
      /unknown queue "mail"; accepted: scan, clean, push/,
    );
    expect(() => parseQueueArgs('worker', ['--queues'], config())).toThrow(QueueArgsError);
    expect(() => parseQueueArgs('worker', ['--queues'], config())).toThrow(
      /'--queues <list>' argument missing/,
    );
    expect(() => parseQueueArgs('worker', ['--verbose'], config())).toThrow(/unknown option '--verbose'/);
    expect(() => parseQueueArgs('api', ['--queues', 'scan'], config())).toThrow(
      /unknown option '--queues'; usage: api \[--queue-prefix deployguard\]/,
    );
    expect(() => parseQueueArgs('scheduler', ['stray'], config())).toThrow(/too many arguments/);
    expect(() => config({ WORKER_METRICS_PORT: '80a' })).toThrow(/WORKER_METRICS_PORT/);
    expect(() => config({ RABBITMQ_QUEUE_PREFIX: 'bad prefix' })).toThrow(/RABBITMQ_QUEUE_PREFIX/);
  });
});

describe('messagingConfigFrom', () => {
  it('gives every role the same topology, from the configuration', () => {
    const c = config({
      TASK_MAX_RETRIES: '2',
      TASK_RETRY_BASE_DELAY_MS: '300',
      TASK_SOFT_TIME_LIMIT_S: '50',
    });
    const topologies = (['api', 'scheduler', 'worker'] as const).map((role) => {
      const built = messagingConfigFrom(c, role, { prefix: 'dg-same' });
      expect(built.connectionName).toBe(`deployguard-${role}-${process.pid}`);
      return new MessagingConnection(built).topology;
    });
    expect(topologies[0]).toEqual({
      prefix: 'dg-same',
      workQueues: { scan: 'dg-same.scan', clean: 'dg-same.clean', push: 'dg-same.push' },
      retryDelaysMs: [300, 600],
      deadExchange: 'dg-same.dlx',
      deadQueue: 'dg-same.dead',
    });
    expect(topologies[1]).toEqual(topologies[0]);
    expect(topologies[2]).toEqual(topologies[0]);
    expect(messagingConfigFrom(c, 'worker')).toMatchObject({
      url: 'amqp://guest:guest@127.0.0.1:5672',
      prefix: 'deployguard',
      softTimeLimitMs: 50_000,
      hardTimeLimitMs: 3_600_000,
    });
  });
});
