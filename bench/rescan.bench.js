// npm run bench:rescan — an incremental rescan against the full scan it starts from, measured in
// the same run on a copy of the 300 MB benchmark repository (the original is never modified):
// full scan → 1% more commits (some with new secrets) → rescan from the full scan's state.
// Both scans run in-process through the compiled library (dist/libs/scan), as the worker does.
'use strict';
const { Buffer } = require('node:buffer');
const { execFileSync } = require('node:child_process');
const { existsSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { ROOT, benchRepository } = require('./bench-repo');

const SIZE_MB = Number(process.env.DEPLOYGUARD_BENCH_SIZE_MB || 300);
const TARGET_RATIO = 0.1;
const DIST = path.join(ROOT, 'dist', 'libs');

// dist/ is shared: another build may be replacing it right now, so wait and retry a little.
function loadLibraries() {
  for (let attempt = 0; ; attempt++) {
    try {
      if (!existsSync(path.join(DIST, 'scan', 'src', 'index.js'))) {
        if (attempt === 0) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
        else throw new Error('dist/libs/scan missing');
      }
      const scan = require(path.join(DIST, 'scan', 'src', 'index.js'));
      const detect = require(path.join(DIST, 'detect', 'src', 'index.js'));
      return {
        scanRepository: scan.scanRepository,
        config: detect.loadScanConfig(null, detect.defaultRules),
      };
    } catch (err) {
      if (attempt >= 10) throw err;
      console.log(`dist/ not ready (${err.message}); retrying in 3 s`);
      execFileSync('sleep', ['3']);
    }
  }
}

function git(cwd, args, input) {
  return execFileSync('git', args, {
    cwd,
    input,
    maxBuffer: 1 << 30,
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'Bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
    },
  }).toString('utf8');
}

// 1% more commits on the default branch, written with one `git fast-import` stream: each commit
// changes a few existing files (new blobs of known paths) and every third adds a new secret.
function appendCommits(repo, count) {
  const branch = git(repo, ['symbolic-ref', 'HEAD']).trim();
  const head = git(repo, ['rev-parse', 'HEAD']).trim();
  const files = git(repo, ['ls-tree', '-r', '--name-only', 'HEAD'])
    .split('\n')
    .filter((f) => /\.(py|js|ts|go|java|rb|md|txt|ya?ml|json|cfg|ini)$/.test(f))
    .slice(0, 200);
  const secrets = [];
  let stream = '';
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (let i = 0; i < count; i++) {
    const when = 1_900_000_000 + i * 60;
    stream += `commit ${branch}\nmark :${i + 1}\ncommitter Bench <bench@example.com> ${when} +0000\n`;
    stream += data(`rescan bench commit ${i + 1}`);
    stream += i === 0 ? `from ${head}\n` : `from :${i}\n`;
    for (let j = 0; j < 3; j++) {
      const file = files[(i * 3 + j) % files.length];
      stream +=
        `M 100644 inline ${file}\n` + data(`# rescan bench change ${i}.${j}\nvalue_${i}_${j} = ${i * j}\n`);
    }
    if (i % 3 === 0) {
      // a fresh, high-entropy GitHub token per secret commit
      const token =
        'ghp_' +
        Buffer.from(`rescan-bench-${i}-${head}`)
          .toString('base64')
          .replace(/[^A-Za-z0-9]/g, '')
          .slice(0, 36)
          .padEnd(36, 'Q');
      secrets.push(token);
      stream += `M 100644 inline config/rescan-${i}.env\n` + data(`GITHUB_TOKEN=${token}\n`);
    }
  }
  git(repo, ['fast-import', '--quiet'], stream);
  return secrets.length;
}

function countCommits(repo) {
  return Number(git(repo, ['rev-list', '--all', '--count']).trim());
}

async function main() {
  const { repo } = benchRepository(SIZE_MB);
  const { scanRepository, config } = loadLibraries();
  const work = mkdtempSync(path.join(tmpdir(), 'deployguard-rescan-bench-'));
  try {
    const copy = path.join(work, 'repo.git');
    git(work, ['clone', '--mirror', '--quiet', '--no-hardlinks', repo, copy]);
    const commits = countCommits(copy);

    // warm the page cache so the full scan does not pay for the first read from disk
    git(copy, ['cat-file', '--batch-all-objects', '--batch-check']);
    let t0 = process.hrtime.bigint();
    const full = await scanRepository({ path: copy, history: true, config });
    const fullS = Number(process.hrtime.bigint() - t0) / 1e9;

    const added = Math.max(1, Math.round(commits * 0.01));
    const secretCommits = appendCommits(copy, added);

    const seen = new Set(full.report.findings.map((f) => f.fingerprint));
    t0 = process.hrtime.bigint();
    const rescan = await scanRepository({
      path: copy,
      history: true,
      config,
      incremental: { refTips: full.state.refTips, objects: new Set(full.state.objects) },
    });
    const rescanS = Number(process.hrtime.bigint() - t0) / 1e9;
    const newFindings = rescan.report.findings.filter((f) => !seen.has(f.fingerprint)).length;
    const ratio = rescanS / fullS;

    console.log(
      `repository: ${commits} commits, ${full.state.objects.length} blobs; +${added} commits (${secretCommits} with a new secret)`,
    );
    console.log(
      `full scan:   ${fullS.toFixed(2)} s, ${full.report.stats.blobs_scanned} blobs, ${full.report.findings.length} findings`,
    );
    console.log(
      `rescan:      ${rescanS.toFixed(2)} s, ${rescan.report.stats.blobs_scanned} blobs, ${rescan.report.findings.length} findings`,
    );
    console.log(`new findings in the rescan: ${newFindings} (secrets added: ${secretCommits})`);
    console.log(
      `ratio rescan/full: ${ratio.toFixed(3)} (target <= ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'OK' : 'ABOVE TARGET'}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
