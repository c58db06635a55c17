#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the prepare script).
require('../dist/apps/cli/src/main.js').run(process.argv);
