// Runs one history scan of a repository with the built library (dist/), like `deployguard scan
// --format json`, and prints JSON: the scan's per-phase timings, the report phase (formatting and
// writing the JSON report), content bytes, and the sorted finding fingerprints.
// Usage: node bench/scan-phases.js REPO OUTPUT_FILE
'use strict';
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const DIST = path.resolve(__dirname, '..', 'dist');
const { scanRepository } = require(path.join(DIST, 'libs/scan/src'));
const { formatReport } = require(path.join(DIST, 'libs/report/src'));
const { scanConfigFor } = require(path.join(DIST, 'apps/cli/src/scan-config.loader'));

async function main() {
  const [repo, output] = process.argv.slice(2);
  const result = await scanRepository({ path: repo, history: true, config: (await scanConfigFor(repo)).config });
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  writeFileSync(output, formatReport(result.report, 'json', { color: false }));
  const cpu = process.cpuUsage(cpu0);
  const timings = [
    ...result.timings,
    { phase: 'report', wallMs: performance.now() - wall0, cpuMs: (cpu.user + cpu.system) / 1000 },
  ];
  const { stats, findings } = result.report;
  process.stdout.write(
    JSON.stringify({
      timings,
      commits: stats.commits,
      refs: stats.refs,
      blobs: stats.blobs_scanned,
      bytes: stats.bytes_scanned,
      fingerprints: findings.map((f) => f.fingerprint).sort(),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
