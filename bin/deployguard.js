#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the prepare script).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const main = join(__dirname, '..', 'dist', 'apps', 'cli', 'src', 'main.js');
if (!existsSync(main)) {
  const root = join(__dirname, '..');
  process.stderr.write(`deployguard: error: not built: run \`npm install\` (or \`npm run build\`) in ${root}\n`);
  process.exit(2);
}
require(main).run(process.argv);
