// Case-insensitive multi-keyword search over raw bytes (an Aho-Corasick automaton compiled to a
// dense DFA). It is the cheap pre-filter that decides which rules run on which lines, so it works
// on Buffers without decoding and touches each byte once.

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
    const chars = new Map<number, number>();
    for (const kws of keywordsByRule)
      for (const kw of kws)
        for (let i = 0; i < kw.length; i++) {
          const c = kw.charCodeAt(i) & 0xff;
          if (!chars.has(c)) chars.set(c, chars.size + 1);
        }
    for (const [c, cls] of chars) {
      this.byteClass[c] = cls;
      const upper = String.fromCharCode(c).toUpperCase().charCodeAt(0);
      if (upper !== c && upper < 128) this.byteClass[upper] = cls;
    }
    this.width = chars.size + 1;

    // Trie.
    const goto: Map<number, number>[] = [new Map()];
    const rulesAt: Set<number>[] = [new Set()];
    keywordsByRule.forEach((kws, rule) => {
      for (const kw of kws) {
        let s = 0;
        for (let i = 0; i < kw.length; i++) {
          const cls = this.byteClass[kw.charCodeAt(i) & 0xff];
          let next = goto[s].get(cls);
          if (next === undefined) {
            next = goto.length;
            goto.push(new Map());
            rulesAt.push(new Set());
            goto[s].set(cls, next);
          }
          s = next;
        }
        rulesAt[s].add(rule);
      }
    });

    // Breadth-first failure links, folded into a full transition table.
    const states = goto.length;
    const w = this.width;
    const delta = new Int32Array(states * w);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let cls = 1; cls < w; cls++) {
      const next = goto[0].get(cls);
      if (next !== undefined) {
        delta[cls] = next;
        queue.push(next);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const r of rulesAt[fail[s]]) rulesAt[s].add(r);
      for (let cls = 0; cls < w; cls++) {
        const next = goto[s].get(cls);
        if (next !== undefined) {
          fail[next] = delta[fail[s] * w + cls];
          delta[s * w + cls] = next;
          queue.push(next);
        } else {
          delta[s * w + cls] = delta[fail[s] * w + cls];
        }
      }
    }
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
