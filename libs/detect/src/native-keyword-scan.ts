// The keyword matcher's walk compiled to a native addon (native/keyword_scan.c, built by
// `npm run build` into build/Release/). Optional: without it, or with DEPLOYGUARD_NATIVE=0 (or
// false, off, no), the matcher walks in JavaScript, with the same hits.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KeywordTables } from './keyword-matcher';
import { packageRoot } from './package-root';

type Scanner = { readonly __brand: 'keyword scanner' };

interface Addon {
  create(
    byteClass: Uint8Array,
    table: Int32Array,
    ruleStart: Int32Array,
    ruleList: Int32Array,
    rowShift: number,
  ): Scanner;
  // Finds the text's n hits; writes them to out when 4n <= out.length, else keeps them for take.
  scan(scanner: Scanner, text: Uint8Array, out: Int32Array): number;
  take(scanner: Scanner, out: Int32Array): number;
  // Walks the items text[spans[2k], spans[2k + 1]) on a thread of libuv's pool; see BatchHits.
  scanBatch(
    scanner: Scanner,
    text: Uint8Array,
    spans: Int32Array,
    out: Int32Array,
    done: (error: Error | null, hits?: Int32Array, ends?: Int32Array) => void,
  ): void;
  // See line-key.ts.
  lineKeys(text: Uint8Array, starts: Int32Array, n: number, out: Int32Array): void;
}

const ADDON = join('build', 'Release', 'deployguard_native.node');

let addon: Addon | null | undefined;

// The addon under the package's root (packageRoot: src/, dist/ and the bundled CLI's dist/cli/
// alike), or null.
function loadAddon(): Addon | null {
  if (/^(?:0|false|off|no)$/i.test(process.env.DEPLOYGUARD_NATIVE ?? '')) return null;
  const root = packageRoot();
  const file = root === null ? null : join(root, ADDON);
  try {
    return file !== null && existsSync(file) ? (require(file) as Addon) : null;
  } catch {
    return null; // built for another Node.js or platform: the JavaScript walk
  }
}

/** Whether the native walk is in use (built, loadable, not disabled). */
export function nativeKeywordScanLoaded(): boolean {
  return (addon ??= loadAddon()) !== null;
}

/** The native line keys (see line-key.ts); null when the addon is not in use. */
export function nativeLineKeys(): Addon['lineKeys'] | null {
  const lib = (addon ??= loadAddon());
  return lib ? lib.lineKeys : null;
}

type HitSink = (pos: number, rule: number, line: number, lineStart: number) => void;

/**
 * The hits of a batch of texts walked at once: text k's are the quads (position, rule, line, line
 * start) hits[4 * ends[k - 1] .. 4 * ends[k]) (ends[-1] = 0), positions and line starts counted
 * from the text's own start: what KeywordMatcher.scan gives for that text alone, in its order.
 */
export interface BatchHits {
  hits: Int32Array;
  ends: Int32Array;
}

const NO_HITS = new Int32Array(0);

/** The native walk over a matcher's tables; null when the addon is not in use. */
export class NativeKeywordWalk {
  // Hits of one text, four numbers each; a text with more, or a scan from inside onHit, gets an
  // array of its own.
  private readonly out = new Int32Array(4 * 4096);
  private busy = false;

  private constructor(
    private readonly lib: Addon,
    private readonly scanner: Scanner,
  ) {}

  static over(tables: KeywordTables): NativeKeywordWalk | null {
    const lib = (addon ??= loadAddon());
    if (!lib) return null;
    const { byteClass, table, ruleStart, ruleList, rowShift } = tables;
    return new NativeKeywordWalk(lib, lib.create(byteClass, table, ruleStart, ruleList, rowShift));
  }

  /**
   * The hits of the texts text[spans[2k], spans[2k + 1]), found on a thread of libuv's pool while
   * this one goes on; in `out` when they fit (give the same array again rather than a new one per
   * batch), else in a new array. `text` and `out` must not change until the promise
   * settles; it rejects when memory runs out. Throws a RangeError for a span outside the text.
   */
  scanBatch(text: Uint8Array, spans: Int32Array, out: Int32Array = NO_HITS): Promise<BatchHits> {
    let settle: (error: Error | null, hits?: Int32Array, ends?: Int32Array) => void = () => undefined;
    const found = new Promise<BatchHits>((resolve, reject) => {
      settle = (error, hits, ends) => (error ? reject(error) : resolve({ hits: hits!, ends: ends! }));
    });
    // Outside the promise: a bad span throws here, to the caller.
    this.lib.scanBatch(this.scanner, text, spans, out, settle);
    return found;
  }

  // The contract of KeywordMatcher.scan.
  scan(text: Uint8Array, onHit: HitSink): void {
    let out = this.busy ? new Int32Array(4 * 64) : this.out;
    const n = this.lib.scan(this.scanner, text, out);
    if (n === 0) return;
    if (4 * n > out.length) {
      out = new Int32Array(4 * n);
      this.lib.take(this.scanner, out);
    }
    const outer = this.busy;
    this.busy = true;
    try {
      for (let q = 0; q < 4 * n; q += 4) onHit(out[q], out[q + 1], out[q + 2], out[q + 3]);
    } finally {
      this.busy = outer;
    }
  }
}
