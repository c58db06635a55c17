#!/usr/bin/env node
// Part of `npm run build` (after tsc): bundles the CLI into one file, dist/cli/main.js, and
// `deployguard protect` alone into a smaller one, dist/cli/protect.js, with the scan worker beside
// them (dist/cli/scan.worker.js, where the bundled scan pool looks for it). bin/deployguard.js
// loads them through V8's code cache: every command starts a new Node process, and resolving and
// compiling ~120 modules cost about 40 ms of each run (more than a pre-commit hook's scan of a
// typical commit). tsc's output (dist/apps/cli/src/main.js) stays the fallback.
'use strict';
const { buildSync } = require('esbuild');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

buildSync({
  absWorkingDir: ROOT,
  entryPoints: {
    main: 'apps/cli/src/main.ts',
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
