// What the rules found on a line, remembered by the line's text. A history holds every version of
// a file, and the versions share most of their lines: in a dense repository (a secret scanner's
// own test data) the same lines carry the same keyword hits in version after version, and running
// the rules on them again was most of the scan's cost.
//
// Bounded: two generations of at most `maxChars` characters of line text each. When the young one
// is full it becomes the old one and the old one is dropped; a line found in the old generation is
// copied to the young one, so lines that keep coming back stay.

export class LineMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private chars = 0;

  /** `maxChars`: line text kept per generation, in UTF-16 code units (about 2 bytes each at most). */
  constructor(private readonly maxChars: number) {}

  get(text: string): V | undefined {
    const young = this.young.get(text);
    if (young !== undefined) return young;
    const old = this.old.get(text);
    if (old !== undefined) this.set(text, old);
    return old;
  }

  set(text: string, value: V): void {
    if (this.chars + text.length > this.maxChars) {
      this.old = this.young;
      this.young = new Map();
      this.chars = 0;
    }
    this.young.set(text, value);
    this.chars += text.length;
  }
}
