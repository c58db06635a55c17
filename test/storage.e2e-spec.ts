// ObjectStorage through the real minio client against a real s3rver on a random local port.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  cleanedKey,
  decryptReport,
  encryptReport,
  ObjectStorage,
  repoKey,
  reportKey,
} from '@deployguard/storage';
import { startS3Server, type TestS3Server } from './support/s3-server';

jest.setTimeout(20_000);

let s3: TestS3Server;
let storage: ObjectStorage;
let scratch: string;

beforeAll(async () => {
  s3 = await startS3Server();
  storage = new ObjectStorage({
    endpoint: s3.endpoint,
    accessKey: s3.accessKey,
    secretKey: s3.secretKey,
    bucket: 'dg-test',
  });
  await storage.ensureBucket();
  await storage.ensureBucket(); // idempotent
  scratch = await mkdtemp(join(tmpdir(), 'dg-storage-'));
});

afterAll(async () => {
  await s3?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('ObjectStorage against s3rver', () => {
  it('puts, gets, lists and checks objects', async () => {
    const job = randomUUID();
    const source = join(scratch, 'source.bundle');
    await writeFile(source, 'bundle bytes');
    await storage.putFile(repoKey(job, 'source.bundle'), source);
    await storage.putBuffer(reportKey(job, 'report.json'), Buffer.from('{"findings":[]}'));
    await storage.putStream(
      cleanedKey(job, 'repo.zip'),
      Readable.from([Buffer.from('zip '), Buffer.from('bytes')]),
      9,
    );

    expect(await storage.exists(repoKey(job, 'source.bundle'))).toBe(true);
    expect(await storage.exists(repoKey(job, 'missing.bundle'))).toBe(false);
    expect((await storage.getBuffer(reportKey(job, 'report.json'))).toString()).toBe('{"findings":[]}');
    const target = join(scratch, 'out', 'repo.zip');
    await storage.getToFile(cleanedKey(job, 'repo.zip'), target);
    expect(await readFile(target, 'utf8')).toBe('zip bytes');

    const listed = await storage.listPrefix(`repos/${job}/`);
    expect(listed.map((o) => o.key)).toEqual([`repos/${job}/source.bundle`]);
    expect(listed[0].size).toBe(12);
  });

  it('deletes everything under a prefix and nothing else, across listing pages', async () => {
    const job = randomUUID();
    const neighbour = `${job.slice(0, -1)}${job.endsWith('0') ? '1' : '0'}`; // shares all but the last char
    for (let start = 0; start < 1005; start += 100) {
      const parts = Array.from({ length: Math.min(100, 1005 - start) }, (_, i) => start + i);
      await Promise.all(
        parts.map((i) => storage.putBuffer(reportKey(job, `part-${i}.json`), Buffer.from('x'))),
      );
    }
    await storage.putBuffer(repoKey(job, 'source.bundle'), Buffer.from('keep: other area'));
    await storage.putBuffer(reportKey(neighbour, 'report.json'), Buffer.from('keep: other job'));

    expect(await storage.deletePrefix(`reports/${job}/`)).toBe(1005);
    expect(await storage.listPrefix(`reports/${job}/`)).toEqual([]);
    expect(await storage.exists(repoKey(job, 'source.bundle'))).toBe(true);
    expect(await storage.exists(reportKey(neighbour, 'report.json'))).toBe(true);
    await expect(storage.deletePrefix(`reports/${job}`)).rejects.toThrow(/ending with/);
    await expect(storage.deletePrefix('')).rejects.toThrow(/prefix/);
  });

  it('serves a presigned URL to plain HTTP until it expires', async () => {
    const job = randomUUID();
    const key = cleanedKey(job, 'repo.bundle');
    await storage.putBuffer(key, Buffer.from('cleaned repository'));
    const url = await storage.presignedGetUrl(key, 1);
    expect(url).not.toContain(s3.secretKey);

    const fresh = await fetch(url);
    expect(fresh.status).toBe(200);
    expect(await fresh.text()).toBe('cleaned repository');

    // The signing time has whole-second resolution: expired within about 2 s.
    const deadline = Date.now() + 4000;
    let status = 200;
    while (status === 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await fetch(url)).status;
    }
    expect(status).toBe(403);
    await expect(storage.presignedGetUrl(key, 0)).rejects.toThrow(/ttl/);
  });

  it('stores an encrypted report that round-trips and reports health', async () => {
    const key = Buffer.alloc(32, 7);
    const plaintext = Buffer.from(JSON.stringify({ secret: 'AKIAIOSFODNN7EXAMPLE' }));
    const objectKey = reportKey(randomUUID(), 'secrets.enc');
    await storage.putBuffer(objectKey, encryptReport(plaintext, key));
    const stored = await storage.getBuffer(objectKey);
    expect(stored.includes(Buffer.from('AKIAIOSFODNN7EXAMPLE'))).toBe(false);
    expect(decryptReport(stored, key)).toEqual(plaintext);
    expect(await storage.isHealthy()).toBe(true);
  });

  it('reports unhealthy, quickly, when the server is unreachable', async () => {
    const down = new ObjectStorage({
      endpoint: 'http://127.0.0.1:1',
      accessKey: 'a',
      secretKey: 'b',
      bucket: 'dg-test',
      healthTimeoutMs: 1000,
    });
    expect(await down.isHealthy()).toBe(false);
  });
});
