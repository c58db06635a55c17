// AES-256-GCM for the job report, the only place full secret values are stored.
// Layout: "DGR" | version (1 byte) | IV (12 random bytes) | tag (16) | ciphertext.
// The magic and version are authenticated as associated data, so they cannot be swapped either.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const MAGIC = Buffer.from('DGR', 'ascii');
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1;
const KEY_BYTES = 32;

export class ReportDecryptionError extends Error {
  override readonly name = 'ReportDecryptionError';
}

export function encryptReport(plaintext: Buffer, key: Buffer): Buffer {
  checkKey(key);
  const header = Buffer.concat([MAGIC, Buffer.from([VERSION])]);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(header);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), ciphertext]);
}

export function decryptReport(data: Buffer, key: Buffer): Buffer {
  checkKey(key);
  if (data.length < HEADER_BYTES + IV_BYTES + TAG_BYTES || !data.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new ReportDecryptionError('not an encrypted DeployGuard report');
  }
  const version = data[MAGIC.length];
  if (version !== VERSION)
    throw new ReportDecryptionError(`unsupported report encryption version ${version}`);
  const iv = data.subarray(HEADER_BYTES, HEADER_BYTES + IV_BYTES);
  const tag = data.subarray(HEADER_BYTES + IV_BYTES, HEADER_BYTES + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(data.subarray(0, HEADER_BYTES));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([
      decipher.update(data.subarray(HEADER_BYTES + IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new ReportDecryptionError('report could not be decrypted: wrong key or modified data');
  }
}

// Configuration gives the key as 64 hex characters or base64 of 32 bytes.
export function parseEncryptionKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES || (!/^[0-9a-f]{64}$/i.test(trimmed) && key.toString('base64') !== trimmed)) {
    throw new Error('report encryption key: expected 32 bytes as 64 hex characters or base64');
  }
  return key;
}

function checkKey(key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
    throw new Error(`report encryption key: expected ${KEY_BYTES} bytes`);
  }
}
