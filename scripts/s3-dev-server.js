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
const { mkdirSync } = require('node:fs');
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
