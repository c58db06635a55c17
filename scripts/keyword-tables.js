#!/usr/bin/env node
// Part of `npm run build` (after tsc): saves the keyword automaton's tables of the built-in rules
// under dist/keyword-tables/, where a scan reads them instead of building them at start-up (about
// 35 ms; see libs/detect/src/keyword-tables-file.ts).
'use strict';
const path = require('node:path');
const { Detector, defaultRules } = require(path.join(__dirname, '..', 'dist', 'libs', 'detect', 'src'));

new Detector(defaultRules).saveKeywordTables();
