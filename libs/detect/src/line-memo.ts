// What the rules found on a line, remembered by the line's key (line-key.ts: three 32-bit hashes
// of its bytes). A history holds every version of a file, and the versions share most of their
// lines: in a dense repository (a secret scanner's own test data) the same lines carry the same
// keyword hits in version after version, and running the rules on them again was most of the
// scan's cost.
//
// Bounded: two generations of at most `maxLines` lines each. When the young one is full it becomes
// the old one and the old one is dropped; a line found in the old generation is copied to the young
// one, so lines that keep coming back stay.

interface Slot<V> {
  h1: number;
  h2: number;
  value: V;
  next: Slot<V> | undefined; // another line with the same first hash
}

export class LineMemo<V> {
  private young = new Map<number, Slot<V>>();
  private old = new Map<number, Slot<V>>();
  private lines = 0;

  /** `maxLines`: lines kept per generation. */
  constructor(private readonly maxLines: number) {}

  /** The value kept for the line whose hashes are h0, h1, h2 (line-key.ts), or undefined. */
  get(h0: number, h1: number, h2: number): V | undefined {
    const young = find(this.young, h0, h1, h2);
    if (young !== undefined) return young.value;
    const old = find(this.old, h0, h1, h2);
    if (old === undefined) return undefined;
    this.set(h0, h1, h2, old.value);
    return old.value;
  }

  /** Keeps `value` for the line whose hashes are h0, h1, h2 (not already kept in the young one). */
  set(h0: number, h1: number, h2: number, value: V): void {
    if (this.lines >= this.maxLines) {
      this.old = this.young;
      this.young = new Map();
      this.lines = 0;
    }
    // A 30-bit key stays a small integer in V8, which a Map hashes without allocating.
    const key = h0 & 0x3fffffff;
    this.young.set(key, { h1, h2, value, next: this.young.get(key) });
    this.lines++;
  }
}

function find<V>(generation: Map<number, Slot<V>>, h0: number, h1: number, h2: number): Slot<V> | undefined {
  for (let s = generation.get(h0 & 0x3fffffff); s !== undefined; s = s.next)
    if (s.h1 === h1 && s.h2 === h2) return s;
  return undefined;
}
