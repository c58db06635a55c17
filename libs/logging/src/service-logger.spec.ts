import { createServiceLogger, type ServiceName } from './service-logger';
import { OutageLog } from './outage-log';

function capture(service: ServiceName) {
  const lines: Record<string, unknown>[] = [];
  const logger = createServiceLogger({ logLevel: 'info' }, service, {
    write: (line: string) => void lines.push(JSON.parse(line)),
  });
  return { logger, lines };
}

describe('createServiceLogger', () => {
  it.each<ServiceName>(['api', 'worker', 'scheduler'])(
    'the %s logs JSON with level labels and censors credentials at any depth',
    (service) => {
      const { logger, lines } = capture(service);
      logger.warn(
        {
          password: 'Pw-top-level-1',
          job: { token: 'ghp_nested_token_2', url: 'https://example.com/repo.git' },
          source: { auth: { authorization: 'Basic c2VjcmV0LTM=' } },
          s3: { accessKey: 'AKIA-4', secretKey: 'sk-5' },
          credentials: { username: 'bot', password: 'Pw-6' },
        },
        'something happened',
      );
      expect(lines).toHaveLength(1);
      const [line] = lines;
      expect(line).toMatchObject({
        level: 'warn',
        service: `deployguard-${service}`,
        pid: process.pid,
        msg: 'something happened',
        password: '***',
        job: { token: '***', url: 'https://example.com/repo.git' },
        source: { auth: { authorization: '***' } },
        s3: { accessKey: '***', secretKey: '***' },
        credentials: '***',
      });
      expect(JSON.stringify(line)).not.toMatch(/Pw-|ghp_nested|c2VjcmV0|AKIA-4|sk-5/);
    },
  );
});

describe('OutageLog', () => {
  it('logs an outage once at warn, counts the rest, and its end once at info', () => {
    const { logger, lines } = capture('api');
    const outages = new OutageLog(logger);
    for (let i = 0; i < 5; i++) outages.down('database', 'connect ECONNREFUSED');
    outages.up('database');
    outages.up('database');
    expect(lines.map((l) => [l.level, l.msg, l.dependency])).toEqual([
      ['warn', 'database unavailable', 'database'],
      ['info', 'database available again', 'database'],
    ]);
    expect(lines[1]).toMatchObject({ failures: 5, duration_ms: expect.any(Number) });
  });

  it('finds the end of an outage with its probe, pausing longer after each failed probe', async () => {
    const { logger, lines } = capture('worker');
    const probes: number[] = [];
    let up = false;
    const outages = new OutageLog(logger, {
      probes: { storage: async () => (probes.push(Date.now()), up) },
      probeIntervalMs: 20,
      maxProbeIntervalMs: 80,
    });
    const until = async (done: () => boolean) => {
      for (let waited = 0; !done() && waited < 10_000; waited += 10)
        await new Promise((r) => setTimeout(r, 10));
    };
    outages.down('storage', 'connect ECONNREFUSED');
    await until(() => probes.length >= 4);
    // a timer never fires early: 40, 80, 80 ms at least between probes (20 before the first)
    const gaps = probes.slice(1, 4).map((t, i) => t - probes[i]);
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(Math.min(20 * 2 ** (i + 1), 80) - 2));
    up = true;
    await until(() => !outages.isDown('storage'));
    expect(lines.map((l) => l.msg)).toEqual(['storage unavailable', 'storage available again']);
    outages.close();
  }, 30_000);
});
