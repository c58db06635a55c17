// HMAC-SHA256 over "<timestamp>.<raw body>": the timestamp is signed too, so a captured request
// cannot be replayed later with a fresh timestamp header. Each attempt is signed anew.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './webhook.types';

export const DEFAULT_SIGNATURE_TOLERANCE_S = 300;

export function computeWebhookSignature(rawBody: string | Buffer, timestamp: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

export interface SignedHeadersInput {
  rawBody: string;
  secret: string;
  event: string;
  deliveryId: string;
  // unix seconds; now when omitted
  timestamp?: number;
}

export function signWebhookHeaders(input: SignedHeadersInput): Record<string, string> {
  const timestamp = input.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    [SIGNATURE_HEADER]: `sha256=${computeWebhookSignature(input.rawBody, timestamp, input.secret)}`,
    [TIMESTAMP_HEADER]: String(timestamp),
    [EVENT_HEADER]: input.event,
    [DELIVERY_HEADER]: input.deliveryId,
  };
}

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderBag, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>))
    if (key.toLowerCase() === wanted) return Array.isArray(value) ? value[0] : value;
  return undefined;
}

// For receivers: true only when the signature matches the raw body (the bytes received, before
// any JSON parsing) and the timestamp is within `toleranceS` seconds of `nowMs`.
export function verifyWebhookSignature(
  rawBody: string | Buffer,
  headers: HeaderBag,
  secret: string,
  toleranceS: number = DEFAULT_SIGNATURE_TOLERANCE_S,
  nowMs: number = Date.now(),
): boolean {
  const signature = header(headers, SIGNATURE_HEADER);
  const timestampText = header(headers, TIMESTAMP_HEADER);
  if (!signature || !timestampText || !/^\d{1,12}$/.test(timestampText)) return false;
  const timestamp = Number(timestampText);
  if (Math.abs(nowMs / 1000 - timestamp) > toleranceS) return false;
  const match = /^sha256=([0-9a-f]{64})$/i.exec(signature.trim());
  if (!match) return false;
  const expected = Buffer.from(computeWebhookSignature(rawBody, timestamp, secret), 'hex');
  const given = Buffer.from(match[1], 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
