import { randomBytes } from 'node:crypto';
import { decryptReport, encryptReport, parseEncryptionKey, ReportDecryptionError } from './report-crypto';

const key = randomBytes(32);
const plaintext = Buffer.from('{"secret":"ghp_abcdefghijklmnopqrstuvwxyz0123456789"}');

describe('report encryption', () => {
  it('round-trips and hides the plaintext, with a fresh IV each time', () => {
    const a = encryptReport(plaintext, key);
    const b = encryptReport(plaintext, key);
    expect(a.subarray(0, 4).toString('latin1')).toBe('DGR\x01');
    expect(a.includes(Buffer.from('ghp_'))).toBe(false);
    expect(a.equals(b)).toBe(false);
    expect(decryptReport(a, key)).toEqual(plaintext);
    expect(decryptReport(encryptReport(Buffer.alloc(0), key), key)).toEqual(Buffer.alloc(0));
  });

  it.each([
    ['a ciphertext byte', (d: Buffer) => (d[d.length - 1] ^= 1)],
    ['the tag', (d: Buffer) => (d[4 + 12] ^= 1)],
    ['the IV', (d: Buffer) => (d[4] ^= 1)],
  ])('fails when %s is modified', (_what, tamper) => {
    const data = encryptReport(plaintext, key);
    tamper(data);
    expect(() => decryptReport(data, key)).toThrow(ReportDecryptionError);
  });

  it('fails with the wrong key, a bad header, a truncated blob or an unknown version', () => {
    const data = encryptReport(plaintext, key);
    expect(() => decryptReport(data, randomBytes(32))).toThrow(ReportDecryptionError);
    expect(() => decryptReport(Buffer.concat([Buffer.from('XXX'), data.subarray(3)]), key)).toThrow(
      /not an encrypted/,
    );
    expect(() => decryptReport(data.subarray(0, 20), key)).toThrow(ReportDecryptionError);
    const v2 = Buffer.from(data);
    v2[3] = 2;
    expect(() => decryptReport(v2, key)).toThrow(/version 2/);
    expect(() => encryptReport(plaintext, randomBytes(16))).toThrow(/32 bytes/);
  });

  it('parses keys from hex or base64 and rejects anything else', () => {
    expect(parseEncryptionKey(key.toString('hex'))).toEqual(key);
    expect(parseEncryptionKey(key.toString('base64'))).toEqual(key);
    expect(() => parseEncryptionKey('short')).toThrow(/32 bytes/);
    expect(() => parseEncryptionKey(randomBytes(16).toString('hex'))).toThrow(/32 bytes/);
  });
});
