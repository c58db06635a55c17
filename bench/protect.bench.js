// npm run bench:protect — `deployguard protect --staged` end to end, as a pre-commit hook runs it
// (a new Node process each time, start-up included), on a typical commit: 6 files, ~400 added
// lines of real source (taken at run time from the psf/requests mirror when present, else
// generated), one of them holding a secret. Prints the median of RUNS runs, and the median of
// `node -e 0` measured in the same runs (interleaved) as the floor no Node CLI can go under.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'bin', 'deployguard.js');
const RUNS = Number(process.env.DEPLOYGUARD_BENCH_RUNS || 15);
const TARGET_MS = 300;
const MIRROR = '/work/.mirror/psf+requests/repo';
const SOURCES = [
  'src/requests/sessions.py',
  'src/requests/models.py',
  'src/requests/utils.py',
  'src/requests/adapters.py',
];

const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
const git = (cwd, args) => execFileSync('git', args, { cwd, env }).toString('utf8');

// A file's text: a real source file from the mirror, or generated lines of code.
function sourceText(i) {
  if (existsSync(MIRROR)) {
    const text = execFileSync('git', ['--git-dir', MIRROR, 'show', `HEAD:${SOURCES[i % SOURCES.length]}`]);
    return text.toString('utf8').split('\n').slice(0, 80).join('\n') + '\n';
  }
  return Array.from(
    { length: 80 },
    (_, n) => `def handler_${i}_${n}(request):\n    return request.get("x")`,
  ).join('\n');
}

function typicalCommit(repo) {
  git(repo, ['init', '--quiet']);
  mkdirSync(path.join(repo, 'src'));
  for (let i = 0; i < 6; i++) writeFileSync(path.join(repo, 'src', `module_${i}.py`), sourceText(i));
  git(repo, ['add', '.']);
  git(repo, ['commit', '--quiet', '-m', 'base']);
  // The commit under test: every file edited (~66 new lines each), one secret among them.
  for (let i = 0; i < 6; i++) {
    const extra = sourceText(i + 1)
      .split('\n')
      .slice(0, 66)
      .join('\n');
    const secret = i === 3 ? '\nGITHUB_TOKEN = "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"\n' : '\n';
    writeFileSync(path.join(repo, 'src', `module_${i}.py`), sourceText(i) + extra + secret);
  }
  git(repo, ['add', '.']);
  return git(repo, ['diff', '--cached', '--numstat']).split('\n').filter(Boolean).length;
}

// Wall time of one run, and its CPU time (user + system, from GNU time): under load the wall
// time mostly measures the other processes, the CPU time much less so.
function timeMs(args, cwd, okCodes) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const stderr = r.stderr.toString();
  if (!okCodes.includes(r.status)) throw new Error(`${args.join(' ')} exited ${r.status}: ${stderr}`);
  const [user, sys] = stderr.trim().split('\n').pop().split(' ').map(Number);
  return { ms, cpuMs: (user + sys) * 1000, stdout: r.stdout.toString() };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function main() {
  if (!existsSync(path.join(ROOT, 'dist', 'apps', 'cli', 'src', 'main.js')))
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const repo = mkdtempSync(path.join(tmpdir(), 'dg-bench-protect-'));
  try {
    const files = typicalCommit(repo);
    const protect = [];
    const floor = [];
    // One warm-up run of each (file system caches), then interleaved runs.
    const first = timeMs([CLI, 'protect', '--staged', '--format', 'json'], repo, [1]);
    const found = JSON.parse(first.stdout).findings.length;
    timeMs(['-e', '0'], repo, [0]);
    for (let i = 0; i < RUNS; i++) {
      protect.push(timeMs([CLI, 'protect', '--staged'], repo, [1]));
      floor.push(timeMs(['-e', '0'], repo, [0]));
    }
    const p = median(protect.map((r) => r.ms));
    const f = median(floor.map((r) => r.ms));
    const pc = median(protect.map((r) => r.cpuMs));
    const fc = median(floor.map((r) => r.cpuMs));
    const load = require('node:os').loadavg()[0];
    console.log(`typical commit: ${files} files staged, ${found} finding(s) (1 expected)`);
    console.log(
      `node -e 0 (floor):        median ${f.toFixed(0)} ms wall, ${fc.toFixed(0)} ms CPU over ${RUNS} runs`,
    );
    console.log(
      `protect --staged:         median ${p.toFixed(0)} ms wall, ${pc.toFixed(0)} ms CPU over ${RUNS} runs (min ${Math.min(...protect.map((r) => r.ms)).toFixed(0)} ms wall)`,
    );
    console.log(
      `protect's own cost:       ${(p - f).toFixed(0)} ms over Node start-up (ratio ${(p / f).toFixed(2)}x the floor)`,
    );
    console.log(
      `target: under ${TARGET_MS} ms end to end -> ${p < TARGET_MS ? 'met' : 'NOT met'}; load average ${load.toFixed(1)} on ${require('node:os').cpus().length} cores`,
    );
    if (found !== 1) process.exitCode = 1;
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

main();
