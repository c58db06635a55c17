#!/usr/bin/env node
// Part of `npm run build`: compiles the native keyword scan (native/keyword_scan.c, see
// binding.gyp) into build/Release/deployguard_native.node with node-gyp, as npm builds re2. The
// scan works without it (the same walk in JavaScript, about 1.6 times slower), so a machine
// without a C compiler gets a warning, not a failed build.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
// npm's own node-gyp, the one it builds re2 with (run this through `npm run`: npm names it, and
// the Node.js headers, in the environment), else one on the PATH.
const gyp = process.env.npm_config_node_gyp;
const run = gyp
  ? spawnSync(process.execPath, [gyp, 'rebuild', '--silent'], { cwd: ROOT, stdio: 'inherit' })
  : spawnSync('node-gyp', ['rebuild', '--silent'], { cwd: ROOT, stdio: 'inherit' });
if (run.status !== 0) {
  const why = run.error ? run.error.message : `node-gyp exited with ${run.status ?? run.signal}`;
  process.stderr.write(
    `warning: the native keyword scan was not built (${why}); the scan uses its JavaScript walk\n`,
  );
}
