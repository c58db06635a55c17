// Shared by the benchmarks: builds (once, cached under .bench/) the deterministic history
// repository of ../shared/bench/make-history-repo.py, or uses DEPLOYGUARD_BENCH_REPO.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const GENERATOR =
  process.env.DEPLOYGUARD_BENCH_GENERATOR || path.resolve(ROOT, '../shared/bench/make-history-repo.py');

function benchRepository(sizeMb) {
  const repo = process.env.DEPLOYGUARD_BENCH_REPO || path.join(ROOT, '.bench', `history-${sizeMb}mb`);
  const truthFile = repo + '.truth.json';
  if (!existsSync(truthFile) || !existsSync(path.join(repo, '.git'))) {
    if (!existsSync(GENERATOR))
      throw new Error(`benchmark generator not found at ${GENERATOR} (set DEPLOYGUARD_BENCH_GENERATOR)`);
    mkdirSync(path.dirname(repo), { recursive: true });
    console.log(`building ${repo} (${sizeMb} MB of history)…`);
    execFileSync('python3', [GENERATOR, repo, '--size-mb', String(sizeMb)], { stdio: 'inherit' });
  }
  return { repo, truth: JSON.parse(readFileSync(truthFile, 'utf8')) };
}

// Runs a command, returns wall seconds and peak RSS in MB (GNU time), throws on failure unless allowed.
function measure(cmd, args, options = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', options.stdout ?? 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const stderr = r.stderr.toString();
  const rssKb = Number(stderr.trim().split('\n').pop());
  if (!(options.okCodes ?? [0]).includes(r.status)) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}: ${stderr.slice(-2000)}`);
  }
  return { seconds, rssMb: rssKb / 1024, status: r.status };
}

module.exports = { ROOT, benchRepository, measure };
