// Redacted previews: enough to recognise a finding, never enough to use it. The mask has a fixed
// width so the preview does not reveal the value's length.
const MASK = '*****';

export function redactSecret(secret: string): string {
  const value = secret.trim().replace(/\s+/g, ' ');
  if (value.length >= 12) return value.slice(0, 3) + MASK + value.slice(-3);
  if (value.length >= 6) return value.slice(0, 1) + MASK + value.slice(-1);
  return MASK;
}
