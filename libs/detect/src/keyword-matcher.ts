// Case-insensitive multi-keyword search over raw bytes (the Aho-Corasick automaton of
// byte-automaton.ts, laid out for speed). It is the cheap pre-filter that decides which rules run
// on which lines, so it works on Buffers without decoding and touches each byte once.
import { buildByteAutomaton } from './byte-automaton';

// Building the automaton of ~1000 keywords costs tens of milliseconds, more than searching a few
// kilobytes for each keyword with indexOf. So a matcher searches its first inputs that way (a
// pre-commit hook scans one small diff) and builds the automaton once they add up to this many
// bytes, or for the first input larger than that.
const SMALL_INPUT_BUDGET = 64 * 1024;

type HitSink = (pos: number, rule: number, line: number, lineStart: number) => void;

export class KeywordMatcher {
  private automaton: KeywordAutomaton | null = null;
  private smallBytesLeft = SMALL_INPUT_BUDGET;
  // Distinct keywords, each with the rules it triggers (ascending).
  private readonly keywords: Map<string, number[]> = new Map();

  // keywordsByRule[r] lists the lower-case ASCII keywords of rule r.
  constructor(private readonly keywordsByRule: readonly (readonly string[])[]) {
    keywordsByRule.forEach((kws, rule) => {
      for (const kw of kws) {
        const rules = this.keywords.get(kw);
        if (!rules) this.keywords.set(kw, [rule]);
        else if (rules.at(-1) !== rule) rules.push(rule);
      }
    });
  }

  // Calls onHit(position of the keyword's last byte, rule index, 1-based line, line start offset)
  // for every keyword occurrence in order of position, once per triggered rule; callers
  // de-duplicate per line.
  scan(buf: Uint8Array, onHit: HitSink): void {
    if (this.automaton === null && buf.length <= this.smallBytesLeft) {
      this.smallBytesLeft -= buf.length;
      this.scanSmall(buf, onHit);
      return;
    }
    (this.automaton ??= new KeywordAutomaton(this.keywordsByRule)).scan(buf, onHit);
  }

  private scanSmall(buf: Uint8Array, onHit: HitSink): void {
    // latin1 keeps one character per byte, so string positions are byte positions; keywords are
    // ASCII, so lower-casing the other characters cannot make or break a match.
    const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1').toLowerCase();
    const hits: number[] = []; // (end position, rule) pairs
    for (const [kw, rules] of this.keywords) {
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

// The Aho-Corasick automaton of every keyword, for inputs of any size.
class KeywordAutomaton {
  private readonly byteClass = new Uint8Array(256);
  private readonly width: number;
  private readonly table: Int32Array;
  private readonly rowShift: number;
  // Rules triggered in a state (union over every keyword ending there, through failure links).
  private readonly ruleStart: Int32Array;
  private readonly ruleList: Int32Array;

  constructor(keywordsByRule: readonly (readonly string[])[]) {
    const keywords: Uint8Array[] = [];
    const ruleOf: number[] = [];
    keywordsByRule.forEach((kws, rule) => {
      for (const kw of kws) {
        keywords.push(Buffer.from(kw, 'latin1'));
        ruleOf.push(rule);
      }
    });
    const auto = buildByteAutomaton(keywords, { caseInsensitive: true });
    this.byteClass.set(auto.byteClass);
    this.width = auto.width;
    const { states, delta } = auto;
    const w = this.width;
    // Rules triggered in a state: the rules of every keyword ending there.
    const rulesAt = auto.outputs.map((ids) => new Set(ids.map((id) => ruleOf[id])));
    this.ruleStart = new Int32Array(states + 1);
    const list: number[] = [];
    for (let s = 0; s < states; s++) {
      this.ruleStart[s] = list.length;
      for (const r of [...rulesAt[s]].sort((a, b) => a - b)) list.push(r);
    }
    this.ruleStart[states] = list.length;
    this.ruleList = Int32Array.from(list);
    // One row per state, indexed by byte class, rows a power of two wide so they stay small
    // (cache-friendly) and aligned. Entries hold the next row's offset, bit-inverted (negative)
    // when that state completes a keyword, so the hot loop is two loads and a sign test per byte.
    // A newline has its own class whose entries are all negative: the same slow path counts lines,
    // so callers get line numbers without a second pass (no keyword spans a newline).
    const nl = w;
    const row = 1 << Math.ceil(Math.log2(w + 1));
    this.rowShift = Math.log2(row);
    this.byteClass[10] = nl;
    this.table = new Int32Array(states * row);
    for (let s = 0; s < states; s++) {
      for (let cls = 0; cls < w; cls++) {
        const t = delta[s * w + cls];
        this.table[s * row + cls] = this.ruleStart[t] !== this.ruleStart[t + 1] ? ~(t * row) : t * row;
      }
      this.table[s * row + nl] = ~0;
    }
  }

  scan(buf: Uint8Array, onHit: HitSink): void {
    const { table, byteClass, ruleStart, ruleList, rowShift } = this;
    const n = buf.length;
    let s = 0;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < n; i++) {
      s = table[s + byteClass[buf[i]]];
      if (s < 0) {
        s = ~s;
        if (buf[i] === 10) {
          line++;
          lineStart = i + 1;
          continue;
        }
        const state = s >> rowShift;
        for (let k = ruleStart[state], end = ruleStart[state + 1]; k < end; k++)
          onHit(i, ruleList[k], line, lineStart);
      }
    }
  }
}
