'use strict';
// Loads a one-file CommonJS bundle with V8's code cache, kept beside it (<bundle>.v8cache): the
// bytecode of what the last run compiled, so a short-lived process (the pre-commit hook) does not
// compile the same ~800 KB again on every commit. Node 22 has module.enableCompileCache(); the
// engines field still allows Node 20, which has only the vm API used here.
const { Buffer } = require('node:buffer');
const { createHash } = require('node:crypto');
const {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

// The cache is written for one version of the bundle: V8 checks only its own version, flags and
// the source's length, so the bundle's size and modification time are checked here. V8 does not
// check the bytecode itself, and runs a damaged one (a crash, a hang, wrong behaviour): a SHA-256
// of what follows the header is checked before V8 is given it.
const KEY_BYTES = 64;
const HEADER_BYTES = KEY_BYTES + 32;
// A cache is about 1 MB; anything much larger is not one.
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

function keyOf(stats) {
  const key = Buffer.alloc(KEY_BYTES);
  key.write(`${stats.size}:${stats.mtimeMs}:${stats.ino}`, 'latin1');
  return key;
}

const sha256 = (data) => createHash('sha256').update(data).digest();

// The bytecode saved for `key` in `cacheFile`, or undefined: a regular file only (opened without
// waiting, so a named pipe put in its place cannot hang the command), of a cache's size, whose key
// and checksum match.
function readCache(cacheFile, key) {
  let fd;
  try {
    fd = openSync(cacheFile, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined; // no cache yet
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size < HEADER_BYTES || stats.size > MAX_CACHE_BYTES) return undefined;
    const saved = Buffer.alloc(stats.size);
    let read = 0;
    for (let n; read < saved.length && (n = readSync(fd, saved, read, saved.length - read, read)) > 0;)
      read += n;
    const payload = saved.subarray(HEADER_BYTES, read);
    if (!saved.subarray(0, KEY_BYTES).equals(key)) return undefined;
    return sha256(payload).equals(saved.subarray(KEY_BYTES, HEADER_BYTES)) ? payload : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * `require(file)` for a bundle whose fs.Stats are `stats`, through the code cache. A missing,
 * stale, damaged or rejected cache costs nothing but the normal compile, after which the cache
 * is written (when the directory is writable) at the process's exit, with what the run compiled.
 */
function requireWithCodeCache(file, stats) {
  const source = readFileSync(file, 'utf8');
  const cacheFile = `${file}.v8cache`;
  const key = keyOf(stats);
  const cachedData = readCache(cacheFile, key);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', () => {
      // Written whole, then renamed: two hooks running at once never leave half a cache.
      const partial = `${cacheFile}.${process.pid}`;
      try {
        const data = script.createCachedData();
        writeFileSync(partial, Buffer.concat([key, sha256(data), data]));
        renameSync(partial, cacheFile);
      } catch {
        // a read-only installation runs without the cache
        rmSync(partial, { force: true });
      }
    });
  }
  return mod.exports;
}

module.exports = { requireWithCodeCache };
