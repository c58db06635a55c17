// Aho-Corasick over raw bytes, compiled to a dense DFA: the project's one multi-pattern engine.
// The detector's keyword pre-filter (case-insensitive) and the clean's search for selected values
// (exact bytes) are both built on it, so each reads its data once whatever the number of patterns.

export interface ByteAutomaton {
  // byte → class; class 0 is every byte no pattern contains.
  byteClass: Uint8Array;
  // Number of classes, class 0 included: the row width of `delta`.
  width: number;
  states: number;
  // delta[state * width + class] → next state (state 0 is the root).
  delta: Int32Array;
  // Per state, the ids (indexes in `patterns`) of the patterns ending there, through failure
  // links, ascending; empty for most states.
  outputs: number[][];
}

/**
 * Builds the automaton of `patterns` (byte strings, at least one byte each). With
 * `caseInsensitive`, patterns must be lower-case and ASCII upper-case letters share the class of
 * their lower-case form.
 */
export function buildByteAutomaton(
  patterns: readonly Uint8Array[],
  options: { caseInsensitive?: boolean } = {},
): ByteAutomaton {
  const byteClass = new Uint8Array(256);
  let classes = 1;
  for (const p of patterns)
    for (const b of p) {
      if (byteClass[b] !== 0) continue;
      byteClass[b] = classes++;
      if (options.caseInsensitive && b >= 0x61 && b <= 0x7a) byteClass[b - 0x20] = byteClass[b];
    }
  const width = classes;

  // Trie, in flat arrays (a Map per state cost more than the rest of the build): trie[s * width +
  // class] is the child state, 0 for none (the root is never a child). At most one state per byte.
  let bytes = 0;
  for (const p of patterns) bytes += p.length;
  const trie = new Int32Array((bytes + 1) * width);
  const ends: number[][] = [[]];
  patterns.forEach((p, id) => {
    let s = 0;
    for (const b of p) {
      const at = s * width + byteClass[b];
      if (trie[at] === 0) {
        trie[at] = ends.length;
        ends.push([]);
      }
      s = trie[at];
    }
    ends[s].push(id);
  });

  // Breadth-first failure links, folded into a full transition table.
  const states = ends.length;
  const delta = new Int32Array(states * width);
  const fail = new Int32Array(states);
  const outputs: number[][] = ends;
  const queue: number[] = [];
  for (let cls = 0; cls < width; cls++) {
    const next = trie[cls];
    delta[cls] = next;
    if (next !== 0) queue.push(next);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi];
    if (outputs[fail[s]].length > 0) outputs[s] = [...new Set([...outputs[s], ...outputs[fail[s]]])];
    for (let cls = 0; cls < width; cls++) {
      const next = trie[s * width + cls];
      if (next !== 0) {
        fail[next] = delta[fail[s] * width + cls];
        delta[s * width + cls] = next;
        queue.push(next);
      } else {
        delta[s * width + cls] = delta[fail[s] * width + cls];
      }
    }
  }
  for (const out of outputs) if (out.length > 1) out.sort((a, b) => a - b);
  return { byteClass, width, states, delta, outputs };
}
