'use strict';
// Loads a one-file CommonJS bundle with V8's code cache, kept beside it (<bundle>.v8cache): the
// bytecode of what the last run compiled, so a short-lived process (the pre-commit hook) does not
// compile the same ~800 KB again on every commit. Node 22 has module.enableCompileCache(); the
// engines field still allows Node 20, which has only the vm API used here.
const { Buffer } = require('node:buffer');
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

// The cache is written for one version of the bundle: V8 checks only its own version, flags and
// the source's length, so the bundle's size and modification time are checked here.
const KEY_BYTES = 64;

function keyOf(stats) {
  const key = Buffer.alloc(KEY_BYTES);
  key.write(`${stats.size}:${stats.mtimeMs}:${stats.ino}`, 'latin1');
  return key;
}

/**
 * `require(file)` for a bundle whose fs.Stats are `stats`, through the code cache. A missing,
 * stale or rejected cache costs nothing but the normal compile, after which the cache is
 * written (when the directory is writable) at the process's exit, with what the run compiled.
 */
function requireWithCodeCache(file, stats) {
  const source = readFileSync(file, 'utf8');
  const cacheFile = `${file}.v8cache`;
  const key = keyOf(stats);
  let cachedData;
  try {
    const saved = readFileSync(cacheFile);
    if (saved.subarray(0, KEY_BYTES).equals(key)) cachedData = saved.subarray(KEY_BYTES);
  } catch {
    // no cache yet
  }
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
        writeFileSync(partial, Buffer.concat([key, script.createCachedData()]));
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
