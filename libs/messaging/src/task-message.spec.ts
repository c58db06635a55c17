import { resolveMessagingConfig } from './messaging.config';
import { NonRetryableError, scrubAmqpUrl, scrubText } from './messaging.errors';
import { buildTopology, retryQueues } from './messaging.topology';
import { createTaskMessage, decodeTaskMessage, encodeTaskMessage } from './task-message';

const JOB = '3f1c7c2e-9a4b-4c1d-8e2f-0123456789ab';

describe('task messages', () => {
  it('encodes only the known fields, whatever the caller passed', () => {
    const message = { ...createTaskMessage({ job_id: JOB, user_id: 'u1', kind: 'scan' }), token: 'ghp_leak' };
    const body = encodeTaskMessage(message).toString();
    expect(body).not.toContain('ghp_leak');
    expect(decodeTaskMessage(Buffer.from(body))).toEqual({ ...message, token: undefined, attempt: 0 });
  });

  it.each([
    ['not json', Buffer.from('{')],
    [
      'a bad kind',
      Buffer.from(
        JSON.stringify({ ...createTaskMessage({ job_id: JOB, user_id: 'u', kind: 'scan' }), kind: 'rm' }),
      ),
    ],
    [
      'a negative attempt',
      Buffer.from(
        JSON.stringify({ ...createTaskMessage({ job_id: JOB, user_id: 'u', kind: 'push' }), attempt: -1 }),
      ),
    ],
    [
      'a non-uuid task id',
      Buffer.from(
        JSON.stringify({ ...createTaskMessage({ job_id: JOB, user_id: 'u', kind: 'push' }), task_id: 'x' }),
      ),
    ],
    ['a huge body', Buffer.alloc(5000, 'a')],
  ])('rejects %s as non-retryable', (_what, body) => {
    expect(() => decodeTaskMessage(body)).toThrow(NonRetryableError);
  });
});

describe('messaging config and topology', () => {
  it('validates values and names the bad one', () => {
    expect(() => resolveMessagingConfig({ url: 'http://x' })).toThrow(/amqp/);
    expect(() => resolveMessagingConfig({ url: 'amqp://h', prefix: 'a b' })).toThrow(/prefix/);
    expect(() => resolveMessagingConfig({ url: 'amqp://h', maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() =>
      resolveMessagingConfig({ url: 'amqp://h', softTimeLimitMs: 10, hardTimeLimitMs: 5 }),
    ).toThrow(/soft/);
    expect(resolveMessagingConfig({ url: 'amqp://h' })).toMatchObject({
      prefix: 'deployguard',
      softTimeLimitMs: 3_300_000,
      hardTimeLimitMs: 3_600_000,
    });
  });

  it('grows the retry delay as base × 2^attempt, one queue per step', () => {
    const topology = buildTopology('dg', 3, 100);
    expect(topology.retryDelaysMs).toEqual([100, 200, 400]);
    expect(retryQueues(topology)).toContain('dg.retry.clean.400');
    expect(topology.workQueues).toEqual({ scan: 'dg.scan', clean: 'dg.clean', push: 'dg.push' });
  });

  it('scrubs the password from URLs and text', () => {
    expect(scrubAmqpUrl('amqp://user:s3cr3tpw@host:5672/vh')).toBe('amqp://user:***@host:5672/vh');
    expect(scrubText('login failed for s3cr3tpw', 'amqp://user:s3cr3tpw@host')).toBe('login failed for ***');
  });
});
