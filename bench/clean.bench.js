// npm run bench:clean — history rewrite speed and memory against git-filter-repo measured in the
// same run: every planted secret of the ../shared/bench history (300 MB by default) is removed as a
// literal, by DeployGuard into a fresh mirror and by `git filter-repo --replace-text` on a mirror
// copy. Prints both wall times, their ratio (target ≤ 0.7), both peak RSS, whether every rewritten
// commit holds the same tree on both sides, and DeployGuard's verification time on its own.
//
// Env: DEPLOYGUARD_BENCH_REPO (use an existing repository; it is only read, never modified),
//      DEPLOYGUARD_BENCH_GENERATOR, DEPLOYGUARD_BENCH_SIZE_MB (300), DEPLOYGUARD_BENCH_RUNS (2, best kept).
// Needs the compiled library: `npm run build` first.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const LIB = path.join(ROOT, 'dist', 'libs', 'clean', 'src', 'index.js');
const GENERATOR =
  process.env.DEPLOYGUARD_BENCH_GENERATOR ||
  path.resolve(__dirname, '../../shared/bench/make-history-repo.py');
const SIZE_MB = Number(process.env.DEPLOYGUARD_BENCH_SIZE_MB || 300);
const TARGET_RATIO = 0.7;
const RUNS = Math.max(1, Number(process.env.DEPLOYGUARD_BENCH_RUNS || 2));

// Child mode: one DeployGuard clean, measured from outside by /usr/bin/time.
async function child(repo, replaceFile, out) {
  const { cleanRepository } = require(LIB);
  const replacements = JSON.parse(readFileSync(replaceFile, 'utf8'));
  const { report } = await cleanRepository({ repoPath: repo, replacements, outputDir: out });
  process.stdout.write(
    JSON.stringify({
      rewriteMs: report.rewriteMs,
      verifyMs: report.verification.durationMs,
      verified: report.verification.verified,
      totals: report.totals,
    }),
  );
}

function git(cwd, args) {
  return execFileSync('git', args, { cwd, maxBuffer: 1 << 30 }).toString('utf8');
}

// Wall seconds and peak RSS (GNU time %M, the largest process of the tree) of one command.
function measure(cmd, args, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const stderr = r.stderr.toString();
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}: ${stderr.slice(-2000)}`);
  return { seconds, rssMb: Number(stderr.trim().split('\n').pop()) / 1024, stdout: r.stdout.toString() };
}

function benchRepository(work) {
  if (process.env.DEPLOYGUARD_BENCH_REPO) {
    const repo = path.resolve(process.env.DEPLOYGUARD_BENCH_REPO);
    return { repo, truth: JSON.parse(readFileSync(repo + '.truth.json', 'utf8')) };
  }
  if (!existsSync(GENERATOR))
    throw new Error(`benchmark generator not found at ${GENERATOR} (set DEPLOYGUARD_BENCH_GENERATOR)`);
  const repo = path.join(work, 'history');
  console.log(`building a ${SIZE_MB} MB history with ${GENERATOR} …`);
  execFileSync('python3', [GENERATOR, repo, '--size-mb', String(SIZE_MB)], { stdio: 'inherit' });
  return { repo, truth: JSON.parse(readFileSync(repo + '.truth.json', 'utf8')) };
}

// original commit → tree of its rewritten commit (null when pruned), from a commit map.
function treesByOriginal(resultRepo, commitMapFile) {
  const trees = new Map();
  for (const line of git(resultRepo, ['log', '--all', '--format=%H %T']).trim().split('\n')) {
    const [c, t] = line.split(' ');
    trees.set(c, t);
  }
  const map = new Map();
  for (const line of readFileSync(commitMapFile, 'utf8').trim().split('\n').slice(1)) {
    const [oldId, newId] = line.trim().split(/\s+/);
    map.set(oldId, /^0+$/.test(newId) ? null : (trees.get(newId) ?? `missing:${newId}`));
  }
  return map;
}

function main() {
  if (!existsSync(LIB)) {
    console.error(`compiled library not found at ${LIB}: run \`npm run build\` first`);
    process.exit(2);
  }
  const filterRepo = spawnSync('git', ['filter-repo', '--version']);
  if (filterRepo.status !== 0) {
    console.error(
      'git-filter-repo is not installed: the reference cannot be measured (Debian: apt-get install -y git-filter-repo)',
    );
    process.exit(2);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'deployguard-bench-clean-'));
  try {
    const { repo, truth } = benchRepository(work);
    const values = [...new Set(truth.secrets.map((s) => s.value))];
    const replaceJson = path.join(work, 'replacements.json');
    writeFileSync(
      replaceJson,
      JSON.stringify(values.map((v, i) => ({ kind: 'literal', pattern: v, label: `secret-${i + 1}` }))),
    );
    // git-filter-repo's --replace-text format; the default replacement is the same ***REMOVED***.
    const replaceTxt = path.join(work, 'replace.txt');
    writeFileSync(replaceTxt, values.map((v) => `literal:${v}\n`).join(''));
    const commits = git(repo, ['rev-list', '--all', '--count']).trim();
    console.log(`repository: ${repo} (${commits} commits, ${values.length} planted secret values)`);

    // Warm the page cache so neither side pays for the first read from disk.
    git(repo, ['cat-file', '--batch-all-objects', '--batch-check']);
    spawnSync('git', ['cat-file', '--batch-all-objects', '--batch'], { cwd: repo, stdio: 'ignore' });

    // Alternating runs, best of each: the machine may be shared, noise only ever adds time.
    let dg, dgStats, fr;
    const out = path.join(work, 'deployguard.git');
    const copy = path.join(work, 'filter-repo.git');
    for (let run = 0; run < RUNS; run++) {
      rmSync(out, { recursive: true, force: true });
      const d = measure(
        'node',
        [path.join(__dirname, 'clean.bench.js'), '--child', repo, replaceJson, out],
        ROOT,
      );
      const stats = JSON.parse(d.stdout);
      if (!dg || d.seconds - stats.verifyMs / 1000 < dg.seconds - dgStats.verifyMs / 1000)
        [dg, dgStats] = [d, stats];
      rmSync(copy, { recursive: true, force: true });
      execFileSync('git', ['clone', '-q', '--mirror', repo, copy]);
      const f = measure('git', ['filter-repo', '--force', '--quiet', '--replace-text', replaceTxt], copy);
      if (!fr || f.seconds < fr.seconds) fr = f;
      console.log(
        `run ${run + 1}/${RUNS}: DeployGuard ${d.seconds.toFixed(2)} s (verification ${(stats.verifyMs / 1000).toFixed(2)} s), filter-repo ${f.seconds.toFixed(2)} s`,
      );
    }

    const ours = treesByOriginal(out, path.join(out, 'commit-map'));
    const theirs = treesByOriginal(copy, path.join(copy, 'filter-repo', 'commit-map'));
    let same = 0;
    const differ = [];
    for (const [oldId, tree] of theirs) {
      if (ours.get(oldId) === tree) same++;
      else differ.push(oldId);
    }
    const prunedOurs = [...ours.values()].filter((t) => t === null).length;
    const prunedTheirs = [...theirs.values()].filter((t) => t === null).length;

    const verifyS = dgStats.verifyMs / 1000;
    const rewriteS = dg.seconds - verifyS;
    const ratio = rewriteS / fr.seconds;
    const f = (s) => s.toFixed(2) + ' s';
    console.log('');
    console.log(
      `DeployGuard clean, process wall without verification: ${f(rewriteS)}   peak RSS ${dg.rssMb.toFixed(0)} MB ` +
        `(rewrite + repack/gc inside it: ${f(dgStats.rewriteMs / 1000)})`,
    );
    console.log(
      `DeployGuard verification (fsck + literal check): ${f(verifyS)}   (verified: ${dgStats.verified})`,
    );
    console.log(`DeployGuard total incl. verification: ${f(dg.seconds)}`);
    console.log(
      `git filter-repo --replace-text:        ${f(fr.seconds)}   peak RSS ${fr.rssMb.toFixed(0)} MB`,
    );
    console.log(
      `ratio DeployGuard / filter-repo: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}); ` +
        `with verification ${(dg.seconds / fr.seconds).toFixed(2)}`,
    );
    console.log(
      `identical content: ${differ.length === 0 && ours.size === theirs.size ? 'yes' : 'NO'} — ` +
        `${same}/${theirs.size} commits with the same tree, pruned ${prunedOurs} (DeployGuard) vs ${prunedTheirs} (filter-repo)` +
        (differ.length ? `; first differing original commit ${differ[0]}` : ''),
    );
    console.log(
      `rewritten: ${dgStats.totals.commitsChanged} commits changed, ${dgStats.totals.blobsChanged} blobs, ` +
        `${dgStats.totals.occurrences} occurrences`,
    );
    if (differ.length > 0 || !dgStats.verified) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4], process.argv[5]).catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
} else {
  main();
}
