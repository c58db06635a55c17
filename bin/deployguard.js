#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the prepare script).
const { statSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');
const main = join(dist, 'apps', 'cli', 'src', 'main.js');
const built = statSync(main, { throwIfNoEntry: false });
if (!built) {
  const root = join(__dirname, '..');
  process.stderr.write(
    `deployguard: error: not built: run \`npm install\` (or \`npm run build\`) in ${root}\n`,
  );
  process.exit(2);
}

// `deployguard protect` (a pre-commit hook, run on every commit) starts from its one-file bundle
// (scripts/bundle-protect.js) and V8's code cache, unless tsc has rebuilt dist/ since the bundle
// was made.
function load(command) {
  if (command === 'protect') {
    const bundle = join(dist, 'cli', 'protect.js');
    const bundled = statSync(bundle, { throwIfNoEntry: false });
    if (bundled && bundled.mtimeMs >= built.mtimeMs)
      return require('./code-cache').requireWithCodeCache(bundle, bundled);
  }
  return require(main);
}

load(process.argv[2]).run(process.argv);
