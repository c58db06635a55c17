// Reads blobs through `git cat-file --batch` (parsed by @deployguard/git's CatFileParser), with
// back-pressure: every blob of the object store (pack order, before the scan knows which ones
// history reaches), or a given list of blobs. A missing object is reported and skipped; a damaged
// one that kills git is reported, and reading resumes after it in a new process. git answers a
// segment at a time (a few megabytes at first, then up to SEGMENT_BYTES) into a BatchSpool, three
// of which take turns: git writes the next segments while this one is parsed.
import type { ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { CatFileParser, GitError, TokenStream, type ObjectType } from '@deployguard/git';
import { BatchSpool, type BlobEntry } from './batch-spool';
import { scanGitText, spawnScanGit } from './scan-git';

export type { BlobEntry };

export interface BlobSink {
  // Called for each blob in turn; `data` is only valid during the call (copy what you keep).
  // Return a promise to make the reader wait (back-pressure).
  blob(id: string, data: Buffer): void | Promise<void>;
  tooLarge(id: string, size: number): void;
  missing(id: string, reason: string): void;
  // Something the report should say (reading went on another way).
  notice?(text: string): void;
  // Blobs gone through so far, of `total`, now and then.
  progress?(done: number, total: number): void;
}

export interface PackOrder {
  present: BlobEntry[]; // in the order their objects sit in the packs (git's delta cache likes it)
  absent: string[]; // not in the object store: a partial clone's promised blobs, lost objects
}

// Content bytes git writes into one temporary file at most (plus one blob larger than that); the
// first segments are smaller, so scanning starts while git is still writing.
const SEGMENT_BYTES = 32 * 1024 * 1024;
const FIRST_SEGMENT_BYTES = 2 * 1024 * 1024;
// Ids in one segment at most (git's answers to missing ids take no room in the file).
const SEGMENT_IDS = 16_384;
// Bytes of a segment file read at a time.
const READ_CHUNK = 4 * 1024 * 1024;
// Segments git may hold at once, each in a spool of its own: the one being parsed and two more.
const SPOOLS = 3;

// Orders the wanted ids for reading, and sets aside those the object store does not have, so git
// is never asked for them (in a partial clone it would try to fetch each one from the remote).
export async function packOrder(repo: string, wanted: ReadonlySet<string>): Promise<PackOrder> {
  const present: BlobEntry[] = [];
  await listBlobs(repo, (blob) => {
    if (wanted.has(blob.id)) present.push(blob);
  });
  const seen = new Set(present.map((b) => b.id));
  return { present, absent: [...wanted].filter((id) => !seen.has(id)) };
}

// Every blob of the store with its size, each once, in pack order, to `onBlob` as git lists
// them (one header read each); resolves to why git stopped before the end (a damaged pack), or
// null. Trees and commits, three times as many as blobs in svelte's store, are not kept.
async function listBlobs(repo: string, onBlob: (blob: BlobEntry) => void): Promise<string | null> {
  const child = spawnScanGit(repo, [
    'cat-file',
    '--batch-all-objects',
    '--batch-check=%(objecttype) %(objectname) %(objectsize)',
    '--unordered',
  ]);
  child.stdin!.end();
  const stderr: Buffer[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d));
  const exited = exitOf(child);
  const seen = new Set<string>(); // an object in two packs is listed twice
  const lines = new TokenStream(10, (data, start, nl) => {
    // "blob <id> <size>" (no other type starts with b): the id ends at the second space.
    if (data[start] !== 98) return;
    const end = data.indexOf(32, start + 5);
    const id = data.toString('latin1', start + 5, end);
    if (!seen.has(id)) {
      seen.add(id);
      onBlob({ id, size: Number(data.toString('latin1', end + 1, nl)) });
    }
  });
  for await (const chunk of child.stdout!) lines.push(chunk as Buffer);
  const code = await exited;
  return code === 0 ? null : lastLine(stderr, code);
}

/**
 * Every blob of the object store, reachable or not, in pack order: the fastest way to read them
 * all, and it needs no list of ids, so it starts before the history is indexed. git lists the
 * store at once; reading starts when `start` resolves (reading and scanning keep this thread busy,
 * so what must not wait for them starts first), while git may still be listing, and never if it
 * rejects. Blobs over
 * `maxSize` go to sink.tooLarge unread. Resolves to null when git listed the whole store, else
 * what stopped it (a damaged pack); the caller then reads what it still needs by id (readBlobs).
 */
export async function readAllBlobs(
  repo: string,
  maxSize: number,
  sink: BlobSink,
  start: Promise<unknown> = Promise.resolve(),
): Promise<string | null> {
  const queue = new SegmentQueue(maxSize, sink);
  const listing = listBlobs(repo, (blob) => queue.add(blob)).then(
    (failure) => queue.end(failure),
    (e: unknown) => queue.end(e instanceof Error ? e.message : String(e)),
  );
  try {
    await start;
  } catch (e) {
    await listing;
    throw e; // the caller gave up before reading began
  }
  await readSegments(repo, queue, maxSize, sink);
  await listing;
  return queue.failure === null ? null : `unreadable object: ${queue.failure}`;
}

/**
 * The blobs `ids`, in that order (see packOrder), or `entries` whose sizes are known. A blob over
 * `maxSize` goes to sink.tooLarge, one git cannot read to sink.missing.
 */
export async function readBlobs(
  repo: string,
  ids: readonly string[] | readonly BlobEntry[],
  maxSize: number,
  sink: BlobSink,
): Promise<void> {
  if (ids.length === 0) return;
  const entries = typeof ids[0] === 'string' ? await sizesOf(repo, ids as readonly string[], sink) : ids;
  const queue = new SegmentQueue(maxSize, sink);
  for (const e of entries as readonly BlobEntry[]) queue.add(e);
  queue.end(null);
  await readSegments(repo, queue, maxSize, sink);
}

// The sizes of `ids` (one header read each); an id git does not have goes to sink.missing.
async function sizesOf(repo: string, ids: readonly string[], sink: BlobSink): Promise<BlobEntry[]> {
  const out = await scanGitText(
    repo,
    ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'],
    {
      input: ids.join('\n') + '\n',
    },
  );
  const lines = out.split('\n');
  const entries: BlobEntry[] = [];
  ids.forEach((id, i) => {
    const [, type, size] = (lines[i] ?? '').split(' ');
    if (size === undefined) sink.missing(id, `object ${id} is ${type ?? 'missing'}`);
    else if (type === 'blob') entries.push({ id, size: Number(size) });
  });
  return entries;
}

// Blobs cut into segments for the spools as they come, small first so scanning starts early; a
// blob over `maxSize` goes to sink.tooLarge unread. Once the listing ends, the segments not yet
// asked for are cut again to shrink towards the end (cutSegments).
class SegmentQueue {
  readonly segments: BlobEntry[][] = [];
  /** Blobs added, to read. */
  blobs = 0;
  failure: string | null = null;
  /** Whether every blob has been added. */
  listed = false;
  private claimed = 0; // segments [0, claimed) have been handed out by `has`: never cut again
  private current: BlobEntry[] = [];
  private bytes = 0;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly maxSize: number,
    private readonly sink: BlobSink,
  ) {}

  add(blob: BlobEntry): void {
    if (blob.size > this.maxSize) {
      this.sink.tooLarge(blob.id, blob.size);
      return;
    }
    this.blobs++;
    this.current.push(blob);
    this.bytes += blob.size;
    if (this.bytes >= rampLimit(this.segments.length) || this.current.length >= SEGMENT_IDS) this.cut();
  }

  /** No more blobs; `failure`: why the listing stopped early, if it did. */
  end(failure: string | null): void {
    this.failure = failure;
    this.listed = true;
    const rest = this.segments.splice(this.claimed).flat();
    for (const b of this.current) rest.push(b);
    this.current = [];
    this.segments.push(...cutSegments(rest, this.claimed));
    this.wake();
  }

  /**
   * Whether segment `k` exists, once it does or the queue has ended without it; from then on
   * segment k is the caller's to read (segments are asked for in order).
   */
  async has(k: number): Promise<boolean> {
    while (k >= this.segments.length && !this.listed) await new Promise<void>((r) => this.waiting.push(r));
    if (k >= this.segments.length) return false;
    this.claimed = Math.max(this.claimed, k + 1);
    return true;
  }

  private cut(): void {
    this.segments.push(this.current);
    this.current = [];
    this.bytes = 0;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w();
  }
}

/**
 * `blobs` (in order, all that is left to read) cut into segments, the first of which is segment
 * `index` of the read: segment i holds at most FIRST_SEGMENT_BYTES << i bytes (so scanning starts
 * early), SEGMENT_BYTES, SEGMENT_IDS ids (a larger blob is a segment of its own), and a third of
 * the bytes still left: the segments shrink towards the end. The spools' git processes end about
 * together, and what they wrote last is scanned after they are done: the last three segments of
 * 32 MB were 0.2 s of scanning alone at the end of a 360 MB history.
 */
export function cutSegments(blobs: readonly BlobEntry[], index = 0): BlobEntry[][] {
  let left = 0;
  for (const b of blobs) left += b.size;
  const segments: BlobEntry[][] = [];
  for (let start = 0; start < blobs.length; index++) {
    const limit = Math.min(rampLimit(index), Math.max(FIRST_SEGMENT_BYTES, Math.ceil(left / SPOOLS)));
    let end = start + 1;
    let bytes = blobs[start].size;
    while (end < blobs.length && end - start < SEGMENT_IDS && bytes + blobs[end].size <= limit)
      bytes += blobs[end++].size;
    segments.push(blobs.slice(start, end));
    left -= bytes;
    start = end;
  }
  return segments;
}

// The most bytes segment `index` holds while the listing goes on: small first, then doubling.
function rampLimit(index: number): number {
  return Math.min(SEGMENT_BYTES, FIRST_SEGMENT_BYTES * 2 ** index);
}

// Reads the queue's segments through SPOOLS spools taking turns: git writes segments k + 1 and
// k + 2 while segment k is parsed. With one segment ahead only, the scan waited on git wherever
// a segment of many small blobs (slow for git) followed one that was quick to scan.
async function readSegments(
  repo: string,
  queue: SegmentQueue,
  maxSize: number,
  sink: BlobSink,
): Promise<void> {
  let done = 0;
  let progressAt = 0;
  const counted: BlobSink = {
    ...sink,
    blob: (id, data) => {
      // Counted from the start, shown once the listing is done (its total no longer grows).
      if (++done >= progressAt && sink.progress && queue.listed) {
        sink.progress(done, queue.blobs);
        progressAt = done + 1024;
      }
      return sink.blob(id, data);
    },
  };
  const { segments } = queue;
  // what is read of a spool at a time: one chunk is parsed while the other is read
  const chunks: [Buffer, Buffer] = [Buffer.allocUnsafe(READ_CHUNK), Buffer.allocUnsafe(READ_CHUNK)];
  // where blobs cut by a chunk's end are assembled, kept from segment to segment (grown anew for
  // each segment it was 34 MB of short-lived buffers over sveltejs/svelte's blobs)
  const scratch = { buffer: Buffer.alloc(0) };
  // Segment k goes to spools[k % SPOOLS].
  const spools: (BatchSpool | null)[] = new Array<BatchSpool | null>(SPOOLS).fill(null);
  let closed = false; // once set, no git is started or asked (a request may still be pending)
  let inMemory = false; // once the temporary directory has run out of room
  const request = async (k: number): Promise<void> => {
    let spool = spools[k % SPOOLS];
    if (!spool) {
      spool = await BatchSpool.start(repo, inMemory);
      if (closed) return spool.close(true);
      spools[k % SPOOLS] = spool;
    }
    if (!closed) spool.request(segments[k]);
  };
  // Asks for segment k once the listing has it (the spool it goes to is free by then).
  const requestWhenListed = (k: number): Promise<void> => {
    const asked = queue.has(k).then(async (listed) => {
      if (listed) await request(k);
    });
    asked.catch(() => undefined); // awaited in turn; a failure meanwhile must not go unhandled
    return asked;
  };
  // The requests of the segments after the one being parsed, in order.
  const ahead = (from: number): Promise<void>[] =>
    Array.from({ length: SPOOLS - 1 }, (_, j) => requestWhenListed(from + j));
  let pending: Promise<void>[] = [];
  try {
    if (!(await queue.has(0))) return;
    await request(0);
    pending = ahead(1);
    for (let k = 0; ; k++) {
      const spool = spools[k % SPOOLS]!;
      const failure = await spool.written();
      const answered = await parseSpool(spool, chunks, scratch, maxSize, counted);
      if (failure === null) {
        await spool.clear();
      } else {
        await spool.close();
        spools[k % SPOOLS] = null;
      }
      if (answered < segments[k].length) {
        // git died on this object: a damaged object (report it), or the temporary directory is
        // full, which git says no better than "unable to stream" (when a pipe gives the object,
        // read from pipes from now on). Then read the rest of the segment next, in a new process,
        // before the segments the other spools were given (asked again after it).
        const culprit = segments[k][answered];
        const full = spool.inFile && (await readsThroughPipe(repo, culprit));
        if (full) {
          inMemory = true;
          sink.notice?.(
            `the temporary directory ${tmpdir()} ran out of room while git wrote blobs there ` +
              `(${failure}): the rest were read through a pipe, which takes more memory`,
          );
        } else sink.missing(culprit.id, `unreadable object: ${failure}`);
        const rest = segments[k].slice(full ? answered : answered + 1);
        if (rest.length > 0) {
          await Promise.all(pending);
          for (let j = 0; j < SPOOLS; j++) {
            await spools[j]?.close(true);
            spools[j] = null;
          }
          segments.splice(k + 1, 0, rest);
          pending = ahead(k + 1);
        }
      }
      segments[k] = []; // read: its entries can go
      pending.push(requestWhenListed(k + SPOOLS));
      await pending.shift();
      if (!(await queue.has(k + 1))) break;
    }
  } finally {
    closed = true; // a request still pending closes the spool it starts (see request)
    await Promise.all(spools.map((s) => s?.close(true)));
  }
}

// Whether git gives `blob` through a pipe: what tells a full temporary directory from a damaged
// object when git stopped writing into a file.
async function readsThroughPipe(repo: string, blob: BlobEntry): Promise<boolean> {
  const spool = await BatchSpool.start(repo, true);
  try {
    spool.request([blob]);
    return (await spool.written()) === null;
  } finally {
    await spool.close(true);
  }
}

// Parses what a spool's git wrote, a chunk at a time (the two `chunks` take turns); resolves to
// the number of blobs it answered in full.
async function parseSpool(
  spool: BatchSpool,
  chunks: readonly [Buffer, Buffer],
  scratch: { buffer: Buffer },
  maxSize: number,
  sink: BlobSink,
): Promise<number> {
  const parser = new CatFileParser(
    {
      wants: (id: string, type: ObjectType, size: number) => {
        if (type !== 'blob') return false;
        if (size <= maxSize) return true;
        sink.tooLarge(id, size);
        return false;
      },
      object: (id, _type, data) => sink.blob(id, data),
      // git names a missing object by the line it was asked: the id.
      missing: (name, kind) => sink.missing(name, `object ${name} is ${kind}`),
    },
    scratch.buffer,
  );
  // The next chunk is read (by libuv's thread pool) while this one is parsed: a 4 MB read from the
  // page cache took 4-5 ms here, 0.3 s of waiting over express's blobs.
  let position = 0;
  let reading = spool.read(chunks[0], 0);
  try {
    for (let i = 0; ; i++) {
      const bytesRead = await reading;
      if (bytesRead === 0) break;
      position += bytesRead;
      reading = spool.read(chunks[(i + 1) % 2], position);
      const wait = parser.push(chunks[i % 2].subarray(0, bytesRead));
      if (wait) await wait;
    }
  } finally {
    await reading.catch(() => undefined); // never left writing into a chunk the caller reuses
    scratch.buffer = parser.scratch;
  }
  return parser.answered;
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve, reject) => {
    child.on('error', (e) => reject(new GitError(`could not start git: ${e.message}`, null, '')));
    child.on('close', resolve);
  });
}

function lastLine(stderr: Buffer[], code: number | null): string {
  return (
    Buffer.concat(stderr).toString('utf8').trim().split('\n').pop() || `git cat-file exited with ${code}`
  );
}
