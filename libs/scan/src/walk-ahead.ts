// Scanning in this thread with the keyword walk one batch ahead on another: blobs are copied into
// batches (one larger than a batch is scanned in place, walk and all), the native walk finds a
// batch's keyword hits on a thread of libuv's pool (no JavaScript there, so no second heap or
// compiler), and this thread runs the rules on those hits while the next batch is walked. The walk
// was a quarter of this thread's time on a history scan (expressjs/express, sveltejs/svelte). At
// most MAX_BATCHES batches are walked or wait for their rules, which bounds memory whatever the
// repository size.
import { isBinary, type BatchHits, type Detector } from '@deployguard/detect/engine';
import type { BlobVerdict } from './scan-pool';

const BATCH_BYTES = 2 * 1024 * 1024;
const MAX_BATCHES = 2;
// Hits (quads) a batch's reused array holds at first; it grows to the densest batch's (the
// densest 2 MB of sveltejs/svelte's history gave about 50,000).
const OUT_HITS = 32 * 1024;
// A larger array (a blob dense with keywords has millions of hits) is not kept for reuse.
const MAX_KEPT_HITS = 256 * 1024;

interface Batch<K> {
  buffer: Buffer;
  out: Int32Array; // where the walk writes the hits when they fit
  spans: Int32Array; // start, end of each blob in buffer
  keys: K[];
  paths: (string | null)[];
}

export class WalkAhead<K> {
  /** Milliseconds this thread spent running the rules on the batches' hits. */
  busyMs = 0;
  private buffer: Buffer | null = null;
  private fill = 0;
  private spans: number[] = [];
  private keys: K[] = [];
  private paths: (string | null)[] = [];
  private readonly spare: Buffer[] = [];
  // Hit arrays to reuse, rather than one made per batch: a large array still in use when the
  // young generation is collected lives on until a full collection.
  private readonly spareOut: Int32Array[] = [];
  private batches = 0; // dispatched, not yet through their rules
  private waiters: (() => void)[] = [];
  private failure: Error | null = null;

  constructor(
    private readonly detector: Detector,
    private readonly onVerdict: (key: K, verdict: BlobVerdict) => void,
  ) {}

  /**
   * Queues one blob (copied), with the path it is known by. Returns a promise only when the caller
   * must wait for room. Throws when an earlier batch failed, or after close.
   */
  scan(key: K, data: Uint8Array, path?: string): Promise<void> | void {
    if (this.failure) throw this.failure;
    if (isBinary(data)) {
      this.onVerdict(key, { binary: true, findings: [] });
      return;
    }
    if (data.length > BATCH_BYTES) {
      // Scanned here, in place: a copy the size of each large blob was garbage left to pile up
      // (and a blob that large is a batch of its own, with nothing to overlap).
      const t0 = performance.now();
      this.onVerdict(key, { binary: false, findings: this.detector.scanBuffer(data, path) });
      this.busyMs += performance.now() - t0;
      return;
    }
    if (this.buffer && this.fill + data.length > this.buffer.length) this.dispatch();
    this.buffer ??= this.spare.pop() ?? Buffer.allocUnsafeSlow(BATCH_BYTES);
    this.buffer.set(data, this.fill);
    this.spans.push(this.fill, this.fill + data.length);
    this.keys.push(key);
    this.paths.push(path ?? null);
    this.fill += data.length;
    if (this.fill >= BATCH_BYTES) this.dispatch();
    if (this.batches >= MAX_BATCHES) return this.room();
  }

  /** Waits until every queued blob has its verdict. */
  async drain(): Promise<void> {
    this.dispatch();
    while (this.batches > 0 && !this.failure) await new Promise<void>((r) => this.waiters.push(r));
    if (this.failure) throw this.failure;
  }

  /** No more verdicts: a batch still being walked is dropped when it comes back. */
  close(): void {
    this.failure ??= new Error('the scan pool is closed');
    // The batches' memory is free before what comes after the scan (attribution).
    this.buffer = null;
    this.spare.length = 0;
    this.spareOut.length = 0;
    this.wake();
  }

  private async room(): Promise<void> {
    while (this.batches >= MAX_BATCHES && !this.failure) await new Promise<void>((r) => this.waiters.push(r));
    if (this.failure) throw this.failure;
  }

  private dispatch(): void {
    if (!this.buffer || this.keys.length === 0) return;
    const batch: Batch<K> = {
      buffer: this.buffer,
      out: this.spareOut.pop() ?? new Int32Array(4 * OUT_HITS),
      spans: Int32Array.from(this.spans),
      keys: this.keys,
      paths: this.paths,
    };
    this.buffer = null;
    this.fill = 0;
    this.spans = [];
    this.keys = [];
    this.paths = [];
    this.batches++;
    // Without the native walk (null), each blob's rules walk it here.
    const walked = Promise.resolve<Partial<BatchHits>>(
      this.detector.keywordHits(batch.buffer, batch.spans, batch.out) ?? { hits: undefined, ends: undefined },
    );
    walked
      .then(
        ({ hits, ends }) => this.runRules(batch, hits, ends),
        (e: Error) => this.fail(e),
      )
      .finally(() => {
        this.batches--;
        this.wake();
      });
  }

  private runRules(batch: Batch<K>, hits?: Int32Array, ends?: Int32Array): void {
    if (this.failure) return;
    const t0 = performance.now();
    const { buffer, spans, keys, paths } = batch;
    try {
      for (let k = 0, from = 0; k < keys.length; k++) {
        const to = ends ? 4 * ends[k] : 0;
        const text = buffer.subarray(spans[2 * k], spans[2 * k + 1]);
        const given = hits ? { hits, from, to } : undefined;
        const findings = this.detector.scanBuffer(text, paths[k] ?? undefined, given);
        this.onVerdict(keys[k], { binary: false, findings });
        from = to;
      }
    } catch (e) {
      this.fail(e instanceof Error ? e : new Error(String(e)));
    }
    this.busyMs += performance.now() - t0;
    if (!this.failure) this.spare.push(buffer);
    // A batch with more hits than its array holds got a new one, which is kept instead: the arrays
    // grow to the densest batches' size, up to MAX_KEPT_HITS.
    const grown = hits !== undefined && hits.length > batch.out.length && hits.length <= 4 * MAX_KEPT_HITS;
    if (!this.failure) this.spareOut.push(grown ? hits : batch.out);
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.wake();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const r of w) r();
  }
}
