// Case-insensitive multi-keyword search over raw bytes (the Aho-Corasick automaton of
// byte-automaton.ts, laid out for speed). It is the cheap pre-filter that decides which rules run
// on which lines, so it works on Buffers without decoding and touches each byte once.
import { buildByteAutomaton } from './byte-automaton';

export class KeywordMatcher {
  private readonly byteClass = new Uint8Array(256);
  private readonly width: number;
  private readonly table: Int32Array;
  private readonly rowShift: number;
  // Rules triggered in a state (union over every keyword ending there, through failure links).
  private readonly ruleStart: Int32Array;
  private readonly ruleList: Int32Array;

  // keywordsByRule[r] lists the lower-case ASCII keywords of rule r.
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

  // Calls onHit(position of the keyword's last byte, rule index, 1-based line, line start offset)
  // for every keyword occurrence, once per triggered rule; callers de-duplicate per line.
  scan(buf: Uint8Array, onHit: (pos: number, rule: number, line: number, lineStart: number) => void): void {
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
