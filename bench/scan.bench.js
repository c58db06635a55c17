// npm run bench:scan — full-history and working-tree scan speed, memory and accuracy against
// references measured in the same run: `git cat-file --batch-all-objects --batch` (the floor of
// reading every object) and secretlint's recommended preset on the same working tree.
// `npm run bench:scan -- --repo PATH` instead times the history scan of any repository (bare or
// not) phase by phase against the floor, with peak RSS and a digest of the finding fingerprints.
'use strict';
const { createHash } = require('node:crypto');
const { mkdtempSync, openSync, readFileSync, writeFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { ROOT, benchRepository, measure, measureNode } = require('./bench-repo');

const SIZE_MB = Number(process.env.DEPLOYGUARD_BENCH_SIZE_MB || 300);
const CLI = path.join(ROOT, 'bin', 'deployguard.js');
// Another build's CLI (e.g. a copy of main's bin/ and dist/): its history scan is timed in the same
// command, runs interleaved with ours, so a busy machine slows both alike.
const REFERENCE_CLI = process.env.DEPLOYGUARD_BENCH_REFERENCE_CLI;
const REFERENCE_RUNS = Number(process.env.DEPLOYGUARD_BENCH_REFERENCE_RUNS || 5);
const RUNS = Number(process.env.DEPLOYGUARD_BENCH_RUNS || 3);

// Per-phase figures of the history scan of `repo`: RUNS runs, each paired with a floor run right
// before it (a busy machine slows both alike); medians, wall and CPU side by side.
function phases(repo) {
  const out = mkdtempSync(path.join(tmpdir(), 'deployguard-bench-'));
  try {
    const floorArgs = ['cat-file', '--batch-all-objects', '--batch'];
    measure('git', floorArgs, { cwd: repo }); // warm the page cache
    const floors = [];
    const scans = [];
    for (let i = 0; i < RUNS; i++) {
      floors.push(measure('git', floorArgs, { cwd: repo }));
      const stdout = path.join(out, `phases-${i}.json`);
      const run = measureNode(path.join(__dirname, 'scan-phases.js'), [repo, path.join(out, 'report.json')], {
        stdout: openSync(stdout, 'w'),
      });
      scans.push({ ...run, result: JSON.parse(readFileSync(stdout, 'utf8')) });
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const last = scans[scans.length - 1].result;
    const digests = new Set(scans.map((s) => digest(s.result.fingerprints)));
    const mb = last.bytes / 1e6;
    const lines = [
      `repository: ${repo} (${last.refs} refs, ${last.commits} commits, ${last.blobs} blobs scanned, ${mb.toFixed(1)} MB); medians of ${RUNS} runs`,
      `phase          wall s   CPU s    MB/s`,
    ];
    for (const phase of last.timings.map((t) => t.phase)) {
      const of = (key) =>
        median(scans.map((s) => s.result.timings.find((t) => t.phase === phase)?.[key] ?? NaN));
      const wall = of('wallMs') / 1000;
      const cpu = of('cpuMs') / 1000;
      const rate = last.timings.find((t) => t.phase === phase).bytes ? (mb / wall).toFixed(1) : '';
      lines.push(
        `${phase.padEnd(14)} ${wall.toFixed(2).padStart(6)}  ${Number.isNaN(cpu) ? (phase === 'detection' ? '  busy' : '     -') : cpu.toFixed(2).padStart(6)}  ${rate.padStart(6)}`,
      );
    }
    const scan = median(scans.map((s) => s.seconds));
    const floor = median(floors.map((f) => f.seconds));
    lines.push(
      `(history index and detection overlap the blob read: git indexes while the whole store is read; detection is the scanning threads' busy time, summed, without the keyword walk that runs a batch ahead on libuv's pool)`,
      `scan process: wall ${scan.toFixed(2)} s, CPU ${median(scans.map((s) => s.cpuSeconds)).toFixed(2)} s, ${(mb / scan).toFixed(1)} MB/s (with Node start-up)`,
      `floor (git cat-file --batch-all-objects --batch): wall ${floor.toFixed(2)} s, CPU ${median(floors.map((f) => f.cpuSeconds)).toFixed(2)} s`,
      `ratio scan/floor: wall ${(scan / floor).toFixed(2)}x (per-run pairs: ${scans.map((s, i) => (s.seconds / floors[i].seconds).toFixed(2)).join(', ')}), CPU ${(median(scans.map((s) => s.cpuSeconds)) / median(floors.map((f) => f.cpuSeconds))).toFixed(2)}x`,
      `peak RSS: ${Math.max(...scans.map((s) => s.nodeRssMb)).toFixed(0)} MB (DeployGuard's process)`,
      `findings: ${last.fingerprints.length}, fingerprints sha256 ${[...digests].join(' / ')}${digests.size > 1 ? ' (DIFFER between runs!)' : ''}`,
    );
    if (REFERENCE_CLI) lines.push(compareWith(REFERENCE_CLI, repo, out));
    console.log(lines.join('\n'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// One digest of a sorted fingerprint list: equal digests, equal finding sets.
function digest(fingerprints) {
  return createHash('sha256').update(fingerprints.join('\n')).digest('hex').slice(0, 16);
}

function main() {
  const { repo, truth } = benchRepository(SIZE_MB);
  const out = mkdtempSync(path.join(tmpdir(), 'deployguard-bench-'));
  try {
    // Warm the page cache so neither side pays for the first read from disk.
    measure('git', ['cat-file', '--batch-all-objects', '--batch'], { cwd: repo });
    const floors = [0, 1, 2].map(() =>
      measure('git', ['cat-file', '--batch-all-objects', '--batch'], { cwd: repo }),
    );
    const floor = Math.min(...floors.map((f) => f.seconds));

    const reportFile = path.join(out, 'history.json');
    const runs = [0, 1, 2].map(() =>
      measureNode(
        CLI,
        ['scan', '--repo-path', repo, '--format', 'json', '--output', reportFile, '--no-progress'],
        {
          okCodes: [0, 1],
        },
      ),
    );
    const history = runs.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    const mb = report.stats.bytes_scanned / 1e6;
    const versus = REFERENCE_CLI ? compareWith(REFERENCE_CLI, repo, out) : null;

    const treeFile = path.join(out, 'tree.json');
    const tree = measure(
      'node',
      [
        CLI,
        'scan',
        '--repo-path',
        repo,
        '--no-history',
        '--format',
        'json',
        '--output',
        treeFile,
        '--no-progress',
      ],
      {
        okCodes: [0, 1],
      },
    );
    const rc = path.join(out, '.secretlintrc.json');
    writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    const secretlint = measure(
      path.join(ROOT, 'node_modules', '.bin', 'secretlint'),
      ['--secretlintrc', rc, '--format', 'json', '**/*'],
      { cwd: repo, okCodes: [0, 1] },
    );

    const accuracy = score(report.findings, truth);
    const lines = [
      `repository: ${repo} (${report.stats.commits} commits, ${report.stats.blobs_scanned} unique blobs, ${mb.toFixed(1)} MB)`,
      `floor (git cat-file --batch-all-objects --batch): ${floor.toFixed(2)} s`,
      `history scan: ${history.seconds.toFixed(2)} s, ${(mb / history.seconds).toFixed(1)} MB/s, ${(history.seconds / floor).toFixed(2)}x the floor (target <= 3x)`,
      `history scan peak RSS: ${history.nodeRssMb.toFixed(0)} MB for DeployGuard's process (target < 500 MB); largest process of the tree ${history.rssMb.toFixed(0)} MB (git alone reading every object: ${Math.max(...floors.map((f) => f.rssMb)).toFixed(0)} MB, its mapped packs)`,
      `working-tree scan: ${tree.seconds.toFixed(2)} s; secretlint: ${secretlint.seconds.toFixed(2)} s; DeployGuard is ${(secretlint.seconds / tree.seconds).toFixed(1)}x faster (target >= 20x)`,
      `recall: ${accuracy.found}/${truth.secrets.length} planted secrets found with their introducing commit, path and line`,
      `decoys reported: ${accuracy.decoys} of ${truth.decoys.length} (target 0)`,
      `other findings (not planted): ${accuracy.unexpected}`,
    ];
    if (versus) lines.push(versus);
    for (const miss of accuracy.missed)
      lines.push(`  missed: ${miss.kind} ${miss.path}:${miss.line} @ ${miss.commit.slice(0, 10)}`);
    console.log(lines.join('\n'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// Median history-scan time of this build and of `reference`, interleaved run by run.
function compareWith(reference, repo, out) {
  const args = (cli) => [
    cli,
    'scan',
    '--repo-path',
    repo,
    '--format',
    'json',
    '--output',
    path.join(out, 'ref.json'),
    '--no-progress',
  ];
  const ours = [];
  const theirs = [];
  for (let i = 0; i < REFERENCE_RUNS; i++) {
    theirs.push(measure('node', args(reference), { okCodes: [0, 1] }));
    ours.push(measure('node', args(CLI), { okCodes: [0, 1] }));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const pair = (key) => [median(ours.map((r) => r[key])), median(theirs.map((r) => r[key]))];
  const [wa, wb] = pair('seconds');
  const [ca, cb] = pair('cpuSeconds');
  return (
    `history scan vs reference build (${reference}), medians of ${REFERENCE_RUNS} interleaved runs: ` +
    `wall ${wa.toFixed(2)} s vs ${wb.toFixed(2)} s, ratio ${(wa / wb).toFixed(3)}; ` +
    `CPU ${ca.toFixed(2)} s vs ${cb.toFixed(2)} s, ratio ${(ca / cb).toFixed(3)} (target <= 1.10)`
  );
}

function score(findings, truth) {
  const at = (f) => `${f.file}\0${f.line}\0${f.commit}`;
  const byPlace = new Set(findings.map(at));
  const missed = truth.secrets.filter((s) => !byPlace.has(`${s.path}\0${s.line}\0${s.commit}`));
  const decoyPlaces = new Set(truth.decoys.map((d) => `${d.path}\0${d.line}\0${d.commit}`));
  const planted = new Set(truth.secrets.map((s) => `${s.path}\0${s.line}\0${s.commit}`));
  const decoys = findings.filter((f) => decoyPlaces.has(at(f))).length;
  const unexpected = findings.filter((f) => !planted.has(at(f)) && !decoyPlaces.has(at(f))).length;
  return { found: truth.secrets.length - missed.length, missed, decoys, unexpected };
}

const repoFlag = process.argv.indexOf('--repo');
if (repoFlag === -1) main();
else if (!process.argv[repoFlag + 1]) {
  console.error('--repo needs the path of a git repository (bare or not)');
  process.exit(2);
} else phases(path.resolve(process.argv[repoFlag + 1]));
