#!/usr/bin/env node
// npm run rules:table — rewrites the README's table of built-in rules from the rule data (after
// `npm run build`); `-- --check` only says whether it is up to date (exit 1 when stale).
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const README = path.join(ROOT, 'README.md');
const { defaultRules } = require(path.join(ROOT, 'dist/libs/detect/src'));
const { rulesTable, withRulesTable } = require(path.join(ROOT, 'dist/libs/detect/src/rules/rules-table'));

const text = readFileSync(README, 'utf8');
const updated = withRulesTable(text, rulesTable(defaultRules));
if (process.argv.includes('--check')) {
  if (updated !== text) {
    console.error('README.md: the rules table is stale; run `npm run rules:table`');
    process.exit(1);
  }
} else if (updated !== text) {
  writeFileSync(README, updated);
  console.log(`README.md: rules table rewritten (${defaultRules.length} rules)`);
} else console.log('README.md: rules table up to date');
