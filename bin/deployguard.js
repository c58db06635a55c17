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

// Every command starts from a one-file bundle (scripts/bundle-cli.js) and V8's code cache, unless
// tsc has rebuilt dist/ since the bundle was made: `deployguard protect` (a pre-commit hook, run on
// every commit) from its own, smaller one.
function load(command) {
  const bundle = join(dist, 'cli', command === 'protect' ? 'protect.js' : 'main.js');
  const bundled = statSync(bundle, { throwIfNoEntry: false });
  if (bundled?.isFile() && bundled.mtimeMs >= built.mtimeMs)
    return require('./code-cache').requireWithCodeCache(bundle, bundled);
  return require(main);
}

load(process.argv[2]).run(process.argv);
