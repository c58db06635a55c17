// Shannon entropy in bits per character: random tokens score high, words and repeats low.
// Counts live in one scratch table indexed by UTF-16 code unit (no Map, no allocation per call):
// the engine computes this for every candidate, so it must stay cheap on long lines.
const counts = new Uint32Array(65536);

export function shannonEntropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  for (let i = 0; i < n; i++) counts[value.charCodeAt(i)]++;
  let h = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    const k = counts[c];
    if (k === 0) continue; // already summed
    const p = k / n;
    h -= p * Math.log2(p);
    counts[c] = 0;
  }
  return h;
}
