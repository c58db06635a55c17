import { classifyStatus, retryDelayS, WebhookDispatcher } from './webhook.dispatcher';
import { parseWebhookUrl } from './webhook-url.policy';
import { buildWebhookPayload, type WebhookJob } from './webhook-payload';

describe('retry semantics', () => {
  it('classifies answers: 2xx done, 5xx/408/429 retried, other answers final', () => {
    expect([200, 201, 204].map(classifyStatus)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect([500, 502, 503, 408, 429].map(classifyStatus)).toEqual(Array(5).fill('retryable'));
    expect([301, 302, 400, 401, 404, 410, 422].map(classifyStatus)).toEqual(Array(7).fill('permanent'));
  });

  it('follows the backoff schedule, n delays allowing n + 1 attempts', () => {
    const schedule = [1, 2, 4, 8, 16];
    expect([1, 2, 3, 4, 5].map((n) => retryDelayS(n, schedule))).toEqual(schedule);
    expect(retryDelayS(6, schedule)).toBeNull();
    expect(retryDelayS(1, [])).toBeNull();
  });
});

describe('webhook URL syntax', () => {
  const strict = {};
  const local = { allowHttp: true, allowLocal: true, allowPrivate: true };
  it('accepts https, and http or private addresses only when allowed', () => {
    expect(parseWebhookUrl('https://203.0.113.9/hook?token=x', strict).href).toBe(
      'https://203.0.113.9/hook?token=x',
    );
    expect(() => parseWebhookUrl('http://203.0.113.9/hook', strict)).toThrow(/must use https/);
    expect(() => parseWebhookUrl('https://127.0.0.1/hook', strict)).toThrow(/private, loopback/);
    expect(() => parseWebhookUrl('https://[::1]/hook', strict)).toThrow(/private, loopback/);
    expect(() => parseWebhookUrl('https://10.1.2.3/hook', strict)).toThrow(/private/);
    expect(() => parseWebhookUrl('https://localhost/hook', strict)).toThrow(/loopback host/);
    expect(parseWebhookUrl('http://127.0.0.1:8080/hook', local).port).toBe('8080');
  });

  it('refuses user-info, other schemes, fragments and control characters', () => {
    expect(() => parseWebhookUrl('https://user:pw@203.0.113.9/hook', strict)).toThrow(
      /user name or password/,
    );
    expect(() => parseWebhookUrl('ftp://203.0.113.9/hook', strict)).toThrow(/must use https/);
    expect(() => parseWebhookUrl('file:///etc/passwd', local)).toThrow(/must use https/);
    expect(() => parseWebhookUrl('https://203.0.113.9/hook#x', strict)).toThrow(/fragment/);
    expect(() => parseWebhookUrl('https://203.0.113.9/ho\nok', strict)).toThrow(/whitespace/);
    try {
      parseWebhookUrl('https://user:hunter2pw@203.0.113.9/hook', strict);
    } catch (e) {
      expect((e as Error).message).not.toContain('hunter2pw');
    }
  });
});

describe('webhook payload', () => {
  const job: WebhookJob = {
    id: '0b5a7f0e-5c1f-4a44-9d1a-3f3c2b1a0e9d',
    userId: 'u1',
    status: 'pushed',
    sourceUrl: 'https://user:ghp_SourceToken123456@203.0.113.7/acme/app.git',
    findingsCount: 3,
    errorMessage: null,
    repositoryId: null,
    webhookUrl: 'https://203.0.113.9/hook',
    targetUrl: 'https://x:glpat-TargetToken98765@203.0.113.8/acme/clean.git',
    targetPlatform: 'gitlab',
    forcePush: true,
  };
  it('carries the documented fields and no credential even when a URL held one', () => {
    const payload = buildWebhookPayload('d1', 'push.completed', job, {}, new Date('2025-01-01T00:00:00Z'));
    expect(payload).toMatchObject({
      id: 'd1',
      event: 'push.completed',
      created_at: '2025-01-01T00:00:00.000Z',
      job: { id: job.id, status: 'pushed', findings_count: 3 },
      data: { target_platform: 'gitlab', force_push: true },
    });
    expect(payload).not.toHaveProperty('repository_id');
    expect(payload.job).not.toHaveProperty('error_message');
    const text = JSON.stringify(payload);
    expect(text).not.toContain('ghp_SourceToken123456');
    expect(text).not.toContain('glpat-TargetToken98765');
    expect(text).not.toContain('"u1"');
  });
});

describe('dispatcher while the database is down', () => {
  // The deliveries store is a fake here: what is under test is the polling loop's pacing and its
  // log lines; test/dependency-outages.e2e-spec.ts stops a real PostgreSQL under a real dispatcher.
  it('backs off, logs the outage once at warn and its end once at info', async () => {
    let down = true;
    const polls: number[] = [];
    const lines: [string, string][] = [];
    const log = (level: string) => (_fields: object, message: string) => void lines.push([level, message]);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const dispatcher = new WebhookDispatcher({
      deliveries: {
        claimDue: async () => {
          polls.push(Date.now());
          if (down) throw refused;
          return [];
        },
        recordAttempt: async () => undefined as never,
      },
      config: {
        webhooks: { timeoutMs: 1000, backoffS: [], signingSecret: 'x'.repeat(32) },
        git: {},
      } as never,
      logger: { info: log('info'), warn: log('warn'), error: log('error') },
      options: { pollIntervalMs: 10, maxBackoffMs: 200 },
    });
    const until = async (done: () => boolean) => {
      for (let waited = 0; !done() && waited < 10_000; waited += 10)
        await new Promise((r) => setTimeout(r, 10));
    };
    dispatcher.start();
    await until(() => polls.length >= 6);
    // a timer never fires early: each pause is at least the doubled one (20, 40, 80, 160, 200 ms),
    // where a loop without backoff would poll every 10 ms
    const gaps = polls.slice(1, 6).map((t, i) => t - polls[i]);
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(Math.min(10 * 2 ** (i + 1), 200) - 2));
    const failedPolls = polls.length;
    down = false;
    await until(() => lines.length >= 2);
    await dispatcher.stop();
    expect(polls.length).toBeGreaterThan(failedPolls);
    expect(lines).toEqual([
      ['warn', 'database unavailable'],
      ['info', 'database available again'],
    ]);
  }, 30_000);
});
