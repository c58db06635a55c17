import { randomBytes } from 'node:crypto';
import { secretHashOf, storedFingerprintOf } from '@deployguard/persistence';
import type { Finding } from '@deployguard/report';
import { openSecretReport, sealSecretReport, toNewSecret, valuesByStoredFingerprint } from './secret-report';

const VALUE = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const JOB = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const finding: Finding = {
  fingerprint: 'github-pat:abc:src/a.js',
  rule_id: 'github-pat',
  description: 'GitHub personal access token',
  severity: 'critical',
  confidence: 'high',
  cwe: 798,
  file: 'src/a.js',
  location: 'file',
  line: 3,
  column: 7,
  end_line: 3,
  secret_preview: 'ghp*****NkV',
  entropy: 4.5,
  commit: 'a'.repeat(40),
  ref: null,
  commit_boundary: false,
  author: 'Dev',
  email: 'dev@example.com',
  date: '2024-01-02T03:04:05Z',
  message: 'add',
};

describe('secret report', () => {
  const hashKey = randomBytes(32);
  const reportKey = randomBytes(32);

  it('stores a keyed fingerprint and hash, never the value', () => {
    const row = toNewSecret(finding, VALUE, hashKey);
    expect(row.secretHash).toBe(secretHashOf(hashKey, VALUE));
    expect(row.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(row.fingerprint).not.toBe(storedFingerprintOf(randomBytes(32), finding.fingerprint));
    expect(JSON.stringify(row)).not.toContain(VALUE);
  });

  it('keeps where a value outside files sits: no file path, its location and tag', () => {
    const inMessage: Finding = { ...finding, file: null, location: 'tag-message', ref: 'refs/tags/v1' };
    expect(toNewSecret(inMessage, VALUE, hashKey)).toMatchObject({
      filePath: null,
      location: 'tag-message',
      ref: 'refs/tags/v1',
      commitBoundary: false,
    });
  });

  it('seals the values and opens them only with the key and for the same job', () => {
    const sealed = sealSecretReport(JOB, [[finding, VALUE]], reportKey);
    expect(sealed.toString('latin1')).not.toContain(VALUE);
    const opened = openSecretReport(sealed, reportKey, JOB);
    expect(
      valuesByStoredFingerprint(opened, hashKey).get(toNewSecret(finding, VALUE, hashKey).fingerprint),
    ).toBe(VALUE);
    expect(() => openSecretReport(sealed, reportKey, '00000000-0000-4000-8000-000000000000')).toThrow(
      /another job/,
    );
    expect(() => openSecretReport(sealed, randomBytes(32), JOB)).toThrow(/could not be decrypted/);
  });
});
