// Which values `clean --all` leaves alone unless told otherwise: a short or low-entropy value
// (`pass`, `aaaaaaaa`, `password`) is as likely to be ordinary text elsewhere in the history as a
// secret, and replacing it would damage what it is not.
import { shannonEntropy } from '@deployguard/detect';

export const MIN_VALUE_LENGTH = 8;
// Bits per character. An 8-character value with a few repeats scores 2.5–3; words and runs less.
export const MIN_VALUE_ENTROPY = 2.5;

/** Why a value is too weak to replace blindly, or null when it is fine. Never quotes the value. */
export function weakValueReason(value: string): string | null {
  if (value.length < MIN_VALUE_LENGTH) return `shorter than ${MIN_VALUE_LENGTH} characters`;
  if (shannonEntropy(value) < MIN_VALUE_ENTROPY)
    return `low entropy (under ${MIN_VALUE_ENTROPY} bits per character)`;
  // Letters of one case only: a word, not a generated secret.
  if (/^(?:[a-z]+|[A-Z]+)$/.test(value)) return 'a plain word';
  return null;
}
