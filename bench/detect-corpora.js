// Recall on the examples other secret scanners publish with their rules, for detect.bench.js:
// Nosey Parker's rule examples and TruffleHog's detector test tables, read in place from their git
// mirrors on this machine (`git show HEAD:<path>`, never copied here). A mirror that is absent is
// skipped with one line saying how to include it. Secret values are printed as redacted previews.
'use strict';
const { Buffer } = require('node:buffer');
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const NOSEY_PARKER = {
  name: 'Nosey Parker',
  repo: '/work/.mirror/praetorian-inc+noseyparker/repo',
  url: 'https://github.com/praetorian-inc/noseyparker',
};
const NOSEY_PARKER_RULES = 'crates/noseyparker/data/default/builtin/rules';
const TRUFFLEHOG = {
  name: 'TruffleHog',
  repo: '/work/.mirror/trufflesecurity+trufflehog/repo',
  url: 'https://github.com/trufflesecurity/trufflehog',
};
const TRUFFLEHOG_DETECTORS = 'pkg/detectors';
const MAX_MISSES = 40;
// The file name the examples are scanned under: plain text, so no rule keyed to a file name applies.
const SCAN_PATH = 'config.txt';

function git(repo, args) {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

function filesAtHead(repo, dir) {
  return git(repo, ['ls-tree', '-r', '-z', '--name-only', 'HEAD', dir]).split('\0').filter(Boolean).sort();
}

const fileAtHead = (repo, file) => git(repo, ['show', `HEAD:${file}`]);

// ---- Nosey Parker: `rules:` entries with `examples` (positives) and `negative_examples`.

function noseyParkerExamples(repo) {
  const files = filesAtHead(repo, NOSEY_PARKER_RULES).filter((f) => f.endsWith('.yml'));
  const positives = [];
  const negatives = [];
  for (const file of files)
    for (const rule of YAML.parse(fileAtHead(repo, file)).rules ?? []) {
      for (const text of rule.examples ?? []) positives.push({ id: rule.id, text });
      for (const text of rule.negative_examples ?? []) negatives.push({ id: rule.id, text });
    }
  return { files, positives, negatives };
}

// ---- TruffleHog: `input:` / `want: []string{…}` test tables of pkg/detectors/**/*_test.go.
// A small evaluator of the Go expressions those tables use: string literals, `+`, identifiers
// declared in the same file, and fmt.Sprintf with %s %v %d %q. A case whose input or want uses
// anything else (strings.Repeat, a function call) cannot be evaluated and is left out.

const GO_STRING = '(?:"(?:[^"\\\\\\n]|\\\\[\\s\\S])*"|`[^`]*`)';
const GO_IDENTIFIER = '[A-Za-z_]\\w*';
// `name = expr` or `name := expr` on its own line, with or without var/const, whose value is a
// string, a concatenation of strings and identifiers, or a one-line fmt.Sprintf.
const DECLARATION = new RegExp(
  `^\\s*(?:var\\s+|const\\s+)?(${GO_IDENTIFIER})\\s*:?=\\s*` +
    `(${GO_STRING}(?:\\s*\\+\\s*(?:${GO_STRING}|${GO_IDENTIFIER}))*|fmt\\.Sprintf\\([^\\n]*\\))\\s*$`,
  'gm',
);
// A test table entry whose `want` follows its `input` on the next line (their usual layout).
const TABLE_CASE = /input:\s*([\s\S]*?),\s*\n\s*want:\s*(\[\]string\{([\s\S]*?)\}|nil)/g;
const GO_ESCAPES = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

// The value of a Go string literal. A \x or octal byte becomes the code point of that value.
function goStringValue(literal) {
  if (literal.startsWith('`')) return literal.slice(1, -1);
  return literal
    .slice(1, -1)
    .replace(
      /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{3})|([\s\S]))/g,
      (_, hex, u4, u8, octal, char) => {
        const code = hex ?? u4 ?? u8;
        if (code) return String.fromCodePoint(parseInt(code, 16));
        if (octal) return String.fromCodePoint(parseInt(octal, 8));
        return GO_ESCAPES[char] ?? char;
      },
    );
}

// `text` split on `separator` outside string literals and brackets.
function splitTopLevel(text, separator) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

// fmt.Sprintf for the verbs the tables use; null when an argument is missing.
function sprintf(format, args) {
  let next = 0;
  let complete = true;
  const out = format.replace(/%([%svdq])/g, (_, verb) => {
    if (verb === '%') return '%';
    if (next >= args.length) complete = false;
    const value = args[next++] ?? '';
    return verb === 'q' ? JSON.stringify(value) : value;
  });
  return complete ? out : null;
}

// The string value of a Go expression, or null when it is not one this evaluator knows.
function goValue(expression, env) {
  const expr = expression.trim().replace(/,+$/, '').trim();
  const terms = splitTopLevel(expr, '+');
  if (terms.length > 1) {
    const values = terms.map((term) => goValue(term, env));
    return values.includes(null) ? null : values.join('');
  }
  if (new RegExp(`^${GO_STRING}$`).test(expr)) return goStringValue(expr);
  if (new RegExp(`^${GO_IDENTIFIER}$`).test(expr)) return env.get(expr) ?? null;
  const call = /^fmt\.Sprintf\(([\s\S]*)\)$/.exec(expr);
  if (call) {
    const args = splitTopLevel(call[1], ',')
      .filter((arg) => arg.trim())
      .map((arg) => goValue(arg, env));
    return args.length === 0 || args.includes(null) ? null : sprintf(args[0], args.slice(1));
  }
  return null;
}

// The file's string declarations, in order; the first declaration of a name wins.
function goStringDeclarations(source) {
  const env = new Map();
  for (const [, name, expression] of source.matchAll(DECLARATION)) {
    const value = goValue(expression, env);
    if (value !== null && !env.has(name)) env.set(name, value);
  }
  return env;
}

function trufflehogCases(repo) {
  const files = filesAtHead(repo, TRUFFLEHOG_DETECTORS).filter(
    (f) => f.endsWith('_test.go') && !f.endsWith('_integration_test.go'),
  );
  const cases = [];
  for (const file of files) {
    const source = fileAtHead(repo, file);
    const env = goStringDeclarations(source);
    // The detector is its directory under pkg/detectors (versions v1, v2… are one detector).
    const id = file.split('/')[2];
    for (const [, inputExpression, , wantList] of source.matchAll(TABLE_CASE)) {
      const input = goValue(inputExpression, env);
      const want = splitTopLevel(wantList ?? '', ',')
        .filter((w) => w.trim())
        .map((w) => goValue(w, env));
      if (input !== null && !want.includes(null)) cases.push({ id, file, input, want });
    }
  }
  return { files, cases };
}

// A finding is TruffleHog's wanted value when the two overlap: TruffleHog's `want` is often the
// secret joined with a user or id, or a prefix of it, so equality would undercount.
function overlapsWanted(secret, want) {
  return (
    want.includes(secret) ||
    secret.includes(want) ||
    (secret.length >= 8 && want.includes(secret.slice(0, 8)))
  );
}

// ---- Report

function wrapped(lines, names) {
  for (let i = 0; i < names.length; i += 6) lines.push('    ' + names.slice(i, i + 6).join(', '));
}

// Positives found / all, ids with none found, and up to MAX_MISSES misses, one per id so that the
// list spreads over the corpus rather than over the first few ids of the alphabet.
function report(lines, results, pct) {
  const byId = new Map();
  for (const { id, found } of results) {
    const p = byId.get(id) ?? { found: 0, all: 0 };
    p.all++;
    if (found) p.found++;
    byId.set(id, p);
  }
  const found = results.filter((r) => r.found).length;
  lines.push(`  positives found: ${found}/${results.length} = ${pct(found, results.length)}`);
  const zero = [...byId].filter(([, p]) => p.found === 0).map(([id]) => id);
  lines.push(`  at 0 %: ${zero.length} of ${byId.size}`);
  wrapped(lines, zero.sort());
  const misses = results.filter((r) => !r.found).sort((a, b) => a.id.localeCompare(b.id));
  const firstPerId = misses.filter((m, i) => i === 0 || misses[i - 1].id !== m.id);
  const shown = firstPerId.slice(0, MAX_MISSES);
  lines.push(
    `  misses: ${misses.length} in ${firstPerId.length} ids; first miss of the first ${shown.length} ids:`,
  );
  for (const m of shown)
    lines.push(`    ${m.id}: ${m.preview}${m.other ? `  [found instead: ${m.other}]` : ''}`);
}

// The rule ids of findings that did not count, so a miss shows whether anything fired at all.
const ruleIds = (findings) => [...new Set(findings.map((f) => f.ruleId))].join(', ');

function noseyParker(detector, lines, { maskedPreview, pct }, redactSecret) {
  const { files, positives, negatives } = noseyParkerExamples(NOSEY_PARKER.repo);
  const rules = new Set(positives.map((p) => p.id));
  lines.push(
    `${NOSEY_PARKER.name} (${NOSEY_PARKER.repo}): ${positives.length} examples of ${rules.size} rules in ${files.length} rule files`,
  );
  // Found when the detector reports anything: the examples are short and hold one secret each.
  const results = positives.map(({ id, text }) => ({
    id,
    found: detector.scan(Buffer.from(text), SCAN_PATH).length > 0,
    preview: maskedPreview(text, redactSecret),
  }));
  report(lines, results, pct);
  const alarms = negatives.filter(({ text }) => detector.scan(Buffer.from(text), SCAN_PATH).length > 0);
  lines.push(`  negative_examples with findings (information only): ${alarms.length}/${negatives.length}`);
}

function trufflehog(detector, lines, { pct }, redactSecret) {
  const { files, cases } = trufflehogCases(TRUFFLEHOG.repo);
  const positives = cases.filter((c) => c.want.length > 0);
  const negatives = cases.filter((c) => c.want.length === 0);
  const detectors = new Set(positives.map((c) => c.id));
  lines.push(
    `${TRUFFLEHOG.name} (${TRUFFLEHOG.repo}): ${positives.length} positives and ${negatives.length} empty wants from ${files.length} test files, ${detectors.size} detectors with positives`,
  );
  const results = positives.map(({ id, input, want }) => {
    const findings = detector.scan(Buffer.from(input), SCAN_PATH);
    const found = findings.some((f) => want.some((w) => overlapsWanted(f.secret, w)));
    const longest = want.reduce((a, b) => (b.length > a.length ? b : a));
    const preview = `${redactSecret(longest)} (${longest.length} chars)`;
    return { id, found, preview, other: found ? '' : ruleIds(findings) };
  });
  report(lines, results, pct);
  // TruffleHog's negatives are negatives for its own detector only: a value shaped like another
  // provider's key, or assigned to a secret-named variable, is often rightly reported here.
  const reported = negatives.filter(({ input }) => detector.scan(Buffer.from(input), SCAN_PATH).length > 0);
  lines.push(
    `  cases with an empty want that have findings (information only): ${reported.length}/${negatives.length}`,
  );
}

// Appends the section to `lines`. `detect` is the built detect library; `helpers` are
// detect.bench.js's `maskedPreview(text, redact)` (an example's likely secret, redacted) and
// `pct(n, d)`, so both sections show figures the same way.
function otherScannersExamples(detect, lines, helpers) {
  const { Detector, defaultRules, redactSecret } = detect;
  const detector = new Detector(defaultRules);
  lines.push('', "other scanners' published examples (read in place from their git mirrors):");
  for (const [scanner, measure] of [
    [NOSEY_PARKER, () => noseyParker(detector, lines, helpers, redactSecret)],
    [TRUFFLEHOG, () => trufflehog(detector, lines, helpers, redactSecret)],
  ]) {
    if (existsSync(path.join(scanner.repo, 'HEAD'))) measure();
    else
      lines.push(
        `${scanner.name}: skipped, no mirror at ${scanner.repo} (include it with \`git clone --mirror ${scanner.url} ${scanner.repo}\`)`,
      );
  }
}

module.exports = { otherScannersExamples };
