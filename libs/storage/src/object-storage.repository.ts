// The only door to the S3-compatible store. Every key is checked (see storage-keys.ts) before it
// reaches the client, deletion works on "/"-terminated prefixes only, and every failure of the
// store itself leaves as a StorageError (transient or permanent, see storage.errors.ts).
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'minio';
import type { AppConfig } from '@deployguard/config';
import { toStorageError } from './storage.errors';
import { assertKey, assertPrefix } from './storage-keys';

export interface StorageConfig {
  endpoint: string; // http://127.0.0.1:9000 — no credentials in the URL
  accessKey: string;
  secretKey: string;
  bucket: string;
  region?: string; // default us-east-1; set so presigning needs no bucket-location round trip
  healthTimeoutMs?: number; // default 2000
}

export interface StoredObject {
  key: string;
  size: number;
  lastModified: Date;
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const MAX_PRESIGN_SECONDS = 7 * 24 * 3600;
const DELETE_BATCH = 1000; // S3 DeleteObjects limit

export class ObjectStorage {
  readonly bucket: string;
  private readonly client: Client;
  private readonly region: string;
  private readonly healthTimeoutMs: number;

  constructor(config: StorageConfig) {
    let url: URL;
    try {
      url = new URL(config.endpoint);
    } catch {
      throw new Error('storage endpoint: expected a URL such as http://127.0.0.1:9000');
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) {
      throw new Error(
        'storage endpoint: expected http(s)://host:port without credentials (use accessKey/secretKey)',
      );
    }
    if (!BUCKET.test(config.bucket))
      throw new Error('storage bucket: expected 3-63 lowercase letters, digits, "." or "-"');
    if (!config.accessKey || !config.secretKey)
      throw new Error('storage credentials: accessKey and secretKey are required');
    this.bucket = config.bucket;
    this.region = config.region ?? 'us-east-1';
    this.healthTimeoutMs = config.healthTimeoutMs ?? 2000;
    this.client = new Client({
      endPoint: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      useSSL: url.protocol === 'https:',
      accessKey: config.accessKey,
      secretKey: config.secretKey,
      region: this.region,
      pathStyle: true,
    });
  }

  ensureBucket(): Promise<void> {
    return storageCall(async () => {
      if (await this.client.bucketExists(this.bucket)) return;
      try {
        await this.client.makeBucket(this.bucket, this.region);
      } catch (err) {
        // Another process created it between the two calls.
        if (!(await this.client.bucketExists(this.bucket))) throw err;
      }
    });
  }

  async putFile(key: string, path: string, contentType = 'application/octet-stream'): Promise<void> {
    assertKey(key);
    await storageCall(() => this.client.fPutObject(this.bucket, key, path, { 'Content-Type': contentType }));
  }

  // The size is required: it lets the client choose a single PUT or a multipart upload (above
  // 64 MiB) and size the parts.
  async putStream(
    key: string,
    stream: Readable,
    size: number,
    contentType = 'application/octet-stream',
  ): Promise<void> {
    assertKey(key);
    await storageCall(() =>
      this.client.putObject(this.bucket, key, stream, size, { 'Content-Type': contentType }),
    );
  }

  async putBuffer(key: string, data: Buffer, contentType = 'application/octet-stream'): Promise<void> {
    assertKey(key);
    await storageCall(() =>
      this.client.putObject(this.bucket, key, data, data.length, { 'Content-Type': contentType }),
    );
  }

  async getStream(key: string): Promise<Readable> {
    assertKey(key);
    return storageCall(() => this.client.getObject(this.bucket, key));
  }

  async getBuffer(key: string): Promise<Buffer> {
    const stream = await this.getStream(key);
    return storageCall(async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    });
  }

  async getToFile(key: string, path: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const stream = await this.getStream(key);
    // a connection lost mid-body is the storage's failure; a local write error stays as it is
    await storageCall(() => pipeline(stream, createWriteStream(path)));
  }

  async presignedGetUrl(key: string, ttlSeconds: number): Promise<string> {
    assertKey(key);
    checkTtl(ttlSeconds);
    return storageCall(() => this.client.presignedGetObject(this.bucket, key, ttlSeconds));
  }

  /** A URL that lets its holder PUT exactly this object until it expires (uploads, SPEC §11). */
  async presignedPutUrl(key: string, ttlSeconds: number): Promise<string> {
    assertKey(key);
    checkTtl(ttlSeconds);
    return storageCall(() => this.client.presignedPutObject(this.bucket, key, ttlSeconds));
  }

  /** The object's size in bytes, or null when there is no such object. */
  async size(key: string): Promise<number | null> {
    try {
      return (await this.client.statObject(this.bucket, assertKey(key))).size;
    } catch (err) {
      if (isNotFound(err)) return null;
      throw toStorageError(err);
    }
  }

  async exists(key: string): Promise<boolean> {
    assertKey(key);
    try {
      await this.client.statObject(this.bucket, key);
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw toStorageError(err);
    }
  }

  async listPrefix(prefix: string): Promise<StoredObject[]> {
    assertPrefix(prefix);
    return storageCall(async () => {
      const out: StoredObject[] = [];
      for await (const item of this.client.listObjectsV2(this.bucket, prefix, true)) {
        if (item.name)
          out.push({ key: item.name, size: item.size ?? 0, lastModified: item.lastModified ?? new Date(0) });
      }
      return out;
    });
  }

  // Streams the listing (paginated by the client) and deletes in batches; returns the count.
  async deletePrefix(prefix: string): Promise<number> {
    assertPrefix(prefix);
    return storageCall(() => this.deleteListed(prefix));
  }

  private async deleteListed(prefix: string): Promise<number> {
    let batch: string[] = [];
    let deleted = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const results = await this.client.removeObjects(this.bucket, batch);
      // The client returns one entry per object the server failed to delete.
      const failed = results.filter(Boolean);
      if (failed.length > 0) throw new Error(`deleting ${failed.length} object(s) under ${prefix} failed`);
      deleted += batch.length;
      batch = [];
    };
    for await (const item of this.client.listObjectsV2(this.bucket, prefix, true)) {
      if (!item.name?.startsWith(prefix)) continue;
      batch.push(item.name);
      if (batch.length >= DELETE_BATCH) await flush();
    }
    await flush();
    return deleted;
  }

  // One small request with a deadline: for readiness probes.
  async isHealthy(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>(
      (resolve) => (timer = setTimeout(() => resolve(false), this.healthTimeoutMs)),
    );
    const probe = this.client.bucketExists(this.bucket).catch(() => false);
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** S3_ENDPOINT unset (development): the local server that scripts/s3-dev-server.js starts. */
export function storageEndpoint(config: Pick<AppConfig, 's3'>): string {
  const { endpoint, port, useSsl } = config.s3;
  return `${useSsl ? 'https' : 'http'}://${endpoint ?? '127.0.0.1'}:${port}`;
}

/** The one storage client of every process, built from the validated configuration. */
export function createObjectStorage(config: Pick<AppConfig, 's3'>): ObjectStorage {
  return new ObjectStorage({
    endpoint: storageEndpoint(config),
    accessKey: config.s3.accessKey,
    secretKey: config.s3.secretKey,
    bucket: config.s3.bucket,
    region: config.s3.region,
  });
}

async function storageCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toStorageError(err);
  }
}

function isNotFound(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'NotFound' || code === 'NoSuchKey' || code === 'NoSuchBucket';
}

function checkTtl(ttlSeconds: number): number {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_PRESIGN_SECONDS)
    throw new Error(`presigned URL ttl: expected whole seconds from 1 to ${MAX_PRESIGN_SECONDS}`);
  return ttlSeconds;
}
