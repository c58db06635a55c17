// Preloaded into a measured Node process (`node -r ./bench/rss-probe.js …`): at exit, writes the
// process's own peak RSS in KB (worker threads included, git children excluded) to the file named
// by DEPLOYGUARD_RSS_FILE. GNU time's %M reports the largest process of the tree instead, which
// for a big repository is git itself (it maps the pack files).
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.DEPLOYGUARD_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
