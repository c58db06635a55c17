// The blobs of a history scan, read and scanned. A full scan reads the whole object store in one
// pass while the history index is still being built (reading overlaps indexing), scanning each
// blob without its path; once the index says which blobs history reaches (`want`), the others are
// no longer scanned and their verdicts are ignored, and the few blobs whose path changes what a
// scan finds (Detector.pathMatters) are read again and scanned under it.
import type { BlobVerdict, ScanPool } from './scan-pool';
import { readAllBlobs, readBlobs, type BlobEntry, type BlobSink } from './blob-reader';

export class BlobScan {
  /** Verdicts of the blobs that are binary or hold findings (clean text blobs are left out). */
  readonly verdicts = new Map<string, BlobVerdict>();
  /** Blobs over the size limit: id -> size in bytes. */
  readonly tooLarge = new Map<string, number>();
  /** Blobs git could not give: id -> why. */
  readonly unreadable = new Map<string, string>();
  /** What the report should say about how blobs were read. */
  readonly notices: string[] = [];
  // Every blob scanned: id -> size in bytes.
  private readonly sizes = new Map<string, number>();
  private wanted: ReadonlySet<string> | null = null;
  private readonly pool: ScanPool<string>;

  /** `pool` makes the scan pool, given where its verdicts go; close() closes it. */
  constructor(
    pool: (onVerdict: (id: string, verdict: BlobVerdict) => void) => ScanPool<string>,
    private readonly maxSize: number,
    private readonly onProgress?: (done: number, total: number) => void,
  ) {
    this.pool = pool((id, verdict) => this.verdicts.set(id, verdict));
  }

  /**
   * Every blob of the object store, read from when `start` settles; false when git stopped before
   * the end (a damaged pack).
   */
  async readAll(repo: string, start?: Promise<unknown>): Promise<boolean> {
    return (await readAllBlobs(repo, this.maxSize, this.sink(), start)) === null;
  }

  /** The blobs history reaches: from now on, only these are scanned. */
  want(wanted: ReadonlySet<string>): void {
    this.wanted = wanted;
  }

  /** Whether a blob has been read (scanned, too large or unreadable). */
  has(id: string): boolean {
    return this.sizes.has(id) || this.tooLarge.has(id) || this.unreadable.has(id);
  }

  /** Whether a blob has been scanned. */
  scannedBlob(id: string): boolean {
    return this.sizes.has(id);
  }

  /** Reads and scans `blobs` (pack order), without a path or under `pathOf(id)`. */
  async read(repo: string, blobs: readonly BlobEntry[], pathOf?: (id: string) => string): Promise<void> {
    if (pathOf) {
      // A scan under a path replaces the path-less one: wait for it, then forget its verdict.
      await this.pool.drain();
      for (const { id } of blobs) this.verdicts.delete(id);
    }
    await readBlobs(repo, blobs, this.maxSize, this.sink(pathOf));
  }

  /** Blobs already scanned among `ids`, with their sizes, to read again. */
  entries(ids: readonly string[]): BlobEntry[] {
    return ids.flatMap((id) => {
      const size = this.sizes.get(id);
      return size === undefined ? [] : [{ id, size }];
    });
  }

  /** Milliseconds the scanning threads spent on blobs, summed. */
  get busyMs(): number {
    return this.pool.busyMs;
  }

  /** Waits for every verdict. */
  async drain(): Promise<void> {
    await this.pool.drain();
  }

  /** Stops the pool; a read still going fails (its git process is stopped). */
  async close(): Promise<void> {
    await this.pool.close();
  }

  /** Blobs scanned among `ids`, and their bytes. */
  scanned(ids: Iterable<string>): { blobs: number; bytes: number } {
    let blobs = 0;
    let bytes = 0;
    for (const id of ids) {
      const size = this.sizes.get(id);
      if (size === undefined) continue;
      blobs++;
      bytes += size;
    }
    return { blobs, bytes };
  }

  private sink(pathOf?: (id: string) => string): BlobSink {
    return {
      blob: (id, data) => {
        if (this.wanted && !this.wanted.has(id)) return;
        this.sizes.set(id, data.length);
        return this.pool.scan(id, data, pathOf?.(id));
      },
      tooLarge: (id, size) => void this.tooLarge.set(id, size),
      missing: (id, reason) => void this.unreadable.set(id, reason),
      notice: (text) => void this.notices.push(text),
      progress: this.onProgress,
    };
  }
}
