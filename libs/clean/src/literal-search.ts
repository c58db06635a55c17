// Many-literal search over raw bytes (Wu–Manber): a table of 3-byte blocks says how far the
// window may jump; only windows ending in a block that ends some literal's prefix are compared.
// On source text with a few dozen secrets of 16+ bytes it jumps ~m bytes at a time, where one
// Buffer.indexOf pass per literal reads the data once per literal.
const BLOCK = 3;
const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

export const MIN_LITERAL_FOR_BLOCKS = BLOCK + 1;

function blockHash(a: number, b: number, c: number): number {
  return ((a << 10) ^ (b << 5) ^ c) & TABLE_MASK;
}

export class MultiLiteralSearch {
  private readonly minLen: number;
  private readonly shift: Uint8Array;
  // Per hash of a literal's last prefix block: literal indexes, longest literal first.
  private readonly candidates = new Map<number, number[]>();

  // `literals` must be sorted longest first and be at least MIN_LITERAL_FOR_BLOCKS bytes long.
  constructor(private readonly literals: readonly Buffer[]) {
    this.minLen = Math.min(...literals.map((l) => l.length));
    const m = this.minLen;
    const defaultShift = Math.min(255, m - BLOCK + 1);
    this.shift = new Uint8Array(1 << TABLE_BITS).fill(defaultShift);
    literals.forEach((lit, index) => {
      // Only the first m bytes of every literal take part, so all windows have the same length.
      for (let end = BLOCK - 1; end < m; end++) {
        const h = blockHash(lit[end - 2], lit[end - 1], lit[end]);
        const s = m - 1 - end;
        if (s < this.shift[h]) this.shift[h] = s;
        if (s === 0) {
          const list = this.candidates.get(h) ?? [];
          list.push(index);
          this.candidates.set(h, list);
        }
      }
    });
  }

  // Every occurrence as [start, literal index], by start, longest first at equal starts.
  // Overlapping occurrences are all reported; the caller decides which ones to keep.
  findAll(data: Buffer): [number, number][] {
    const found: [number, number][] = [];
    const n = data.length;
    const m = this.minLen;
    const shift = this.shift;
    let pos = m - 1;
    while (pos < n) {
      const h = blockHash(data[pos - 2], data[pos - 1], data[pos]);
      const s = shift[h];
      if (s !== 0) {
        pos += s;
        continue;
      }
      const start = pos - m + 1;
      for (const index of this.candidates.get(h)!) {
        const lit = this.literals[index];
        const end = start + lit.length;
        if (end <= n && data.compare(lit, 0, lit.length, start, end) === 0) found.push([start, index]);
      }
      pos++;
    }
    return found;
  }
}
