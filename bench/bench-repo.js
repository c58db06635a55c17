// Shared by the benchmarks: builds (once, cached under .bench/) the deterministic history
// repository of ../shared/bench/make-history-repo.py, or uses DEPLOYGUARD_BENCH_REPO.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
// ../shared beside the checkout (or two levels up, from a worktree under /work/wt).
const SHARED =
  process.env.DEPLOYGUARD_SHARED ||
  [path.resolve(ROOT, '../shared'), path.resolve(ROOT, '../../shared')].find((d) => existsSync(d)) ||
  path.resolve(ROOT, '../shared');
const GENERATOR =
  process.env.DEPLOYGUARD_BENCH_GENERATOR || path.join(SHARED, 'bench', 'make-history-repo.py');

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

// Runs a command; returns wall seconds, CPU seconds and the peak RSS in MB of the largest process
// of the tree (GNU time). Throws on an unexpected exit code.
function measure(cmd, args, options = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', cmd, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', options.stdout ?? 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const stderr = r.stderr.toString();
  const [rssKb, user, sys] = stderr.trim().split('\n').pop().split(' ').map(Number);
  if (!(options.okCodes ?? [0]).includes(r.status)) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}: ${stderr.slice(-2000)}`);
  }
  // cpuSeconds: user + system time of the process and the children it waited for (git)
  return { seconds, cpuSeconds: user + sys, rssMb: rssKb / 1024, status: r.status };
}

// Runs a Node script like `measure`, and also reports that Node process's own peak RSS in MB.
function measureNode(script, args, options = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'deployguard-rss-'));
  const file = path.join(dir, 'rss');
  try {
    const probe = path.join(__dirname, 'rss-probe.js');
    const run = measure('node', ['-r', probe, script, ...args], {
      ...options,
      env: { ...options.env, DEPLOYGUARD_RSS_FILE: file },
    });
    return { ...run, nodeRssMb: Number(readFileSync(file, 'utf8')) / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { ROOT, SHARED, benchRepository, measure, measureNode };
