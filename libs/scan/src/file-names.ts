// Secrets in file and directory names, one home for every scan (history, work tree, staged, a
// range): which names hold one, and the reports' file and ref names with every found value masked.
import type { Detector, RawFinding } from '@deployguard/detect';
import type { Finding } from '@deployguard/report';
import { valueMasker } from './value-masker';

// Characters that join the words of a name (`backup_ghp_…`, `tok-xoxb-…`, `keys.ghp_…`): a token
// right after one is a token too, though a rule's pattern wants it to start a word.
const isJoiner = (code: number): boolean => code === 95 /* _ */ || code === 46 /* . */ || code === 45; /* - */
// A part runs to the end of its path component, at most this long (the longest tokens are a few
// hundred characters), and a name gives at most MAX_PARTS parts: a crafted path of ten thousand
// `_a` makes no more text to scan than its own length. Parts are scanned a batch at a time.
const MAX_PART = 256;
const MAX_PARTS = 16;
// Parts also end before a joiner that follows RANDOM_RUN (a token's body): at most MAX_ENDS a name.
const RANDOM_RUN = /^[A-Za-z0-9]{16}$/;
const MAX_ENDS = 4;
const BATCH_CHARS = 4 << 20;

/**
 * The secrets in `names` (paths, one per entry): each hit with the index of the name that holds
 * it, `line` 1 and `column` within the name (1-based), in order of name and column. A name is
 * scanned whole, then from every part after a joiner (`_`, `-`, `.`; to the end of its path
 * component) where no hit of the whole name already is. All in a few texts of one name a line; a
 * match spanning two names is none.
 */
export function secretsInNames(
  detector: Detector,
  names: readonly string[],
): { raw: RawFinding; name: number }[] {
  if (names.length === 0) return [];
  const hits: { raw: RawFinding; name: number }[] = [];
  const covered = new Map<number, [number, number][]>(); // name -> [start, end) of its hits
  const take = (raw: RawFinding, name: number, offset: number): void => {
    const start = offset + raw.column - 1;
    const end = start + raw.secret.length;
    const spans = covered.get(name) ?? [];
    if (spans.some(([s, e]) => start < e && s < end)) return;
    spans.push([start, end]);
    covered.set(name, spans);
    hits.push({ raw: { ...raw, line: 1, endLine: 1, column: start + 1 }, name });
  };
  // A name may hold a line break (git allows it): scanned as a blank, so one name is one line.
  const lines = names.map((name) => name.replace(/[\r\n]/g, ' '));
  for (const raw of detector.scanText(lines.join('\n')))
    if (raw.endLine === raw.line) take(raw, raw.line - 1, 0);
  // The parts after joiners, one per line, and where each sits.
  let parts: string[] = [];
  let origin: { name: number; offset: number }[] = [];
  let chars = 0;
  const scanParts = (): void => {
    for (const raw of detector.scanText(parts.join('\n'))) {
      if (raw.endLine !== raw.line) continue;
      const { name, offset } = origin[raw.line - 1];
      take(raw, name, offset);
    }
    parts = [];
    origin = [];
    chars = 0;
  };
  const add = (n: number, from: number, to: number): void => {
    const part = lines[n].slice(from, to);
    parts.push(part);
    origin.push({ name: n, offset: from });
    chars += part.length + 1;
    if (chars >= BATCH_CHARS) scanParts();
  };
  lines.forEach((name, n) => {
    // Where a part may start (the name's start, after a joiner) and end: a joiner right after a
    // long run of letters and digits (`ghp_…_old`: a token's body, then the rest of the name).
    const starts = [0];
    const ends: number[] = [];
    for (let i = 1; i < name.length && starts.length <= MAX_PARTS; i++) {
      const joiner = isJoiner(name.charCodeAt(i));
      if (!joiner && isJoiner(name.charCodeAt(i - 1)) && name[i] !== '/') starts.push(i);
      if (joiner && i >= 16 && ends.length < MAX_ENDS && RANDOM_RUN.test(name.slice(i - 16, i))) ends.push(i);
    }
    for (const from of starts) {
      const slash = name.indexOf('/', from);
      const to = Math.min(slash === -1 ? name.length : slash, from + MAX_PART);
      if (from > 0) add(n, from, to);
      for (const end of ends) if (end > from && end < to) add(n, from, end);
    }
  });
  if (parts.length > 0) scanParts();
  return hits.sort((a, b) => a.name - b.name || a.raw.column - b.raw.column);
}

/**
 * The part of `path` up to the end of the component that holds column `column` (1-based): what a
 * value in a name makes exist (`dir-<token>` for `dir-<token>/g.txt`), to ask whether an older
 * commit already had it.
 */
export function nameHolding(path: string, column: number): string {
  const slash = path.indexOf('/', column - 1);
  return slash === -1 ? path : path.slice(0, slash);
}

/**
 * `findings` with every one of `values` masked where a finding's `file` or `ref` holds it (a file
 * or a branch named after a token, its own finding's or another one's: reports never carry a
 * value), and the real file of each finding whose name was masked (fingerprint -> path: the
 * fingerprint was made from it, and a caller may need to read it).
 */
export function maskValuesInFiles(
  findings: readonly Finding[],
  values: Iterable<string>,
): { findings: Finding[]; realFiles: Map<string, string> } {
  const mask = valueMasker(values);
  const realFiles = new Map<string, string>();
  const out = findings.map((finding) => {
    const { file, ref } = finding;
    const name = file === null ? null : mask(file);
    const refName = typeof ref === 'string' ? mask(ref) : ref; // a tag's or a branch's name may hold one too
    if (name === file && refName === ref) return finding;
    if (name !== file) realFiles.set(finding.fingerprint, file!);
    return { ...finding, file: name, ref: refName };
  });
  return { findings: out, realFiles };
}
