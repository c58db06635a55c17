// npm run bench:clean — the whole `deployguard clean` command (rewrite + verification) against
// `git filter-repo --replace-text` with the same literal values, measured in the same run on:
//   synthetic  ../shared/bench history, 40 MB, 1500 commits, 300 planted secrets (seed 21); the
//              values are the planted ones, private keys as every body line (fragments included)
//   express    ../shared/repos/express.bundle with a handful of literals (5)
//   express300 the same with 300 literals
// Express literals are long identifiers of its own code that only ever stand as whole tokens, so
// both tools must produce the same trees. Per scenario it prints the medians of the runs, both
// peak RSS, verification as a share of the rewrite, planted values left in any reachable object
// of the result (an independent `grep -F` over every object), `git fsck --strict`, and whether
// every commit holds the same tree on both sides. The machine may be shared: the load average is
// printed with the figures.
//
// Env: DEPLOYGUARD_BENCH_RUNS (3), DEPLOYGUARD_BENCH_SCENARIOS (synthetic,express,express300),
//      DEPLOYGUARD_BENCH_GENERATOR, DEPLOYGUARD_BENCH_EXPRESS (bundle path),
//      DEPLOYGUARD_BENCH_KEEP (keep the work directory, to compare the results by hand).
// Needs the built CLI: `npm run build` first.
'use strict';
const { Buffer } = require('node:buffer');
const { execFileSync, spawnSync } = require('node:child_process');
const { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { loadavg, tmpdir } = require('node:os');
const path = require('node:path');

const { ROOT, SHARED } = require('./bench-repo');
const CLI = path.join(ROOT, 'bin', 'deployguard.js');
const GENERATOR =
  process.env.DEPLOYGUARD_BENCH_GENERATOR || path.join(SHARED, 'bench', 'make-history-repo.py');
const EXPRESS = process.env.DEPLOYGUARD_BENCH_EXPRESS || path.join(SHARED, 'repos', 'express.bundle');
const RUNS = Math.max(1, Number(process.env.DEPLOYGUARD_BENCH_RUNS || 3));
const SCENARIOS = (process.env.DEPLOYGUARD_BENCH_SCENARIOS || 'synthetic,express,express300').split(',');
const TARGET_RATIO = 0.5;
const TARGET_VERIFY_SHARE = 0.3;
const TARGET_RSS_MB = 300;
const DEFAULT_REPLACEMENT = '***REMOVED***';

function git(cwd, args, input) {
  return execFileSync('git', args, { cwd, input, maxBuffer: 1 << 30 }).toString('utf8');
}

// Wall seconds and peak RSS (GNU time %M: the largest single process of the tree) of one command.
function measure(cmd, args, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const stderr = r.stderr.toString();
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}: ${stderr.slice(-2000)}`);
  return { seconds, rssMb: Number(stderr.trim().split('\n').pop()) / 1024, stdout: r.stdout.toString() };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// The synthetic history and its values: planted secrets; for a private key every body line
// (the truth names its first line; the lines after it up to the END line are the rest).
function synthetic(work) {
  const repo = path.join(work, 'synthetic');
  execFileSync(
    'python3',
    [GENERATOR, repo, '--size-mb', '40', '--commits', '1500', '--secrets', '300', '--seed', '21'],
    {
      stdio: 'ignore',
    },
  );
  const truth = JSON.parse(readFileSync(repo + '.truth.json', 'utf8'));
  const values = new Set();
  for (const s of truth.secrets) {
    if (s.kind !== 'private-key') {
      values.add(s.value);
      continue;
    }
    const lines = git(repo, ['show', `${s.commit}:${s.path}`]).split('\n');
    for (let i = lines.indexOf(s.value); i >= 0 && i < lines.length && !lines[i].startsWith('-----END'); i++)
      values.add(lines[i]);
  }
  return { repo, values: [...values] };
}

// Express and `count` of its own long identifiers that never appear glued to a longer word.
function express(work, count) {
  const repo = path.join(work, `express-${count}`);
  execFileSync('git', ['clone', '-q', '--mirror', EXPRESS, repo]);
  // File contents and messages only: identities (author lines) are rewritten by neither tool and
  // path names (diff headers) not by filter-repo, so a value found only there is left out.
  const text = git(repo, ['log', '--all', '-p', '--format=%B'])
    .split('\n')
    .filter(
      (l) =>
        !/^(?:diff --git|\+\+\+ |--- |index |rename |similarity |new file|deleted file|old mode|new mode|Binary files )/.test(
          l,
        ),
    )
    .join('\n');
  const identities = git(repo, ['log', '--all', '--format=%an %ae %cn %ce']);
  const runs = new Map(); // every maximal word run → occurrences
  for (const m of text.matchAll(/[A-Za-z0-9_]+/g)) runs.set(m[0], (runs.get(m[0]) ?? 0) + 1);
  const long = [...runs.keys()].filter((r) => r.length >= 14);
  // Candidates: mixed-case identifiers, most frequent first, not inside any longer run.
  const ok = long
    .filter((w) => /[a-z]/.test(w) && /[A-Z0-9_]/.test(w))
    .sort((a, b) => runs.get(b) - runs.get(a) || (a < b ? -1 : 1))
    .slice(0, count * 4)
    .filter((w) => !long.some((r) => r !== w && r.includes(w)) && !identities.includes(w));
  if (ok.length < count) throw new Error(`express: only ${ok.length} candidate literals`);
  const step = Math.floor(ok.length / count);
  return { repo, values: Array.from({ length: count }, (_, i) => ok[i * step]) };
}

// Values (fixed strings) still present in any object of `repo`, in text objects and in binary
// blobs (NUL in the first 8000 bytes, git's rule; neither tool rewrites those): independent of
// DeployGuard's code, a `grep -F` over the objects' contents.
function valuesLeft(repo, values, work) {
  const patterns = path.join(work, 'patterns.txt');
  writeFileSync(patterns, values.join('\n') + '\n');
  const all = spawnSync('git', ['cat-file', '--batch-all-objects', '--batch'], {
    cwd: repo,
    maxBuffer: 2 ** 32,
  }).stdout;
  const text = [];
  const binary = [];
  for (let pos = 0; pos < all.length;) {
    const nl = all.indexOf(10, pos);
    const [, type, size] = all.toString('latin1', pos, nl).split(' ');
    const data = all.subarray(nl + 1, nl + 1 + Number(size));
    pos = nl + 1 + Number(size) + 1;
    if (type !== 'tree')
      (type === 'blob' && data.subarray(0, 8000).includes(0) ? binary : text).push(data, Buffer.from('\n'));
  }
  const count = (chunks) => {
    const r = spawnSync('sh', ['-c', 'grep -a -o -F -f "$1" | sort -u | wc -l', 'sh', patterns], {
      input: Buffer.concat(chunks),
      maxBuffer: 1 << 26,
    });
    return Number(r.stdout.toString().trim());
  };
  return { text: count(text), binary: count(binary) };
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

function runScenario(name, { repo, values }, work) {
  const replaceTxt = path.join(work, `${name}.replace.txt`);
  writeFileSync(replaceTxt, values.map((v) => `literal:${v}\n`).join(''));
  const commits = git(repo, ['rev-list', '--all', '--count']).trim();
  console.log(`\n== ${name}: ${commits} commits, ${values.length} literal values`);
  spawnSync('git', ['cat-file', '--batch-all-objects', '--batch'], { cwd: repo, stdio: 'ignore' }); // warm the cache
  const out = path.join(work, `${name}-deployguard.git`);
  const copy = path.join(work, `${name}-filter-repo.git`);
  const dg = [];
  const fr = [];
  const loads = [];
  let report;
  for (let run = 0; run < RUNS; run++) {
    loads.push(loadavg()[0]);
    rmSync(out, { recursive: true, force: true });
    const d = measure(
      'node',
      [
        CLI,
        'clean',
        '--repo-path',
        repo,
        '--replace-file',
        replaceTxt,
        '--output',
        out,
        '--format',
        'json',
        // As filter-repo: binary blobs are not rewritten (express's docs/api.html holds some values).
        '--allow-binary-leftovers',
        // Express values are sampled from `git log -p`: one may occur only where no tool rewrites
        // (printed below); it changes nothing in the work measured.
        '--allow-unmatched',
      ],
      ROOT,
    );
    report = JSON.parse(d.stdout);
    dg.push({ ...d, rewrite: report.rewrite_ms / 1000, verify: report.verification.duration_ms / 1000 });
    rmSync(copy, { recursive: true, force: true });
    execFileSync('git', ['clone', '-q', '--mirror', repo, copy]);
    fr.push(measure('git', ['filter-repo', '--force', '--quiet', '--replace-text', replaceTxt], copy));
    console.log(
      `  run ${run + 1}/${RUNS} (load ${loads[run].toFixed(1)}): DeployGuard ${d.seconds.toFixed(2)} s ` +
        `(rewrite ${dg[run].rewrite.toFixed(2)} s, verification ${dg[run].verify.toFixed(2)} s), filter-repo ${fr[run].seconds.toFixed(2)} s`,
    );
  }
  const ours = treesByOriginal(out, path.join(out, 'commit-map'));
  const theirs = treesByOriginal(copy, path.join(copy, 'filter-repo', 'commit-map'));
  // filter-repo leaves path names as they are; DeployGuard also renames a file whose name holds a
  // value (express has test/req.<identifier>.js). Where trees differ, compare them with the values
  // replaced in filter-repo's path names.
  const byLength = [...values].sort((a, b) => b.length - a.length);
  const renamed = (p) => byLength.reduce((acc, v) => acc.split(v).join(DEFAULT_REPLACEMENT), p);
  const listing = (repo, tree, rename) =>
    git(repo, ['ls-tree', '-r', '-z', '--full-tree', tree])
      .split('\0')
      .filter(Boolean)
      .map((e) => {
        const tab = e.indexOf('\t');
        return `${e.slice(0, tab)}\t${rename ? renamed(e.slice(tab + 1)) : e.slice(tab + 1)}`;
      })
      .sort()
      .join('\n');
  let differ = 0;
  let renamedOnly = 0;
  const compared = new Map(); // our tree + their tree → same modulo path names
  for (const [oldId, tree] of theirs) {
    const mine = ours.get(oldId);
    if (mine === tree) continue;
    const key = `${mine} ${tree}`;
    if (!compared.has(key))
      compared.set(key, !!mine && !!tree && listing(out, mine, false) === listing(copy, tree, true));
    if (compared.get(key)) renamedOnly++;
    else differ++;
  }
  const left = valuesLeft(out, values, work);
  const fsck = spawnSync('git', ['fsck', '--strict', '--no-progress'], { cwd: out }).stderr.toString().trim();

  const total = median(dg.map((d) => d.seconds));
  const ref = median(fr.map((f) => f.seconds));
  const ratio = total / ref;
  const share = median(dg.map((d) => d.verify / d.rewrite));
  const rss = Math.max(...dg.map((d) => d.rssMb));
  const mark = (ok) => (ok ? 'met' : 'NOT met');
  console.log(
    `  DeployGuard whole command: ${total.toFixed(2)} s (median)   git filter-repo --replace-text: ${ref.toFixed(2)} s (median)`,
  );
  console.log(
    `  ratio DeployGuard / filter-repo: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}: ${mark(ratio <= TARGET_RATIO)})`,
  );
  console.log(
    `  verification / rewrite: ${(share * 100).toFixed(0)} % (target ≤ ${TARGET_VERIFY_SHARE * 100} %: ${mark(share <= TARGET_VERIFY_SHARE)})`,
  );
  console.log(
    `  peak RSS: DeployGuard ${rss.toFixed(0)} MB (target ≤ ${TARGET_RSS_MB}: ${mark(rss <= TARGET_RSS_MB)}), ` +
      `filter-repo ${Math.max(...fr.map((f) => f.rssMb)).toFixed(0)} MB`,
  );
  console.log(
    `  values that matched nothing: ${report.verification.unmatched.length}; planted values left: ${left.text} (and ${left.binary} in binary files, left by both tools); ` +
      `git fsck --strict: ${fsck === '' ? 'clean' : fsck.split('\n')[0]}; verified: ${report.verification.verified}`,
  );
  console.log(
    `  same trees as filter-repo: ${differ === 0 && ours.size === theirs.size ? 'yes' : 'NO'} (${theirs.size - differ}/${theirs.size} commits` +
      `${renamedOnly ? `, ${renamedOnly} of them once filter-repo's path names get the same replacement` : ''}); ` +
      `DeployGuard: ${report.totals.commits_changed} commits changed, ${report.totals.blobs_changed} blobs, ${report.totals.occurrences} occurrences`,
  );
  console.log(
    `  load average during the runs: ${loads.map((l) => l.toFixed(1)).join(', ')} (${require('node:os').cpus().length} cores)`,
  );
  return (
    ratio <= TARGET_RATIO &&
    share <= TARGET_VERIFY_SHARE &&
    rss <= TARGET_RSS_MB &&
    left.text === 0 &&
    fsck === '' &&
    differ === 0
  );
}

function main() {
  if (!existsSync(path.join(ROOT, 'dist', 'apps', 'cli'))) {
    console.error('the CLI is not built: run `npm run build` first');
    process.exit(2);
  }
  if (spawnSync('git', ['filter-repo', '--version']).status !== 0) {
    console.error(
      'git-filter-repo is not installed: the reference cannot be measured (Debian: apt-get install -y git-filter-repo)',
    );
    process.exit(2);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'deployguard-bench-clean-'));
  let allMet = true;
  try {
    for (const name of SCENARIOS) {
      const input = name === 'synthetic' ? synthetic(work) : express(work, name === 'express' ? 5 : 300);
      allMet = runScenario(name, input, work) && allMet;
    }
  } finally {
    if (process.env.DEPLOYGUARD_BENCH_KEEP) console.log(`\nkept ${work} (DEPLOYGUARD_BENCH_KEEP)`);
    else rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nall targets met: ${allMet ? 'yes' : 'no'}`);
  if (!allMet) process.exitCode = 1;
}

main();
