// npm run bench:detect [-- --quick] — detection quality on data nobody on this project wrote:
// recall on the Kingfisher examples (../shared/corpus/kingfisher, read in place, never copied),
// false alarms on its negatives, recall on the examples Nosey Parker and TruffleHog publish (from
// their mirrors, bench/detect-corpora.js), and every finding on real histories (express from
// ../shared/repos/express.bundle, and the public repositories of MIRRORS whose mirrors are on
// this machine). Runs the built engine and CLI (`npm run build` first). Secret values are never
// printed whole: misses and findings show a redacted preview only.
'use strict';
const { Buffer } = require('node:buffer');
const { execFileSync, spawnSync } = require('node:child_process');
const { existsSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { ROOT, SHARED } = require('./bench-repo');
const { otherScannersExamples } = require('./detect-corpora');
const CORPUS = path.join(SHARED, 'corpus', 'kingfisher');
const EXPRESS_BUNDLE = path.join(SHARED, 'repos', 'express.bundle');
// Real code in several languages and frameworks (PHP, Java, Go, Python, JavaScript), when fetched.
const MIRRORS = [
  'sveltejs+svelte',
  'psf+requests',
  'laravel+laravel',
  'laravel+framework',
  'spring-projects+spring-petclinic',
  'gin-gonic+gin',
  'tiangolo+full-stack-fastapi-template',
].map((name) => `/work/.mirror/${name}/repo`);
const CLI = path.join(ROOT, 'bin', 'deployguard.js');
const DIST = path.join(ROOT, 'dist', 'libs', 'detect', 'src');

// A positive is a "placeholder example" when its text holds a value no real credential has:
// - a run of 6+ digits or letters in order, up or down (123456, abcdef, 987654, zyxwvu);
// - the same run spread over groups: the letters (case folded) or the digits of one token in
//   order for 7+ steps (abcd1234efgh5678, abc123DEF456ghi, 1A2B3C4D5E6F7G, 123e4567-e89b);
//   a random token has such a run with odds below 1e-4, a typed-out example almost always;
// - a group of 3+ characters (not one letter repeated) repeated 3+ times (xyzxyzxyz,
//   ABCDE12-ABCDE12-ABCDE12);
// - a keyboard row (qwerty, asdfgh, zxcvbn), `xxxx`, one letter or digit repeated 10+ times, a
//   masked value (`password=######`), or the word EXAMPLE / sample / placeholder / your_… /
//   "your password" outside a domain name (example.com is where real examples point);
// - a password that is a credential word (`:pass123@`, `Password=myPassword`,
//   `password 'password'`, `-p mypass`, `=smtp_password`, `super$ecret`, `hunter2`, `P@ssw0rd`),
//   the RFC 7617 example `open sesame`, or a variable in the password slot (`-p $Password`,
//   `-p %nothing%`, `pwd=#{db_password}`): there is no value, only a reference;
// the same tests apply inside a base64 value that decodes to text (a JWT's example payload).
const PASSWORD_SLOT = String.raw`(?:[:=]\s*|=>\s*|\bpassword\s+|\s-p\s+)["']?`;
const PLACEHOLDER_PASSWORD = new RegExp(
  PASSWORD_SLOT +
    String.raw`(?:(?:[a-z]+[_-])?(?:my)?(?:pass(?:word)?|passw0rd|p@ssw0rd|hunter2|secret|super[$s_-]?s?ecret)\d*(?![\w$%])|([#*])\1{3,})|open[ _]sesame`,
  'i',
);
const PASSWORD_REFERENCE =
  /(?:\bpw?d|pass(?:word)?|\s-p)["']?\s*(?:[:=]|=>|\s)\s*["']?(?:\$\{?[A-Za-z_]|%[A-Za-z_]+%|#\{)/i;
const PLACEHOLDER_WORD =
  /example(?!\.(?:com|org|net))|sample|placeholder|your[_-]|your\s+(?:password|secret|token|api|key)|xxxx|([A-Za-z0-9])\1{9}|qwerty|asdfgh|zxcvbn|(([A-Za-z0-9])(?!\3)[A-Za-z0-9]{2,9})[-_]?(?:\2[-_]?){2}/i;

// True when `codes` has `min` consecutive entries that step by +1 (or all by -1).
function hasRun(codes, min) {
  let up = 1;
  let down = 1;
  for (let i = 1; i < codes.length; i++) {
    up = codes[i] === codes[i - 1] + 1 ? up + 1 : 1;
    down = codes[i] === codes[i - 1] - 1 ? down + 1 : 1;
    if (up >= min || down >= min) return true;
  }
  return false;
}

const charCodes = (s) => [...s].map((c) => c.charCodeAt(0));

function hasOrderedRun(text) {
  // Contiguous runs within one class (digits, lower case, upper case).
  for (const run of text.match(/[0-9]+|[a-z]+|[A-Z]+/g) ?? []) if (hasRun(charCodes(run), 6)) return true;
  // Runs spread over the groups of one token.
  for (const token of text.match(/[A-Za-z0-9_-]{14,}/g) ?? []) {
    const letters = charCodes(token.toLowerCase().replace(/[^a-z]/g, ''));
    if (hasRun(letters, 7) || hasRun(charCodes(token.replace(/[^0-9]/g, '')), 7)) return true;
  }
  return false;
}

function isPlaceholderText(text) {
  return (
    PLACEHOLDER_WORD.test(text) ||
    PLACEHOLDER_PASSWORD.test(text) ||
    PASSWORD_REFERENCE.test(text) ||
    hasOrderedRun(text)
  );
}

function isPlaceholderExample(text) {
  if (isPlaceholderText(text)) return true;
  // The same tests inside a base64 value (`ZXhhbXBsZQ` is `example`).
  for (const run of text.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []) {
    const decoded = Buffer.from(run, 'base64').toString('latin1');
    if (/^[\x20-\x7e]+$/.test(decoded) && isPlaceholderText(decoded)) return true;
  }
  return false;
}

// The likely secret of a missed example, redacted: its longest token, first 3 and last 3
// characters, and its length (the corpus is public, but the habit is the same everywhere).
function maskedPreview(text, redact) {
  const tokens = text.match(/[A-Za-z0-9+/=_.:|-]{8,}/g) ?? [text.trim()];
  const longest = tokens.reduce((a, b) => (b.length > a.length ? b : a), '');
  return `${redact(longest)} (${longest.length} chars)`;
}

function pct(n, d) {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`;
}

// Providers left out on purpose, `{"provider": "reason"}`: a provider at 0 % must be listed.
const EXCLUSIONS = path.join(__dirname, 'detect-exclusions.json');

function loadExclusions() {
  return new Map(Object.entries(JSON.parse(readFileSync(EXCLUSIONS, 'utf8'))));
}

function corpus(detect, lines) {
  const manifest = JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'));
  const { Detector, defaultRules, redactSecret } = detect;
  const detector = new Detector(defaultRules);
  const exclusions = loadExclusions();
  const byProvider = new Map();
  const misses = [];
  const total = { found: 0, all: 0, realFound: 0, real: 0, placeholders: 0, placeholdersFound: 0 };
  const negatives = [];
  for (const [file, meta] of Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b))) {
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    const findings = scanWithPath(detector, text, file);
    if (file.startsWith('neg/')) {
      negatives.push({ file, findings });
      continue;
    }
    // The provider is the Kingfisher rule file the example comes from (data/rules/<provider>.yml).
    const provider = path.basename(meta.from).replace(/\.ya?ml$/, '');
    const p = byProvider.get(provider) ?? { found: 0, all: 0, real: 0, realFound: 0 };
    byProvider.set(provider, p);
    const found = findings.length > 0;
    const placeholder = isPlaceholderExample(text);
    p.all++;
    total.all++;
    if (found) {
      p.found++;
      total.found++;
    }
    if (placeholder) {
      total.placeholders++;
      if (found) total.placeholdersFound++;
    } else {
      total.real++;
      p.real++;
      if (found) {
        total.realFound++;
        p.realFound++;
      }
    }
    if (!found) misses.push({ file, placeholder, preview: maskedPreview(text, redactSecret) });
  }

  lines.push(
    `corpus: ${CORPUS} (${total.all} positives from ${byProvider.size} providers, ${negatives.length} negatives)`,
  );
  lines.push(
    `recall, all positives: ${total.found}/${total.all} = ${pct(total.found, total.all)} (target >= 90 %)`,
  );
  lines.push(
    `recall, positives that are not placeholders: ${total.realFound}/${total.real} = ${pct(total.realFound, total.real)} (target >= 95 %)`,
  );
  lines.push(
    `placeholder examples (counted apart): ${total.placeholdersFound}/${total.placeholders} found = ${pct(total.placeholdersFound, total.placeholders)}`,
  );
  const zero = [...byProvider].filter(([, p]) => p.found === 0).map(([name]) => name);
  const zeroUnexcused = zero.filter((name) => !exclusions.has(name));
  lines.push(`providers at 0 %: ${zero.length} (${zeroUnexcused.length} not excluded; target 0)`);
  const zeroReal = [...byProvider].filter(
    ([name, p]) => p.real > 0 && p.realFound === 0 && !exclusions.has(name),
  );
  lines.push(
    `providers with examples that are not placeholders, none of them found (not excluded): ${zeroReal.length}`,
  );
  lines.push('', 'per provider (found/all):');
  const rows = [...byProvider].sort(([a], [b]) => a.localeCompare(b));
  const cells = rows.map(([name, p]) => {
    const mark = p.found === 0 ? (exclusions.has(name) ? ' [excluded]' : ' <-- 0 %') : '';
    return `${name} ${p.found}/${p.all}${mark}`;
  });
  for (let i = 0; i < cells.length; i += 4) lines.push('  ' + cells.slice(i, i + 4).join('   '));
  // An exclusion must name a provider of the corpus (the manifest's rule file), or it excuses nothing.
  const stale = [...exclusions.keys()].filter((name) => !byProvider.has(name));
  if (stale.length > 0) lines.push('', `exclusions naming no provider of the corpus: ${stale.join(', ')}`);
  lines.push('', `excluded providers (bench/detect-exclusions.json): ${exclusions.size}`);
  for (const [provider, reason] of [...exclusions].sort(([a], [b]) => a.localeCompare(b)))
    lines.push(`  ${provider}: ${reason}`);
  lines.push(
    '',
    `misses: ${misses.length} (${misses.filter((m) => m.placeholder).length} of them placeholders)`,
  );
  for (const m of misses) lines.push(`  ${m.placeholder ? '[placeholder] ' : ''}${m.file}: ${m.preview}`);
  const alarms = negatives.filter((n) => n.findings.length > 0);
  lines.push('', `false alarms on neg/: ${alarms.length}/${negatives.length}`);
  for (const n of alarms)
    for (const f of n.findings) lines.push(`  ${n.file}: ${f.ruleId} ${redactSecret(f.secret)}`);
  return total;
}

// The engine's path-aware entry point when it has one (file-name context), else the text only.
function scanWithPath(detector, text, file) {
  return detector.scanText.length >= 2 ? detector.scanText(text, file) : detector.scanText(text);
}

function scanRepository(name, repo, lines) {
  const out = mkdtempSync(path.join(tmpdir(), 'deployguard-detect-bench-'));
  try {
    const report = path.join(out, 'report.json');
    const t0 = process.hrtime.bigint();
    const r = spawnSync(
      'node',
      [
        CLI,
        'scan',
        '--repo-path',
        repo,
        '--format',
        'json',
        '--output',
        report,
        '--no-progress',
        '--exit-code',
        '0',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 },
    );
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) {
      lines.push(`${name}: scan failed (${r.status}): ${r.stderr.toString().trim().split('\n').pop()}`);
      return null;
    }
    const { findings, stats } = JSON.parse(readFileSync(report, 'utf8'));
    const values = new Set(findings.map((f) => `${f.rule_id}\0${f.secret_preview}`));
    const byConfidence = {};
    for (const f of findings)
      byConfidence[f.confidence ?? 'n/a'] = (byConfidence[f.confidence ?? 'n/a'] ?? 0) + 1;
    lines.push(
      `${name}: ${findings.length} findings, ${values.size} distinct rule+preview, ${stats.commits} commits, ${seconds.toFixed(1)} s; by confidence ${JSON.stringify(byConfidence)}`,
    );
    // One line per distinct (rule, path, preview), with how many commits carry it.
    const grouped = new Map();
    for (const f of findings) {
      const where = f.file ?? `<${f.location ?? 'metadata'}>`;
      const key = `${f.rule_id}  ${where}  ${f.secret_preview}${f.confidence ? `  [${f.confidence}]` : ''}`;
      grouped.set(key, (grouped.get(key) ?? 0) + 1);
    }
    for (const [key, n] of [...grouped].sort(([a], [b]) => a.localeCompare(b)))
      lines.push(`  ${key}${n > 1 ? `  x${n}` : ''}`);
    return findings.length;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function realRepositories(lines) {
  lines.push('', 'findings on real histories (every one should be a credential, test keys included):');
  const tmp = mkdtempSync(path.join(tmpdir(), 'deployguard-detect-express-'));
  try {
    if (existsSync(EXPRESS_BUNDLE)) {
      const mirror = path.join(tmp, 'express.git');
      execFileSync('git', ['clone', '--quiet', '--mirror', EXPRESS_BUNDLE, mirror]);
      scanRepository('expressjs/express', mirror, lines);
    } else lines.push(`expressjs/express: skipped, ${EXPRESS_BUNDLE} is absent`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const repo of MIRRORS) {
    const name = path.basename(path.dirname(repo)).replace('+', '/');
    // Scanned in place: a history scan only reads a bare repository.
    if (existsSync(path.join(repo, 'HEAD'))) scanRepository(name, repo, lines);
    else lines.push(`${name}: skipped, no mirror at ${repo} (fetch it to include it)`);
  }
}

function main() {
  if (!existsSync(path.join(DIST, 'index.js')))
    throw new Error('dist/ is missing: run `npm run build` first');
  if (!existsSync(path.join(CORPUS, 'manifest.json'))) throw new Error(`corpus not found at ${CORPUS}`);
  const detect = require(DIST);
  const lines = [];
  corpus(detect, lines);
  otherScannersExamples(detect, lines, { maskedPreview, pct });
  if (process.argv.includes('--quick')) lines.push('', 'real histories: skipped (--quick)');
  else realRepositories(lines);
  console.log(lines.join('\n'));
}

main();
