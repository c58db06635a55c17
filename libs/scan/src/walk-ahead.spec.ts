import { Detector, defaultRules } from '@deployguard/detect';
import { ScanPool, scanOne, type BlobVerdict } from './scan-pool';

// Blobs of a few kilobytes, some with secrets, some binary: megabytes in all, so the pool walks
// keywords one batch ahead on another thread after its first megabyte.
function blobs(count: number): Buffer[] {
  let seed = 5;
  const next = (k: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % k;
  const lines = [
    'const token = "not-a-secret";',
    `aws_secret_access_key = "${'wJalrXUtnFEMI/K7MDENG/bPxRfiCY'}${'EXAMPLEKEY'.toLowerCase()}x1"`,
    'password: hunter2hunter2',
    `github: ghp_${'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A'}`,
    'plain text without keywords',
    'api_key=' + 'Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lz',
  ];
  return Array.from({ length: count }, (_, i) => {
    if (i % 97 === 0) return Buffer.from([0x50, 0x4b, 0, 3, 4, 5]); // binary
    if (i % 1000 === 999) return Buffer.from(`${lines[3]}\n`.repeat(60_000)); // larger than a batch
    const text = Array.from({ length: 40 + next(200) }, () => lines[next(lines.length)]).join('\n');
    return Buffer.from(`// blob ${i}\n${text}\n`);
  });
}

describe('ScanPool in this thread, walking keywords a batch ahead', () => {
  const detector = new Detector(defaultRules);
  const input = blobs(2600);

  it('gives every blob the verdict a scan of it alone gives', async () => {
    expect(input.reduce((n, b) => n + b.length, 0)).toBeGreaterThan(9 * 1024 * 1024);
    const verdicts = new Map<number, BlobVerdict>();
    const pool = new ScanPool<number>(
      { rules: defaultRules, allowRegexes: [], stopwords: [], threads: 0 },
      detector,
      (key, verdict) => verdicts.set(key, verdict),
    );
    let waited = 0;
    for (let i = 0; i < input.length; i++) {
      const room = pool.scan(i, input[i], i % 50 === 0 ? 'yarn.lock' : undefined);
      if (room) {
        waited++;
        await room;
      }
    }
    await pool.drain();
    await pool.close();
    expect(waited).toBeGreaterThan(0); // batches were in flight: the reader was held back
    const alone = new Detector(defaultRules);
    let found = 0;
    input.forEach((blob, i) => {
      const expected = scanOne(alone, blob, i % 50 === 0 ? 'yarn.lock' : undefined);
      expect(verdicts.get(i) ?? { binary: false, findings: [] }).toEqual(expected);
      found += expected.findings.length;
    });
    expect(found).toBeGreaterThan(1000);
  });

  it('fails the next blob, and the drain, once closed', async () => {
    const pool = new ScanPool<number>(
      { rules: defaultRules, allowRegexes: [], stopwords: [], threads: 0 },
      detector,
      () => undefined,
    );
    for (let i = 0; i < 400; i++) await pool.scan(i, input[i]);
    await pool.close();
    expect(() => pool.scan(401, input[401])).toThrow(/closed/);
  });
});
