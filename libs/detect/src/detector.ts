// The detection engine: finds secrets in one text or buffer. It knows rules only as data; the
// keyword pre-filter decides which rule runs on which line, so cost follows keyword hits, not
// the number of rules.
import { confidenceAt } from './confidence';
import { shannonEntropy } from './entropy.util';
import { KeywordSearch, type KeywordTables } from './keyword-matcher';
import type { BatchHits } from './native-keyword-scan';
import { LINE_KEY_INTS, lineKeys } from './line-key';
import { LineMemo } from './line-memo';
import type { Confidence, Rule } from './rule.types';
import {
  isDoubtfulValue,
  isLockFile,
  isLowEntropy,
  isNonSecretValue,
  isPlaceholder,
  isPublicClientKey,
  namesKeyFile,
  ownerBefore,
  type ValueContext,
} from './secret-filter';
import { withFlags } from './user-regex';

export interface RawFinding {
  ruleId: string;
  secret: string;
  line: number; // 1-based
  column: number; // 1-based, characters
  endLine: number;
  entropy: number;
  // How sure the match is: the rule's `confidence`, else `high` for a specific rule and `medium`
  // for a generic one; a value typed out by hand (abcdef123456), or a generic match whose value
  // is weak (a word, low entropy), is `low`.
  confidence: Confidence;
}

export interface DetectorOptions {
  // Global allowlist: a secret matching one of these is never reported.
  allowRegexes?: readonly RegExp[];
  // A secret containing one of these words (case-insensitive) is never reported.
  stopwords?: readonly string[];
  // The keyword tables of another Detector built with the same rules (`keywordTables`), e.g. the
  // main thread's, given to a worker thread: saves building the automaton again.
  keywordTables?: KeywordTables;
  // Lines kept per generation by the line memo, which remembers what the rules found on a line and
  // reuses it where the same line comes back (a file's versions in a history); see
  // LINE_MEMO_LINES. 0 runs the rules on every line.
  lineMemoLines?: number;
}

interface CompiledRule {
  rule: Rule;
  regex: RegExp;
  group: number;
}

// The secret of a match: the named group `secret` when the pattern has one, else group `group`;
// and the key it is assigned to, the named groups `key` and `owner` (generic rules), for context.
function secretOf(m: RegExpExecArray, group: number): string | undefined {
  return m.groups?.secret ?? m[group];
}

// A line's candidates with line numbers relative to it, and the rules that ran on it.
interface LineResult {
  rules: number[];
  candidates: readonly Candidate[];
}

interface Candidate {
  rule: Rule;
  secret: string;
  line: number;
  endLine: number;
  column: number;
  end: number; // column after the secret, for overlap checks on the same line
  confidence: Confidence;
}

const INLINE_ALLOW = 'deployguard:allow';
// Encoded values (issue 8 item 6). Only lines holding one of these are searched for base64 values
// (searching every line a rule's keyword points at cost a third of the history scan): a
// base64-wrapped JWT (`ZXlK` is `eyJ` encoded), basic-auth headers, Docker's `"auth"` entries,
// values said to be base64, a base64-wrapped PEM block (`LS0tLS1CRUdJTi` is `-----BEGIN`). A
// Kubernetes `Secret` (`kind: Secret`) has every line of the file searched: its `data:` keys can
// be any name.
const DECODE_LINE_KEYWORDS = ['zxlk', 'ls0tls1crudjt', 'basic ', 'base64', 'b64', '"auth"'];
const DECODE_FILE_KEYWORDS = ['kind: secret'];
// A base64 (or base64url) run of at least 16 characters, mixing upper case, lower case and a
// digit or symbol, where a value starts (after `:`, `=`, a quote, a space, `Basic`) and ends. Runs
// are found by one pass over the line's characters (a regular expression retried at every
// position of every line would cost more than the rest of the engine).
const MIN_BASE64 = 16;
const B64_UPPER = 1;
const B64_LOWER = 2;
const B64_OTHER = 4; // digits, + / _ -
const BASE64_CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) BASE64_CLASS[c] = B64_UPPER;
for (let c = 97; c <= 122; c++) BASE64_CLASS[c] = B64_LOWER;
for (const c of '0123456789+/_-') BASE64_CLASS[c.charCodeAt(0)] = B64_OTHER;
const VALUE_BEFORE = new Set([...' \t:=("\'`,[']);
const VALUE_AFTER = new Set([...' \t"\'`,;)]}']);
const MIN_DECODED = 8;
// Characters of the line kept on each side of a decoded value (its key, a `Basic` before it).
const DECODE_CONTEXT = 200;
const PRINTABLE_SHARE = 0.95;
const MULTILINE_WINDOW = 70_000;
// A line of wrapped base64 output (`base64` wraps at 76 columns, PEM and openssl at 64), and any
// line of such a block, the last one shorter.
// Indented, too: a YAML block scalar (`deploy_key: |`) holds it one level in.
const WRAPPED_BASE64_LINE = /^[ \t]*[A-Za-z0-9+/]{60,}$/;
const BASE64_LINE = /^[A-Za-z0-9+/]+={0,2}$/;
// Lines joined at most (a base64 private key of 4096 bits is about 45 lines of 76).
const MAX_WRAPPED_LINES = 400;
// Bytes before a line searched for the call that publishes a key (see isPublicClientKey): a
// DocSearch set-up may list many options before its key.
const PUBLIC_KEY_LOOKBEHIND = 4096;
const BINARY_SNIFF = 8000;
/**
 * The line memo's default size: lines kept per generation. A line takes about 225 bytes (its keys,
 * the rules that ran, what they found; not its text): two full generations hold about 15 MB.
 * Measured on every blob of a history, memo on against off, alternating in one process:
 * gitleaks/gitleaks (dense test secrets) 585-623 ms against 1,165-1,204, expressjs/express 324-339
 * against 358-384, our synthetic history 803-822 against 780-858.
 */
export const LINE_MEMO_LINES = 32_768;
// The longest line the memo keeps: a minified file's one line would push out thousands of others.
const MEMO_MAX_LINE = 16_384;

/** Git's own heuristic (buffer_is_binary): a NUL byte in the first 8000 bytes means binary. */
export function isBinary(buf: Uint8Array): boolean {
  return buf.subarray(0, Math.min(buf.length, BINARY_SNIFF)).indexOf(0) !== -1;
}

function compile(rule: Rule): CompiledRule {
  const flags = rule.pattern.flags.replace(/[gy]/g, '') + 'g';
  const regex = withFlags(rule.pattern, flags); // a user pattern stays on RE2
  return { rule, regex, group: rule.secretGroup ?? (hasCaptureGroup(rule.pattern.source) ? 1 : 0) };
}

// Whether a pattern has a capturing group, read from its source (compiling a second copy of every
// rule just to count groups would double start-up cost): an unescaped `(` outside a character
// class that is not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` — named groups `(?<name>` do capture.
export function hasCaptureGroup(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      if (source[i + 1] !== '?') return true;
      if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') return true;
    }
  }
  return false;
}

export type { BatchHits };

/** One text's share of a batch's keyword hits (see Detector.keywordHits): the quads [from, to). */
export interface TextHits {
  hits: Int32Array;
  from: number;
  to: number;
}

export class Detector {
  // Compiled on a rule's first keyword hit: a small input (a pre-commit hook's diff) runs a few
  // of ~700 rules, and compiling all of them costs more than the scan.
  private readonly compiled: (CompiledRule | undefined)[];
  private readonly pathRules: CompiledRule[];
  private readonly matcher: KeywordSearch;
  private readonly queuedLine: Int32Array;
  private readonly decodeLine: number;
  private readonly decodeFile: number;
  private readonly allowRegexes: readonly RegExp[];
  private readonly stopwords: readonly string[];
  private readonly memo: LineMemo<LineResult> | null;
  // Scratch for lineKeysOf: the queue's line starts, and their keys.
  private lineStarts = new Int32Array(256);
  private keys = new Int32Array(256 * LINE_KEY_INTS);
  // Counts the times a rule read the lines before the one it ran on (isPublicClientKey): that
  // line's results depend on more than its text, and are not remembered.
  private lookbehinds = 0;

  constructor(
    readonly rules: readonly Rule[],
    options: DetectorOptions = {},
  ) {
    this.compiled = new Array<CompiledRule | undefined>(rules.length);
    this.pathRules = rules.flatMap((r, i) => (r.path ? [this.compiledAt(i)] : []));
    // Two pseudo-rules after the real ones: lines, and files, to search for encoded values.
    this.decodeLine = rules.length;
    this.decodeFile = rules.length + 1;
    const given = options.keywordTables;
    if (given && given.rules !== rules.length + 2)
      throw new Error(`keyword tables built for ${given.rules - 2} rules, given ${rules.length}`);
    this.matcher = new KeywordSearch(
      [
        ...rules.map((r) => r.keywords.map((k) => k.toLowerCase())),
        DECODE_LINE_KEYWORDS,
        DECODE_FILE_KEYWORDS,
      ],
      given,
    );
    this.queuedLine = new Int32Array(rules.length + 2);
    this.allowRegexes = options.allowRegexes ?? [];
    this.stopwords = (options.stopwords ?? []).map((s) => s.toLowerCase());
    const memoLines = options.lineMemoLines ?? LINE_MEMO_LINES;
    this.memo = memoLines > 0 ? new LineMemo(memoLines) : null;
  }

  private compiledAt(index: number): CompiledRule {
    return (this.compiled[index] ??= compile(this.rules[index]));
  }

  /** The keyword tables, to give another Detector of the same rules (see DetectorOptions). */
  get keywordTables(): KeywordTables {
    return this.matcher.tables;
  }

  /**
   * Saves the keyword tables where a Detector of the same rules reads them instead of building
   * them at start-up (`npm run build` does it for the built-in rules). Returns the file written,
   * or null when there is no package root to write under. Throws on a file system error.
   */
  saveKeywordTables(): string | null {
    return this.matcher.saveTables();
  }

  /**
   * Whether scanning under `path` can find what a scan without a path does not, or miss what it
   * finds, other than the generic findings a lock file drops (`isLockFile`): a rule bound to the
   * file name applies, or the name says its one value is a secret (`master.key`). Lets a caller
   * scan content before it knows the paths, and scan again only these; the confidence a path
   * gives (a documentation file) it applies itself with `confidenceAt`, without a second scan.
   */
  pathMatters(path: string): boolean {
    return namesKeyFile(path) || this.pathRules.some((c) => c.rule.path!.test(path));
  }

  /** Scans a text; `path` (repository-relative, `/`-separated) gives file-name context. */
  scanText(text: string, path?: string): RawFinding[] {
    return this.scanBuffer(Buffer.from(text, 'utf8'), path);
  }

  /**
   * Scans a text buffer (the caller skips binary content). Invalid UTF-8 is decoded with
   * replacement characters, so the valid parts of a damaged file are still scanned. The optional
   * `path` (repository-relative) lets rules with a `path` run, keeps generic rules out of lock
   * files, and lets a key file's name (`master.key`) say that its value is a secret.
   */
  scanBuffer(input: Uint8Array, path?: string, hits?: TextHits): RawFinding[] {
    const buf = Buffer.isBuffer(input)
      ? input
      : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    return this.scan(buf, path, true, hits);
  }

  /**
   * The keyword hits of each text text[spans[2k], spans[2k + 1]), found on another thread (the
   * native walk's, on libuv's pool) while this one runs the rules on earlier texts; give text k
   * its share to scanBuffer (`hits`, quads 4 * ends[k - 1] to 4 * ends[k]). The hits are written
   * to `out` when they fit (give the same arrays again), else to a new array. `text` and `out`
   * must not change until the promise settles. Null without the native walk: then scanBuffer walks
   * each text.
   */
  keywordHits(text: Uint8Array, spans: Int32Array, out?: Int32Array): Promise<BatchHits> | null {
    return this.matcher.scanBatch(text, spans, out);
  }

  // `decode`: also search the lines for base64 values and scan what they decode to (one level:
  // the decoded text is scanned with decode off).
  // `given`: the text's keyword hits, already found (keywordHits).
  private scan(buf: Buffer, path: string | undefined, decode: boolean, given?: TextHits): RawFinding[] {
    // Triples of (line start, line number, rule index), in order of position: each rule runs once per line.
    let queue: number[] = [];
    const queuedLine = this.queuedLine.fill(0);
    const lockFile = path !== undefined && isLockFile(path);
    const { rules, decodeLine, decodeFile } = this;
    let wholeFile = false;
    let decodeLines = null as Set<number> | null; // line starts of lines to search for encoded values
    const onHit = (_pos: number, rule: number, line: number, lineStart: number): void => {
      if (queuedLine[rule] === line) return;
      queuedLine[rule] = line;
      if (rule === decodeFile) wholeFile = decode;
      else if (rule === decodeLine ? !decode : lockFile && rules[rule].generic) return;
      else {
        if (rule === decodeLine) (decodeLines ??= new Set()).add(lineStart);
        queue.push(lineStart, line, rule);
      }
    };
    if (given === undefined) this.matcher.scan(buf, onHit);
    else
      for (let q = given.from, { hits } = given; q < given.to; q += 4)
        onHit(hits[q], hits[q + 1], hits[q + 2], hits[q + 3]);
    if (wholeFile) queue = withEveryLine(buf, queue, decodeLine);
    const context: ValueContext = { file: path };
    const blob = new BlobText(buf);
    // Path rules run on the file itself, not on a decoded value's line.
    const findings: RawFinding[] =
      path === undefined || !decode ? [] : this.runPathRules(path, blob, context);
    if (queue.length === 0) return findings;

    // Overlaps are resolved over the whole text at once: a multi-line rule reports from its
    // keyword's line a value that sits on a later line, where a generic rule may match it too.
    const candidates: Candidate[] = [];
    // A line's results are remembered, and reused, where they follow from its text and the rules
    // its keywords run: not under a path (a lock file drops rules), nor in a decoded value's scan.
    const memo = decode && path === undefined ? this.memo : null;
    const keys = memo === null ? null : this.lineKeysOf(buf, queue);
    for (let q = 0, at = 0; q < queue.length; at += LINE_KEY_INTS) {
      const lineStart = queue[q];
      const line = queue[q + 1];
      let next = q + 3;
      while (next < queue.length && queue[next] === lineStart) next += 3;
      const textEnd = keys !== null ? keys[at] : lineTextEnd(buf, lineStart);
      // Decoded only when needed: a remembered line is found by its bytes' hashes alone.
      let decoded: string | undefined;
      const wrapped =
        decode &&
        decodeLines?.has(lineStart) === true &&
        WRAPPED_BASE64_LINE.test((decoded = buf.toString('utf8', lineStart, textEnd)));
      const remember = keys !== null && !wrapped && this.memoable(queue, q, next, textEnd - lineStart);
      if (remember) {
        const known = memo!.get(keys[at + 1], keys[at + 2], keys[at + 3]);
        if (known !== undefined && sameRules(known.rules, queue, q, next)) {
          for (const c of known.candidates) candidates.push({ ...c, line, endLine: line + c.endLine });
          q = next;
          continue;
        }
      }
      const text = decoded ?? buf.toString('utf8', lineStart, textEnd);
      const lineFrom = candidates.length;
      const rulesFrom = q;
      const lookbehinds = this.lookbehinds;
      for (; q < next; q += 3) {
        if (queue[q + 2] === decodeLine) continue;
        const compiled = this.compiledAt(queue[q + 2]);
        if (compiled.rule.path) continue; // a path rule ran over the whole file above
        if (compiled.rule.multiline)
          this.runMultiline(compiled, blob, lineStart, text.length, line, candidates, context);
        else this.runOnLine(compiled, text, line, candidates, context, buf, lineStart);
      }
      if (wholeFile || decodeLines?.has(lineStart)) this.runDecoded(text, line, path, candidates);
      if (wrapped) this.runWrappedBase64(buf, lineStart, line, path, candidates);
      if (candidates.length > lineFrom && text.includes(INLINE_ALLOW)) candidates.length = lineFrom;
      if (remember && this.lookbehinds === lookbehinds)
        memo!.set(keys[at + 1], keys[at + 2], keys[at + 3], {
          rules: rulesOf(queue, rulesFrom, next),
          // line numbers relative to this line
          candidates:
            candidates.length === lineFrom
              ? NO_CANDIDATES
              : candidates.slice(lineFrom).map((c) => ({ ...c, line: 0, endLine: c.endLine - line })),
        });
    }
    for (const c of resolveOverlaps(candidates))
      findings.push(
        toRawFinding(c, path === undefined ? c.confidence : confidenceAt(c.rule, c.confidence, path)),
      );
    return findings;
  }

  // Base64 values of a line, decoded one level: the line is scanned again with the value replaced
  // by its decoded text, and a finding inside that text is reported at the encoded value (its
  // line, column and text: the value a `clean` must remove from the file), under the rule that
  // matched the decoded text. Decoding is kept for values that decode to mostly printable text.
  private runDecoded(text: string, line: number, path: string | undefined, out: Candidate[]): void {
    for (const [index, encoded] of base64Values(text)) {
      const decoded = decodeBase64Text(encoded);
      if (decoded === null) continue;
      // A window around the value, not the whole line: a long line of encoded values then costs
      // each value its own window, linear in the line's length.
      const from = Math.max(0, index - DECODE_CONTEXT);
      const start = index - from;
      const after = index + encoded.length;
      const replaced = text.slice(from, index) + decoded + text.slice(after, after + DECODE_CONTEXT);
      const lineStarts = [0];
      for (let i = replaced.indexOf('\n'); i !== -1; i = replaced.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
      for (const f of this.scan(Buffer.from(replaced, 'utf8'), path, false)) {
        const offset = lineStarts[f.line - 1] + f.column - 1;
        if (offset + f.secret.length <= start || offset >= start + decoded.length) continue;
        const rule = this.rules.find((r) => r.id === f.ruleId)!;
        const column = index + 1;
        out.push({
          rule,
          secret: encoded,
          line,
          endLine: line,
          column,
          end: column + encoded.length,
          confidence: f.confidence,
        });
      }
    }
  }

  // A base64 text wrapped over lines (`base64 id_rsa`, 76 columns) that starts at this line, its
  // lines indented alike (none, or a YAML block's): they are joined, decoded and scanned; a finding
  // in the decoded text is reported at the whole encoded block as the file holds it, line breaks
  // (CRLF too) and the indentation of the lines after the first included (the value a `clean`
  // must remove).
  private runWrappedBase64(
    buf: Buffer,
    lineStart: number,
    line: number,
    path: string | undefined,
    out: Candidate[],
  ): void {
    const values: string[] = [];
    let indent = '';
    let blockEnd = lineStart;
    for (let start = lineStart; start < buf.length && values.length < MAX_WRAPPED_LINES;) {
      let end = buf.indexOf(10, start);
      if (end === -1) end = buf.length;
      const textEnd = end > start && buf[end - 1] === 13 ? end - 1 : end;
      const text = buf.toString('latin1', start, textEnd);
      if (values.length === 0) indent = text.slice(0, text.length - text.trimStart().length);
      const value = text.slice(indent.length);
      if (!text.startsWith(indent) || !BASE64_LINE.test(value)) break;
      values.push(value);
      blockEnd = textEnd;
      start = end + 1;
    }
    if (values.length < 2) return;
    const decoded = decodeBase64Text(values.join(''));
    if (decoded === null) return;
    const block = buf.toString('latin1', lineStart + indent.length, blockEnd);
    for (const f of this.scan(Buffer.from(decoded, 'latin1'), path, false)) {
      const rule = this.rules.find((r) => r.id === f.ruleId)!;
      out.push({
        rule,
        secret: block,
        line,
        endLine: line + values.length - 1,
        column: indent.length + 1,
        end: indent.length + values[values.length - 1].length + 1,
        confidence: f.confidence,
      });
    }
  }

  // Rules bound to a file name run over the whole file when the path matches, keyword or not
  // (a `config/master.key` holds nothing but its value).
  private runPathRules(path: string, blob: BlobText, context: ValueContext): RawFinding[] {
    const out: Candidate[] = [];
    for (const compiled of this.pathRules) {
      if (!compiled.rule.path!.test(path)) continue;
      const text = blob.text();
      const { regex, group } = compiled;
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      let line = 1;
      let scanned = 0; // newlines are counted once, forwards, whatever the number of matches
      let lineStart = 0;
      while ((m = regex.exec(text)) !== null) {
        if (m[0].length === 0) regex.lastIndex++;
        const secret = secretOf(m, group);
        if (!secret || !this.accepts(compiled.rule, secret, assignedTo(m, context))) continue;
        const start = m.index + Math.max(0, m[0].indexOf(secret));
        for (let i = text.indexOf('\n', scanned); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) {
          line++;
          lineStart = i + 1;
          scanned = i + 1;
        }
        const column = start - lineStart + 1;
        const endLine = line + countNewlines(secret);
        out.push(candidate(compiled.rule, secret, line, endLine, column, column + secret.length));
      }
    }
    return out.map((c) => toRawFinding(c, confidenceAt(c.rule, c.confidence, path)));
  }

  private runOnLine(
    compiled: CompiledRule,
    text: string,
    line: number,
    out: Candidate[],
    context: ValueContext,
    buf: Buffer,
    lineStart: number,
  ): void {
    const { regex, group } = compiled;
    if (compiled.rule.literals && !containsInOrder(text, compiled.rule.literals)) return;
    if (compiled.rule.lineFilter?.test(text) === false) return;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null) {
      if (m[0].length === 0) regex.lastIndex++;
      const secret = secretOf(m, group);
      const assigned = assignedTo(m, context);
      if (!secret || !this.accepts(compiled.rule, secret, assigned)) continue;
      // The lines before, read only for the rare key that may be a public one.
      const before = () => {
        this.lookbehinds++;
        return buf.toString('latin1', Math.max(0, lineStart - PUBLIC_KEY_LOOKBEHIND), lineStart);
      };
      if (compiled.rule.generic && isPublicClientKey(assigned.key, text, m.index, before)) continue;
      const column = m.index + Math.max(0, m[0].indexOf(secret)) + 1;
      out.push(candidate(compiled.rule, secret, line, line, column, column + secret.length));
    }
  }

  private runMultiline(
    compiled: CompiledRule,
    blob: BlobText,
    lineStart: number,
    firstLineLength: number,
    line: number,
    out: Candidate[],
    context: ValueContext,
  ): void {
    const { regex, group } = compiled;
    const from = blob.charOffset(lineStart);
    // A slice of an already decoded string is O(1) in V8: no per-hit decoding.
    const window = blob.text().slice(from, from + MULTILINE_WINDOW);
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    // Only matches starting on this line: later lines are queued by their own keyword hits.
    while ((m = regex.exec(window)) !== null && m.index <= firstLineLength) {
      if (m[0].length === 0) regex.lastIndex++;
      const secret = secretOf(m, group);
      if (!secret || !this.accepts(compiled.rule, secret, assignedTo(m, context))) continue;
      const start = m.index + Math.max(0, m[0].indexOf(secret));
      const before = window.slice(0, start);
      const lineOffset = countNewlines(before);
      const column = start - (before.lastIndexOf('\n') + 1) + 1;
      const first = line + lineOffset;
      // A value spanning lines covers the rest of its first line.
      const last = first + countNewlines(secret);
      const end = last === first ? column + secret.length : Number.MAX_SAFE_INTEGER;
      out.push(candidate(compiled.rule, secret, first, last, column, end));
    }
  }

  // The keys (line-key.ts) of the queue's lines, LINE_KEY_INTS each, in queue order. The arrays are
  // the Detector's own, valid until the next call: only a scan with the memo asks, and the scans
  // it runs inside (decoded values) do not.
  private lineKeysOf(buf: Buffer, queue: readonly number[]): Int32Array {
    let n = 0;
    for (let q = 0; q < queue.length; q += 3) {
      if (q > 0 && queue[q] === queue[q - 3]) continue;
      if (n === this.lineStarts.length) {
        const grown = new Int32Array(2 * n);
        grown.set(this.lineStarts);
        this.lineStarts = grown;
      }
      this.lineStarts[n++] = queue[q];
    }
    if (this.keys.length < n * LINE_KEY_INTS)
      this.keys = new Int32Array(this.lineStarts.length * LINE_KEY_INTS);
    lineKeys(buf, this.lineStarts, n, this.keys);
    return this.keys;
  }

  // Whether a line's results follow from its text alone and are worth keeping: no multi-line rule
  // runs from it (its match reads the lines after), and it is not too long (`bytes`).
  private memoable(queue: readonly number[], from: number, to: number, bytes: number): boolean {
    if (bytes > MEMO_MAX_LINE) return false;
    for (let q = from; q < to; q += 3) {
      const rule = this.rules[queue[q + 2]];
      if (rule !== undefined && rule.multiline) return false;
    }
    return true;
  }

  private accepts(rule: Rule, secret: string, context: ValueContext): boolean {
    if (rule.entropy !== undefined && isLowEntropy(secret, rule.entropy, context)) return false;
    if (isPlaceholder(secret) || isEncodedPlaceholder(secret)) return false;
    if (rule.generic && isNonSecretValue(secret, context)) return false;
    if (rule.allow?.some((re) => re.test(secret))) return false;
    if (this.allowRegexes.some((re) => re.test(secret))) return false;
    if (this.stopwords.length > 0) {
      const lower = secret.toLowerCase();
      if (this.stopwords.some((w) => lower.includes(w))) return false;
    }
    return true;
  }
}

// The decoded text of a blob, made once and only if a multi-line rule needs it, with a cursor that
// turns byte offsets (at line starts, so never inside a character) into string offsets.
class BlobText {
  private decoded: string | null = null;
  private byteCursor = 0;
  private charCursor = 0;

  constructor(private readonly buf: Buffer) {}

  text(): string {
    return (this.decoded ??= this.buf.toString('utf8'));
  }

  // Offsets must be asked for in increasing order (they are: hits come in position order).
  charOffset(byteOffset: number): number {
    if (byteOffset < this.byteCursor) {
      this.byteCursor = 0;
      this.charCursor = 0;
    }
    this.charCursor += this.buf.toString('utf8', this.byteCursor, byteOffset).length;
    this.byteCursor = byteOffset;
    return this.charCursor;
  }
}

// The context of a match: the key its value is assigned to (a generic rule's named group `key`)
// and whose secret that key names (the group `owner`, else the key name's first word).
function assignedTo(m: RegExpExecArray, context: ValueContext): ValueContext {
  const key = m.groups?.key;
  if (key === undefined) return context;
  return { ...context, key, owner: m.groups?.owner ?? ownerBefore(m.input, m.index) };
}

function candidate(
  rule: Rule,
  secret: string,
  line: number,
  endLine: number,
  column: number,
  end: number,
): Candidate {
  // A value typed out by hand, or a generic match of a weak value, is `low` whatever the rule
  // says: the value decides.
  const confidence = isDoubtfulValue(secret, rule.generic === true)
    ? 'low'
    : (rule.confidence ?? (rule.generic ? 'medium' : 'high'));
  return { rule, secret, line, endLine, column, end, confidence };
}

function toRawFinding(c: Candidate, confidence = c.confidence): RawFinding {
  return {
    ruleId: c.rule.id,
    secret: c.secret,
    line: c.line,
    column: c.column,
    endLine: c.endLine,
    entropy: Math.round(shannonEntropy(c.secret) * 100) / 100,
    confidence,
  };
}

// The base64 values of a line, as [index, text]: see MIN_BASE64.
function* base64Values(text: string): Generator<[number, string]> {
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c >= 128 || BASE64_CLASS[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let kinds = 0;
    for (; i < n; i++) {
      const k = text.charCodeAt(i);
      if (k >= 128 || BASE64_CLASS[k] === 0) break;
      kinds |= BASE64_CLASS[k];
    }
    let end = i;
    while (end < n && end - i < 2 && text.charCodeAt(end) === 61) end++; // `=` padding
    if (
      end - start >= MIN_BASE64 &&
      kinds === (B64_UPPER | B64_LOWER | B64_OTHER) &&
      (start === 0 || VALUE_BEFORE.has(text[start - 1])) &&
      (end === n || VALUE_AFTER.has(text[end]))
    )
      yield [start, text.slice(start, end)];
    i = end;
  }
}

// The text a base64 (or base64url) value decodes to, when it is mostly printable text of at
// least MIN_DECODED characters; else null (random tokens decode to binary noise).
export function decodeBase64Text(value: string): string | null {
  // Most candidates are random tokens: their first 12 bytes already show noise.
  if (!isMostlyPrintable(Buffer.from(value.slice(0, 16), 'base64'))) return null;
  const bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (bytes.length < MIN_DECODED || !isMostlyPrintable(bytes)) return null;
  return bytes.toString('latin1');
}

function isMostlyPrintable(bytes: Buffer): boolean {
  let printable = 0;
  for (const b of bytes) if ((b >= 0x20 && b < 0x7f) || b === 9 || b === 10 || b === 13) printable++;
  return printable >= bytes.length * PRINTABLE_SHARE;
}

// A base64 value whose decoded text is a placeholder (`dXNlcjpwYXNz` is `user:pass`).
function isEncodedPlaceholder(secret: string): boolean {
  if (secret.length < 12 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(secret)) return false;
  const decoded = decodeBase64Text(secret);
  if (decoded === null) return false;
  // A `user:password` pair (HTTP Basic, a Docker `auth`) is judged by its password: a real one
  // under a placeholder user name (`xxxx:…`) is still a leak.
  const pair = ENCODED_PAIR.exec(decoded);
  return isPlaceholder(pair ? pair[1] : decoded);
}

const ENCODED_PAIR = /^[^:\s/]+:([^\s/]\S*)$/;

// The queue with an extra (line start, line, pseudo-rule) entry for every line of the buffer,
// still in order of position (a Kubernetes Secret: every line is searched for encoded values).
function withEveryLine(buf: Buffer, queue: number[], pseudo: number): number[] {
  const out: number[] = [];
  let q = 0;
  let line = 1;
  for (let start = 0; start <= buf.length; line++) {
    for (; q < queue.length && queue[q] === start; q += 3) out.push(queue[q], queue[q + 1], queue[q + 2]);
    out.push(start, line, pseudo);
    const nl = buf.indexOf(10, start);
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

// On one line, a generic rule yields to a specific rule whose match overlaps it, and the same
// value at the same place is reported once. Linear after one sort: candidates are swept in order
// of (line, column) against the furthest end of the specific matches seen so far, in both
// directions (a specific match may start after the generic one and still overlap it).
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  if (candidates.length === 1) return candidates;
  const sorted = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.line - b.c.line || a.c.column - b.c.column || a.i - b.i);
  const dropped = new Uint8Array(candidates.length);
  // Forwards: a specific match that started at or before this generic one and ends after its start.
  let line = -1;
  let reach = -Infinity;
  for (const { c, i } of sorted) {
    if (c.line !== line) {
      line = c.line;
      reach = -Infinity;
    }
    if (!c.rule.generic) reach = Math.max(reach, c.end);
    else if (reach > c.column) dropped[i] = 1;
  }
  // Backwards: a specific match that starts after this generic one, before its end.
  line = -1;
  let nextStart = Infinity;
  for (let k = sorted.length - 1; k >= 0; k--) {
    const { c, i } = sorted[k];
    if (c.line !== line) {
      line = c.line;
      nextStart = Infinity;
    }
    if (!c.rule.generic) nextStart = Math.min(nextStart, c.column);
    else if (nextStart < c.end) dropped[i] = 1;
  }
  const seen = new Set<string>();
  return candidates.filter((c, i) => {
    if (dropped[i]) return false;
    const key = `${c.rule.generic ? 'g' : c.rule.id}\0${c.line}\0${c.column}\0${c.secret}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// The rule indices of the queue's triples [from, to).
// Where the text of the line starting at `lineStart` ends: its LF, or a CR right before it.
function lineTextEnd(buf: Buffer, lineStart: number): number {
  let end = buf.indexOf(10, lineStart);
  if (end === -1) end = buf.length;
  return end > lineStart && buf[end - 1] === 13 ? end - 1 : end;
}

const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);

function rulesOf(queue: readonly number[], from: number, to: number): number[] {
  const rules: number[] = [];
  for (let q = from; q < to; q += 3) rules.push(queue[q + 2]);
  return rules;
}

// Whether the queue's triples [from, to) name exactly `rules`, in order.
function sameRules(rules: readonly number[], queue: readonly number[], from: number, to: number): boolean {
  if (rules.length * 3 !== to - from) return false;
  for (let i = 0, q = from; q < to; i++, q += 3) if (rules[i] !== queue[q + 2]) return false;
  return true;
}

// Whether `text` holds each of `literals`, one after the other without overlapping. Taking the
// earliest occurrence of each in turn is enough: any later one would only leave less room.
function containsInOrder(text: string, literals: readonly string[]): boolean {
  let at = 0;
  for (const literal of literals) {
    const i = text.indexOf(literal, at);
    if (i === -1) return false;
    at = i + literal.length;
  }
  return true;
}
