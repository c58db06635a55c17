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

  // Trie.
  const goto: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  patterns.forEach((p, id) => {
    let s = 0;
    for (const b of p) {
      const cls = byteClass[b];
      let next = goto[s].get(cls);
      if (next === undefined) {
        next = goto.length;
        goto.push(new Map());
        ends.push([]);
        goto[s].set(cls, next);
      }
      s = next;
    }
    ends[s].push(id);
  });

  // Breadth-first failure links, folded into a full transition table.
  const states = goto.length;
  const delta = new Int32Array(states * width);
  const fail = new Int32Array(states);
  const outputs: number[][] = ends;
  const queue: number[] = [];
  for (const [cls, next] of goto[0]) {
    delta[cls] = next;
    queue.push(next);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi];
    if (outputs[fail[s]].length > 0) outputs[s] = [...new Set([...outputs[s], ...outputs[fail[s]]])];
    for (let cls = 0; cls < width; cls++) {
      const next = goto[s].get(cls);
      if (next !== undefined) {
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
