// npm run bench:panel — the review panel's weight and speed (`npm run build` first). Prints:
//   - the gzipped size of its JavaScript and CSS in dist/web (target: JavaScript < 300 kB);
//   - with DEPLOYGUARD_BENCH_PANEL_URL (an API serving the panel, started with NODE_ENV=development
//     PANEL_DEV_IDENTITY=true): time from navigation to the jobs view rendered with its data, and
//     the first contentful paint, in headless Chromium with a cold cache, median of N runs
//     (target < 1 s). The page of a static file server is measured in the same run as the floor.
// Env: DEPLOYGUARD_BENCH_PANEL_URL, DEPLOYGUARD_BENCH_PANEL_RUNS (7), CHROMIUM_PATH (/usr/bin/chromium).
/* global performance */
'use strict';
const { readdirSync, readFileSync } = require('node:fs');
const { createServer } = require('node:http');
const path = require('node:path');
const { gzipSync } = require('node:zlib');
const { chromium } = require('playwright-core');

const ASSETS = path.join(__dirname, '..', 'dist', 'web', 'assets');
const RUNS = Number(process.env.DEPLOYGUARD_BENCH_PANEL_RUNS || 7);
const URL_ = process.env.DEPLOYGUARD_BENCH_PANEL_URL;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

function sizes() {
  const total = { js: [0, 0], css: [0, 0] };
  for (const name of readdirSync(ASSETS)) {
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    const body = readFileSync(path.join(ASSETS, name));
    total[kind][0] += body.length;
    total[kind][1] += gzipSync(body, { level: 9 }).length;
  }
  return total;
}

// A page with one heading from a plain server: what any page costs here (browser, machine load).
function floorServer() {
  const server = createServer((_, res) => res.end('<!doctype html><title>floor</title><h1>Your jobs</h1>'));
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function timeRender(browser, url, user, ready) {
  const context = await browser.newContext();
  if (user)
    await context.addInitScript(`sessionStorage.setItem('deployguard.dev-user-id', ${JSON.stringify(user)})`);
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  const ms = performance.now() - started;
  const fcp = await page.evaluate(
    "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0",
  );
  await context.close();
  return { ms, fcp };
}

async function main() {
  const s = sizes();
  console.log(`panel JavaScript: ${kb(s.js[0])} raw, ${kb(s.js[1])} gzipped (target < 300 kB)`);
  console.log(`panel CSS: ${kb(s.css[0])} raw, ${kb(s.css[1])} gzipped`);
  if (!URL_) return console.log('first render: set DEPLOYGUARD_BENCH_PANEL_URL to measure it');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  const floor = await floorServer();
  try {
    const floorUrl = `http://127.0.0.1:${floor.address().port}/`;
    const panel = [];
    const plain = [];
    for (let i = 0; i < RUNS; i++) {
      plain.push(await timeRender(browser, floorUrl, null, 'h1'));
      // the jobs view with its data: the table, or the empty state when the user has no jobs
      panel.push(await timeRender(browser, URL_, 'bench-panel-user', 'table.jobs, p.empty'));
    }
    const m = (xs, k) => median(xs.map((x) => x[k])).toFixed(0);
    console.log(
      `first render of the jobs view (navigation → data shown): median ${m(panel, 'ms')} ms over ${RUNS} runs, ` +
        `first contentful paint ${m(panel, 'fcp')} ms (target < 1000 ms)`,
    );
    console.log(
      `floor (a static page, same browser): ${m(plain, 'ms')} ms, first contentful paint ${m(plain, 'fcp')} ms`,
    );
  } finally {
    floor.close();
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
