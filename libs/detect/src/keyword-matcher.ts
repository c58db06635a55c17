// Case-insensitive multi-keyword search over raw bytes (the Aho-Corasick automaton of
// byte-automaton.ts, laid out for speed). It is the cheap pre-filter that decides which rules run
// on which lines, so it works on Buffers without decoding and touches each byte once.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildByteAutomaton } from './byte-automaton';
import { keywordTablesFile, readKeywordTables, writeKeywordTables } from './keyword-tables-file';
import { NativeKeywordWalk, type BatchHits } from './native-keyword-scan';

/**
 * The matcher's tables, built once and shared: they live in SharedArrayBuffers, so a worker
 * thread given them (workerData) uses the same memory instead of building its own automaton.
 */
export interface KeywordTables {
  byteClass: Uint8Array;
  // One row per state, indexed by byte class (see KeywordMatcher.build).
  table: Int32Array;
  rowShift: number;
  // Rules triggered in a state: ruleList[ruleStart[state] .. ruleStart[state + 1]).
  ruleStart: Int32Array;
  ruleList: Int32Array;
  rules: number; // number of rules the tables were built for
}

function shared<T extends Int32Array | Uint8Array>(
  Kind: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number },
  values: ArrayLike<number>,
): T {
  const array = new Kind(new SharedArrayBuffer(values.length * Kind.BYTES_PER_ELEMENT));
  array.set(values);
  return array;
}

type HitSink = (pos: number, rule: number, line: number, lineStart: number) => void;

export interface MatcherOptions {
  // Walk with the native addon when it is built (default true); false: always in JavaScript.
  native?: boolean;
}

export class KeywordMatcher {
  private readonly native: NativeKeywordWalk | null;

  private constructor(
    readonly tables: KeywordTables,
    options: MatcherOptions = {},
  ) {
    this.native = options.native === false ? null : NativeKeywordWalk.over(tables);
  }

  /** Builds the matcher of keywordsByRule[r], the lower-case ASCII keywords of rule r. */
  static build(keywordsByRule: readonly (readonly string[])[], options?: MatcherOptions): KeywordMatcher {
    const keywords: Uint8Array[] = [];
    const ruleOf: number[] = [];
    keywordsByRule.forEach((kws, rule) => {
      for (const kw of kws) {
        keywords.push(Buffer.from(kw, 'latin1'));
        ruleOf.push(rule);
      }
    });
    const auto = buildByteAutomaton(keywords, { caseInsensitive: true });
    const { states, delta, width: w } = auto;
    // Rules triggered in a state: the rules of every keyword ending there.
    const rulesAt = auto.outputs.map((ids) => new Set(ids.map((id) => ruleOf[id])));
    const ruleStart = new Int32Array(states + 1);
    const list: number[] = [];
    for (let s = 0; s < states; s++) {
      ruleStart[s] = list.length;
      for (const r of [...rulesAt[s]].sort((a, b) => a - b)) list.push(r);
    }
    ruleStart[states] = list.length;
    // One row per state, indexed by byte class, rows a power of two wide so they stay small
    // (cache-friendly) and aligned. Entries hold the next row's offset, bit-inverted (negative)
    // when that state completes a keyword, so the hot loop is two loads and a sign test per byte.
    // A newline has its own class whose entries are all negative: the same slow path counts lines,
    // so callers get line numbers without a second pass (no keyword spans a newline).
    const nl = w;
    const row = 1 << Math.ceil(Math.log2(w + 1));
    const byteClass = Uint8Array.from(auto.byteClass);
    byteClass[10] = nl;
    const table = new Int32Array(states * row);
    for (let s = 0; s < states; s++) {
      for (let cls = 0; cls < w; cls++) {
        const t = delta[s * w + cls];
        table[s * row + cls] = ruleStart[t] !== ruleStart[t + 1] ? ~(t * row) : t * row;
      }
      table[s * row + nl] = ~0;
    }
    return new KeywordMatcher(
      {
        byteClass: shared(Uint8Array, byteClass),
        table: shared(Int32Array, table),
        rowShift: Math.log2(row),
        ruleStart: shared(Int32Array, ruleStart),
        ruleList: shared(Int32Array, list),
        rules: keywordsByRule.length,
      },
      options,
    );
  }

  /**
   * The hits of each text text[spans[2k], spans[2k + 1]), found on another thread, in `out` when
   * they fit (see NativeKeywordWalk.scanBatch); null without the native walk.
   */
  scanBatch(text: Uint8Array, spans: Int32Array, out?: Int32Array): Promise<BatchHits> | null {
    return this.native ? this.native.scanBatch(text, spans, out) : null;
  }

  /** A matcher over tables another matcher built (e.g. in another thread). */
  static from(tables: KeywordTables, options?: MatcherOptions): KeywordMatcher {
    return new KeywordMatcher(tables, options);
  }

  // Calls onHit(position of the keyword's last byte, rule index, 1-based line, line start offset)
  // for every keyword occurrence, in order of position, once per triggered rule; callers
  // de-duplicate per line.
  //
  // The native walk does it when it is built (native/keyword_scan.c); the rest of this class is
  // the same walk in JavaScript.
  //
  // Each byte's step waits for the previous one (the next state is a load indexed by the current
  // one), so one walk keeps the processor mostly waiting. A text with a newline past its middle
  // is walked as two halves at once, split at that newline (a newline always returns the
  // automaton to its root: no keyword holds one): about 1.4 times the bytes per second. The
  // second half's hits are held until the first half is done, then reported in order.
  scan(buf: Uint8Array, onHit: HitSink): void {
    if (this.native) {
      this.native.scan(buf, onHit);
      return;
    }
    const n = buf.length;
    const split = n < MIN_SPLIT ? -1 : buf.indexOf(10, n >> 1);
    if (split === -1 || split === n - 1) {
      this.walk(buf, 0, n, 0, 1, onHit);
      return;
    }
    const { table, byteClass, ruleStart, ruleList, rowShift } = this.tables;
    const m = split + 1; // the second half's first byte
    const len = Math.min(m, n - m);
    const held: number[] = []; // the second half's hits: (pos, rule, line within the half, line start)
    let s = 0;
    let t = 0;
    let line = 1;
    let lineStart = 0;
    let line2 = 1;
    let lineStart2 = m;
    for (let i = 0; i < len; i++) {
      s = table[s + byteClass[buf[i]]];
      t = table[t + byteClass[buf[m + i]]];
      if ((s | t) >= 0) continue;
      if (s < 0) {
        s = ~s;
        if (buf[i] === 10) {
          line++;
          lineStart = i + 1;
        } else {
          const state = s >> rowShift;
          for (let k = ruleStart[state], end = ruleStart[state + 1]; k < end; k++)
            onHit(i, ruleList[k], line, lineStart);
        }
      }
      if (t < 0) {
        t = ~t;
        const j = m + i;
        if (buf[j] === 10) {
          line2++;
          lineStart2 = j + 1;
        } else {
          const state = t >> rowShift;
          for (let k = ruleStart[state], end = ruleStart[state + 1]; k < end; k++)
            held.push(j, ruleList[k], line2, lineStart2);
        }
      }
    }
    // The rest of the first half, then the second half's hits and its rest, on the lines after.
    line = this.walk(buf, len, m, s, line, onHit, lineStart);
    const before = line - 1;
    for (let h = 0; h < held.length; h += 4) onHit(held[h], held[h + 1], held[h + 2] + before, held[h + 3]);
    this.walk(buf, m + len, n, t, line2 + before, onHit, lineStart2);
  }

  // Walks buf[from, to) from `state` (a table offset) on line `line`, which starts at
  // `lineStart`; returns the line it ends on.
  private walk(
    buf: Uint8Array,
    from: number,
    to: number,
    state: number,
    line: number,
    onHit: HitSink,
    lineStart = 0,
  ): number {
    const { table, byteClass, ruleStart, ruleList, rowShift } = this.tables;
    let s = state;
    for (let i = from; i < to; i++) {
      s = table[s + byteClass[buf[i]]];
      if (s < 0) {
        s = ~s;
        if (buf[i] === 10) {
          line++;
          lineStart = i + 1;
          continue;
        }
        const at = s >> rowShift;
        for (let k = ruleStart[at], end = ruleStart[at + 1]; k < end; k++)
          onHit(i, ruleList[k], line, lineStart);
      }
    }
    return line;
  }
}

// Texts shorter than this are walked in one piece (splitting costs more than it saves).
const MIN_SPLIT = 256;

// Building the automaton of ~1000 keywords costs tens of milliseconds, more than searching a few
// kilobytes for each keyword with indexOf. So a KeywordSearch searches its first inputs that way
// (a pre-commit hook scans one small diff) and builds the automaton once they add up to this many
// bytes, or for the first input larger than that. Each input also costs a fixed charge: its
// ~1000 indexOf calls cost the same on a 50-byte blob, and a history of small blobs spent 130 ms
// here before the automaton took over.
const SMALL_INPUT_BUDGET = 64 * 1024;
const SMALL_INPUT_CHARGE = 4 * 1024;

/**
 * The keyword search a Detector uses: a KeywordMatcher built on first need (or over tables another
 * thread built), and indexOf for the first small inputs. Both report the same hits in order of
 * position (keyword-matcher.spec.ts checks it).
 */
export class KeywordSearch {
  private matcher: KeywordMatcher | null;
  private smallBytesLeft = SMALL_INPUT_BUDGET;
  // Distinct keywords, each with the rules it triggers (ascending); filled on first small input.
  private keywords: Map<string, number[]> | null = null;

  // keywordsByRule[r] lists the lower-case ASCII keywords of rule r.
  constructor(
    private readonly keywordsByRule: readonly (readonly string[])[],
    tables?: KeywordTables,
  ) {
    this.matcher = tables ? KeywordMatcher.from(tables) : null;
  }

  /** The automaton's tables (built now if they were not yet), to share with other threads. */
  get tables(): KeywordTables {
    return this.fullMatcher().tables;
  }

  /**
   * Writes the tables where a KeywordSearch of the same keywords reads them instead of building
   * them (keyword-tables-file.ts; `npm run build` does it for the built-in rules). Returns the
   * file, or null without a package root. Throws on a file system error.
   */
  saveTables(): string | null {
    const file = keywordTablesFile(this.keywordsByRule);
    if (file !== null) {
      mkdirSync(dirname(file), { recursive: true });
      writeKeywordTables(file, this.tables);
    }
    return file;
  }

  // The automaton's matcher: its saved tables when they are there and sound (the native walk
  // checks their offsets and refuses them by throwing), else built.
  private fullMatcher(): KeywordMatcher {
    if (this.matcher) return this.matcher;
    const file = keywordTablesFile(this.keywordsByRule);
    const saved = file === null ? null : readKeywordTables(file, this.keywordsByRule.length);
    let matcher: KeywordMatcher | null = null;
    try {
      matcher = saved ? KeywordMatcher.from(saved) : null;
    } catch {
      // unsound saved tables: built instead
    }
    return (this.matcher = matcher ?? KeywordMatcher.build(this.keywordsByRule));
  }

  // Calls onHit(position of the keyword's last byte, rule index, 1-based line, line start offset)
  // for every keyword occurrence in order of position, once per triggered rule; callers
  // de-duplicate per line.
  scan(buf: Uint8Array, onHit: HitSink): void {
    if (this.matcher === null && buf.length + SMALL_INPUT_CHARGE <= this.smallBytesLeft) {
      this.smallBytesLeft -= buf.length + SMALL_INPUT_CHARGE;
      this.scanSmall(buf, onHit);
      return;
    }
    this.fullMatcher().scan(buf, onHit);
  }

  /** KeywordMatcher.scanBatch over the automaton (built now if it was not yet). */
  scanBatch(text: Uint8Array, spans: Int32Array, out?: Int32Array): Promise<BatchHits> | null {
    return this.fullMatcher().scanBatch(text, spans, out);
  }

  private distinctKeywords(): Map<string, number[]> {
    if (this.keywords) return this.keywords;
    const keywords = new Map<string, number[]>();
    this.keywordsByRule.forEach((kws, rule) => {
      for (const kw of kws) {
        const rules = keywords.get(kw);
        if (!rules) keywords.set(kw, [rule]);
        else if (rules.at(-1) !== rule) rules.push(rule);
      }
    });
    return (this.keywords = keywords);
  }

  private scanSmall(buf: Uint8Array, onHit: HitSink): void {
    // latin1 keeps one character per byte, so string positions are byte positions; keywords are
    // ASCII, so lower-casing the other characters cannot make or break a match.
    const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1').toLowerCase();
    const hits: number[] = []; // (end position, rule) pairs
    for (const [kw, rules] of this.distinctKeywords()) {
      for (let at = text.indexOf(kw); at !== -1; at = text.indexOf(kw, at + 1))
        for (const rule of rules) hits.push(at + kw.length - 1, rule);
    }
    if (hits.length === 0) return;
    const order = Array.from({ length: hits.length / 2 }, (_, i) => i);
    order.sort((a, b) => hits[2 * a] - hits[2 * b] || hits[2 * a + 1] - hits[2 * b + 1]);
    let line = 1;
    let lineStart = 0;
    let prevPos = -1;
    let prevRule = -1;
    for (const i of order) {
      const pos = hits[2 * i];
      const rule = hits[2 * i + 1];
      // Two keywords of one rule may end at the same byte ("key", "api_key"): one hit, as in the automaton.
      if (pos === prevPos && rule === prevRule) continue;
      prevPos = pos;
      prevRule = rule;
      for (
        let nl = text.indexOf('\n', lineStart);
        nl !== -1 && nl < pos;
        nl = text.indexOf('\n', lineStart)
      ) {
        line++;
        lineStart = nl + 1;
      }
      onHit(pos, rule, line, lineStart);
    }
  }
}
