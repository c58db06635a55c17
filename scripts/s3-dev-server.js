#!/usr/bin/env node
// Local S3-compatible server for development and tests (s3rver), bound to 127.0.0.1.
// Usage: node scripts/s3-dev-server.js [--port 9000] [--dir .data/s3] [--bucket deployguard]
// Keys come from S3_ACCESS_KEY / S3_SECRET_KEY (defaults for local use only). s3rver checks that
// the access key exists but does not verify v4 signatures: it is not a security boundary.
// s3rver encrypts list continuation tokens with DES, which OpenSSL 3 only offers with the legacy
// provider: the script re-executes itself with --openssl-legacy-provider when needed.
/* global Buffer, __filename */
'use strict';
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const { mkdirSync, readdirSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');
const S3rver = require('s3rver');
const AWSAccount = require('s3rver/lib/models/account');

// s3rver deletes the objects of a multi-delete concurrently, and each then removes its emptied
// parent directories: two of them racing on the same directory fail with ENOENT (a 500). The
// objects are gone by then, so the race is harmless.
const FilesystemStore = require('s3rver/lib/stores/filesystem');
const deleteObject = FilesystemStore.prototype.deleteObject;
FilesystemStore.prototype.deleteObject = async function tolerantDeleteObject(...args) {
  try {
    return await deleteObject.apply(this, args);
  } catch (err) {
    if (err && err.code === 'ENOENT') return undefined;
    throw err;
  }
};

// Multipart uploads: s3rver implements initiate, upload part and complete, but not the two
// listings that the minio client (our production client, talking to MinIO) calls first to resume
// an unfinished upload of the same key: ListMultipartUploads (GET /bucket?uploads) and ListParts
// (GET /bucket/key?uploadId=…). Without them every object above the client's part size (64 MiB)
// failed with NotImplemented. They are answered here from s3rver's own record of the uploads in
// progress (<dir>/<bucket>/._S3rver_uploads/<id>/{key, 1, 1.md5, 2, …}), so the client's real
// multipart path — the one production uses — runs against the development server too.
const xmlText = (value) => String(value).replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const UPLOAD_ID = /^[0-9a-f]{32}$/; // s3rver's: 16 random bytes in hex

function uploadsDir(directory, bucket) {
  return path.join(directory, bucket, '._S3rver_uploads');
}

function listUploads(directory, bucket, prefix) {
  const root = uploadsDir(directory, bucket);
  let ids = [];
  try {
    ids = readdirSync(root);
  } catch {
    return [];
  }
  return ids
    .map((id) => {
      try {
        const key = readFileSync(path.join(root, id, 'key'), 'utf8');
        return { id, key, initiated: statSync(path.join(root, id, 'key')).mtime };
      } catch {
        return null; // completed or aborted meanwhile
      }
    })
    .filter((u) => u && u.key.startsWith(prefix));
}

function listParts(directory, bucket, uploadId) {
  const dir = path.join(uploadsDir(directory, bucket), uploadId);
  return readdirSync(dir)
    .filter((name) => /^\d+$/.test(name))
    .map((name) => ({
      number: Number(name),
      size: statSync(path.join(dir, name)).size,
      modified: statSync(path.join(dir, name)).mtime,
      etag: readFileSync(path.join(dir, `${name}.md5`), 'utf8'),
    }))
    .sort((a, b) => a.number - b.number);
}

function multipartListings(directory, accessKey) {
  return async (ctx, next) => {
    const [, bucket, key] = /^\/([^/]+)(?:\/(.+))?$/.exec(ctx.path) || [];
    const listing =
      ctx.method === 'GET' && bucket && (key ? 'uploadId' in ctx.query : 'uploads' in ctx.query);
    // names that become paths under the store: a bucket name and s3rver's own upload ids only
    if (!listing || !BUCKET_NAME.test(bucket) || bucket.includes('..')) return next();
    // the same check s3rver makes: a known access key (it does not verify signatures either)
    if (!String(ctx.get('authorization')).includes(`Credential=${accessKey}/`)) {
      ctx.status = 403;
      ctx.type = 'application/xml';
      ctx.body = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code></Error>';
      return undefined;
    }
    ctx.type = 'application/xml';
    if (!key) {
      const prefix = String(ctx.query.prefix || '');
      const uploads = listUploads(directory, bucket, prefix)
        .map(
          (u) =>
            `<Upload><Key>${xmlText(u.key)}</Key><UploadId>${u.id}</UploadId>` +
            `<StorageClass>STANDARD</StorageClass><Initiated>${u.initiated.toISOString()}</Initiated></Upload>`,
        )
        .join('');
      ctx.body =
        '<?xml version="1.0" encoding="UTF-8"?><ListMultipartUploadsResult>' +
        `<Bucket>${xmlText(bucket)}</Bucket><Prefix>${xmlText(prefix)}</Prefix>` +
        `<MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated>${uploads}</ListMultipartUploadsResult>`;
      return undefined;
    }
    let parts;
    try {
      if (!UPLOAD_ID.test(String(ctx.query.uploadId))) throw new Error('not an upload id');
      parts = listParts(directory, bucket, String(ctx.query.uploadId));
    } catch {
      ctx.status = 404;
      ctx.body = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchUpload</Code></Error>';
      return undefined;
    }
    ctx.body =
      '<?xml version="1.0" encoding="UTF-8"?><ListPartsResult>' +
      `<Bucket>${xmlText(bucket)}</Bucket><Key>${xmlText(key)}</Key><UploadId>${xmlText(ctx.query.uploadId)}</UploadId>` +
      '<IsTruncated>false</IsTruncated>' +
      parts
        .map(
          (p) =>
            `<Part><PartNumber>${p.number}</PartNumber><LastModified>${p.modified.toISOString()}</LastModified>` +
            `<ETag>"${p.etag}"</ETag><Size>${p.size}</Size></Part>`,
        )
        .join('') +
      '</ListPartsResult>';
    return undefined;
  };
}

async function startS3rver({ port = 0, directory, accessKey, secretKey, buckets = [] }) {
  if (!directory || !accessKey || !secretKey)
    throw new Error('s3 server: directory, accessKey and secretKey are required');
  mkdirSync(directory, { recursive: true });
  // s3rver keeps one global key registry; replace its well-known default key with ours.
  AWSAccount.DUMMY_ACCOUNT.revokeAccessKey('S3RVER');
  AWSAccount.DUMMY_ACCOUNT.createKeyPair(accessKey, secretKey);
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    directory,
    silent: process.env.S3_DEBUG ? false : true,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  // before s3rver's router (the last middleware), which would answer NotImplemented
  server.middleware.splice(server.middleware.length - 1, 0, multipartListings(directory, accessKey));
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    port: address.port,
    async close() {
      // Keep-alive sockets of S3 clients would otherwise hold close() open.
      server.httpServer.closeAllConnections?.();
      await server.close();
    },
  };
}

module.exports = { startS3rver };

function desAvailable() {
  try {
    crypto.createCipheriv('des', Buffer.alloc(8), Buffer.alloc(8));
    return true;
  } catch {
    return false;
  }
}

function reexecWithLegacyProvider() {
  const child = spawn(process.execPath, ['--openssl-legacy-provider', __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('port', process.env.S3_PORT || '9000'));
  const directory = path.resolve(arg('dir', process.env.S3_DIR || '.data/s3'));
  const bucket = arg('bucket', process.env.S3_BUCKET || 'deployguard');
  startS3rver({
    port,
    directory,
    // The services' development default (libs/config), so both sides agree without configuration.
    accessKey: process.env.S3_ACCESS_KEY || 'S3RVER',
    secretKey: process.env.S3_SECRET_KEY || 'S3RVER',
    buckets: [bucket],
  }).then(
    (s3) => {
      // Never print the secret key.
      console.log(
        JSON.stringify({
          msg: 's3 dev server listening',
          endpoint: s3.endpoint,
          port: s3.port,
          bucket,
          directory,
        }),
      );
      const stop = () => s3.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (err) => {
      console.error(JSON.stringify({ msg: 's3 dev server failed to start', error: err.message }));
      process.exit(1);
    },
  );
}

if (require.main === module) {
  if (desAvailable()) main();
  else reexecWithLegacyProvider();
}
