// Spreads blob scanning over worker threads. Blobs are copied into large batches whose memory is
// transferred (not cloned) to a worker and back, then reused; at most a few batches are in flight,
// which bounds memory whatever the repository size. The first megabytes are scanned in this thread: starting workers
// costs more than it saves on small inputs. Without a compiled worker (ts-jest), all is in-process.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  Detector,
  isBinary,
  LINE_MEMO_LINES,
  serializeRegexes,
  type KeywordTables,
  serializeRules,
  type RawFinding,
  type Rule,
} from '@deployguard/detect/engine';
import { usableCores } from './usable-cores';
import { WalkAhead } from './walk-ahead';

export interface BlobVerdict {
  binary: boolean;
  findings: RawFinding[];
}

export interface PoolOptions {
  rules: readonly Rule[];
  allowRegexes: readonly RegExp[];
  stopwords: readonly string[];
  threads?: number; // default: one per usable core (usableCores); 0 scans in this thread
}

export interface WorkerInit {
  rules: ReturnType<typeof serializeRules>;
  allowRegexes: ReturnType<typeof serializeRegexes>;
  stopwords: string[];
  keywordTables: KeywordTables; // this thread's, in shared memory
  lineMemoLines: number; // the worker's line memo (see LINE_MEMO_LINES)
}

export interface BatchRequest {
  batch: number;
  buffer: ArrayBuffer;
  offsets: Int32Array; // start/end pairs into buffer
  paths: (string | null)[]; // each item's repository-relative path (file-name context), if known
}

export interface BatchResponse {
  batch: number;
  buffer: ArrayBuffer; // the request's, handed back for the next batch
  verdicts: [number, BlobVerdict][]; // item index within the batch -> verdict (clean text items omitted)
  busyMs: number; // time the worker spent scanning the batch
}

const BATCH_BYTES = 4 * 1024 * 1024;
const INLINE_BYTES = 24 * 1024 * 1024;
// Bytes scanned in this thread blob by blob before the keyword walk moves to another thread (see
// WalkAhead): a small scan (a pre-commit hook's diff) gains nothing from it.
const WALK_AHEAD_AFTER = 1024 * 1024;
const WORKER_FILE = join(__dirname, 'scan.worker.js');
// A worker's short-lived strings (the lines a rule runs on) need little room; V8's default young
// generation (up to 3 x 16 MB per thread) was most of a worker's memory on large histories.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 6 };

// K: how the caller names a blob (an object id, a file's index); verdicts come back by it, for
// binary blobs and blobs with findings only (a clean blob has none: one verdict kept per blob was
// 10 MB of sveltejs/svelte's 100,000 blobs).
export class ScanPool<K> {
  private readonly workers: Worker[] = [];
  private readonly inflight: number[] = [];
  private readonly pendingKeys = new Map<number, K[]>();
  private readonly threads: number;
  private inlineBytes = 0;
  private buffer: Buffer | null = null;
  private readonly spare: ArrayBuffer[] = []; // batch buffers back from the workers
  private fill = 0;
  private offsets: number[] = [];
  private paths: (string | null)[] = [];
  private keys: K[] = [];
  private nextBatch = 0;
  private waiters: (() => void)[] = [];
  private failure: Error | null = null;
  private ahead: WalkAhead<K> | null = null;
  private ownBusyMs = 0;
  private readonly onVerdict: (key: K, verdict: BlobVerdict) => void;

  // `detector`: this thread's, built with the options' rules; workers share its keyword tables.
  constructor(
    private readonly options: PoolOptions,
    private readonly detector: Detector,
    onVerdict: (key: K, verdict: BlobVerdict) => void,
  ) {
    this.threads = existsSync(WORKER_FILE) ? (options.threads ?? usableCores()) : 0;
    // Workers leave clean verdicts out of their answers already (smaller messages).
    this.onVerdict = (key, verdict) => {
      if (verdict.binary || verdict.findings.length > 0) onVerdict(key, verdict);
    };
  }

  /** Milliseconds spent scanning blobs, summed over this thread and the workers. */
  get busyMs(): number {
    return this.ownBusyMs + (this.ahead?.busyMs ?? 0);
  }

  private startWorkers(): void {
    const workerData: WorkerInit = {
      rules: serializeRules(this.options.rules),
      allowRegexes: serializeRegexes(this.options.allowRegexes),
      stopwords: [...this.options.stopwords],
      keywordTables: this.detector.keywordTables,
      // The workers share one thread's line memo size: memory stays bounded whatever the cores.
      lineMemoLines: Math.ceil(LINE_MEMO_LINES / this.threads),
    };
    for (let i = 0; i < this.threads; i++) {
      const worker = new Worker(WORKER_FILE, { workerData, resourceLimits: WORKER_LIMITS });
      worker.on('message', (res: BatchResponse) => this.onResponse(i, res));
      worker.on('error', (e) => this.fail(e));
      this.workers.push(worker);
      this.inflight.push(0);
    }
  }

  // Queues one blob (copied), with the path it is known by (file-name context for the rules).
  // Returns a promise only when the caller must wait for room.
  scan(key: K, data: Uint8Array, path?: string): Promise<void> | void {
    if (this.failure) throw this.failure;
    if (this.workers.length === 0) {
      if (this.threads === 0 || this.inlineBytes < INLINE_BYTES) {
        this.inlineBytes += data.length;
        if (this.inlineBytes > WALK_AHEAD_AFTER)
          return (this.ahead ??= new WalkAhead(this.detector, this.onVerdict)).scan(key, data, path);
        const t0 = performance.now();
        const verdict = scanOne(this.detector, data, path);
        this.ownBusyMs += performance.now() - t0;
        this.onVerdict(key, verdict);
        return;
      }
      this.startWorkers();
    }
    if (this.buffer && this.fill + data.length > this.buffer.length) this.dispatch();
    if (!this.buffer) this.buffer = this.newBuffer(data.length);
    this.buffer.set(data, this.fill);
    this.offsets.push(this.fill, this.fill + data.length);
    this.paths.push(path ?? null);
    this.keys.push(key);
    this.fill += data.length;
    if (this.fill >= BATCH_BYTES) this.dispatch();
    if (this.totalInflight() >= this.workers.length * 2) return this.roomForMore();
  }

  private async roomForMore(): Promise<void> {
    while (this.totalInflight() >= this.workers.length * 2 && !this.failure) {
      await new Promise<void>((r) => this.waiters.push(r));
    }
    if (this.failure) throw this.failure;
  }

  // Waits until every queued blob has its verdict.
  async drain(): Promise<void> {
    await this.ahead?.drain();
    if (this.workers.length === 0) return;
    if (this.fill > 0) this.dispatch();
    while (this.totalInflight() > 0 && !this.failure) await new Promise<void>((r) => this.waiters.push(r));
    if (this.failure) throw this.failure;
  }

  // Stops the workers; whoever still waits for room, or scans, gets an error.
  async close(): Promise<void> {
    this.failure ??= new Error('the scan pool is closed');
    this.ahead?.close();
    this.wake();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  // A batch buffer: one handed back if it is large enough (fresh memory costs page faults and
  // garbage collections), else a new one.
  private newBuffer(minBytes: number): Buffer {
    const reused = minBytes <= BATCH_BYTES ? this.spare.pop() : undefined;
    // allocUnsafeSlow: the slab is ours alone, so it can move to a worker.
    return reused ? Buffer.from(reused) : Buffer.allocUnsafeSlow(Math.max(BATCH_BYTES, minBytes));
  }

  private dispatch(): void {
    if (!this.buffer || this.keys.length === 0) return;
    const batch = this.nextBatch++;
    const target = this.inflight.indexOf(Math.min(...this.inflight));
    const buffer = this.buffer.buffer as ArrayBuffer;
    const req: BatchRequest = { batch, buffer, offsets: Int32Array.from(this.offsets), paths: this.paths };
    this.pendingKeys.set(batch, this.keys);
    this.inflight[target]++;
    this.workers[target].postMessage(req, [buffer]);
    this.buffer = null;
    this.fill = 0;
    this.offsets = [];
    this.paths = [];
    this.keys = [];
  }

  private onResponse(worker: number, res: BatchResponse): void {
    this.inflight[worker]--;
    this.ownBusyMs += res.busyMs;
    if (res.buffer.byteLength === BATCH_BYTES) this.spare.push(res.buffer);
    const keys = this.pendingKeys.get(res.batch)!;
    this.pendingKeys.delete(res.batch);
    for (const [item, verdict] of res.verdicts) this.onVerdict(keys[item], verdict);
    this.wake();
  }

  private fail(e: Error): void {
    this.failure = new Error(`scan worker failed: ${e.message}`);
    this.wake();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const r of w) r();
  }

  private totalInflight(): number {
    let n = 0;
    for (const c of this.inflight) n += c;
    return n;
  }
}

/**
 * Worker threads a history scan starts when not told: the cores left after this thread and the git
 * processes that feed it (`cat-file` reading the object store takes a core, `log` indexing the
 * history much of another). On 2 cores workers only compete with git: expressjs/express scanned
 * in 3.05 s in this thread alone, 3.5 to 3.9 s with two workers.
 */
export function historyScanThreads(): number {
  return Math.max(0, usableCores() - 2);
}

export function scanOne(detector: Detector, data: Uint8Array, path?: string): BlobVerdict {
  if (isBinary(data)) return { binary: true, findings: [] };
  return { binary: false, findings: detector.scanBuffer(data, path) };
}
