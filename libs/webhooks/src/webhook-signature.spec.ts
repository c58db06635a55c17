import { computeWebhookSignature, signWebhookHeaders, verifyWebhookSignature } from './webhook-signature';

const SECRET = 'a-signing-secret-of-some-length';
const BODY = '{"id":"d1","event":"job.completed"}';
const NOW_S = 1_700_000_000;

describe('webhook signature', () => {
  const headers = signWebhookHeaders({
    rawBody: BODY,
    secret: SECRET,
    event: 'job.completed',
    deliveryId: 'd1',
    timestamp: NOW_S,
  });

  it('signs "<timestamp>.<body>" with HMAC-SHA256 and names the event and delivery', () => {
    expect(headers['X-DeployGuard-Signature']).toBe(`sha256=${computeWebhookSignature(BODY, NOW_S, SECRET)}`);
    expect(headers['X-DeployGuard-Signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(headers).toMatchObject({
      'X-DeployGuard-Timestamp': String(NOW_S),
      'X-DeployGuard-Event': 'job.completed',
      'X-DeployGuard-Delivery': 'd1',
    });
  });

  it('verifies with the right secret, body and a fresh timestamp, whatever the header case', () => {
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    expect(verifyWebhookSignature(BODY, lower, SECRET, 300, NOW_S * 1000 + 10_000)).toBe(true);
    expect(verifyWebhookSignature(Buffer.from(BODY), new Headers(headers), SECRET, 300, NOW_S * 1000)).toBe(
      true,
    );
  });

  it('refuses another secret, a tampered body, a stale timestamp and malformed headers', () => {
    const at = NOW_S * 1000;
    expect(verifyWebhookSignature(BODY, headers, 'another-secret-entirely', 300, at)).toBe(false);
    expect(verifyWebhookSignature(BODY.replace('d1', 'd2'), headers, SECRET, 300, at)).toBe(false);
    expect(verifyWebhookSignature(BODY, headers, SECRET, 300, at + 301_000)).toBe(false);
    // a replayed body with a new timestamp header does not match the signature
    const replayed = { ...headers, 'X-DeployGuard-Timestamp': String(NOW_S + 100) };
    expect(verifyWebhookSignature(BODY, replayed, SECRET, 300, at)).toBe(false);
    expect(
      verifyWebhookSignature(BODY, { ...headers, 'X-DeployGuard-Signature': 'sha256=abc' }, SECRET, 300, at),
    ).toBe(false);
    expect(verifyWebhookSignature(BODY, {}, SECRET, 300, at)).toBe(false);
  });
});
