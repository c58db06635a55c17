// A finding's id is derived from its content (rule, value, path), not from a commit or a line, so
// it survives rescans and rewrites of unrelated lines. Only a hash of the value takes part.
import { createHash } from 'node:crypto';

export function fingerprintOf(ruleId: string, file: string, secret: string): string {
  return createHash('sha256')
    .update(ruleId)
    .update('\0')
    .update(file)
    .update('\0')
    .update(secret)
    .digest('hex')
    .slice(0, 32);
}

export const FINGERPRINT_PATTERN = /^[0-9a-f]{32}$/;
