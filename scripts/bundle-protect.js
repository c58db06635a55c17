#!/usr/bin/env node
// Part of `npm run build` (after tsc): bundles `deployguard protect` into one file,
// dist/cli/protect.js, with the scan worker beside it (dist/cli/scan.worker.js, where the bundled
// scan pool looks for it). A pre-commit hook starts a new Node process on every commit; resolving
// and compiling ~120 modules cost more than the scan of a typical commit. The other commands keep
// running from tsc's output (dist/apps/cli/src/main.js).
'use strict';
const { buildSync } = require('esbuild');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

buildSync({
  absWorkingDir: ROOT,
  entryPoints: {
    protect: 'apps/cli/src/protect.main.ts',
    'scan.worker': 'libs/scan/src/scan.worker.ts',
  },
  outdir: 'dist/cli',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  tsconfig: 'tsconfig.build.json',
  // Left to node_modules: re2, a native addon, and what only a config file needs (yaml, and the
  // schema validation's class-validator, ~900 KB with its dependencies).
  external: ['re2', 'yaml', 'class-validator', 'class-transformer', 'reflect-metadata'],
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
});
