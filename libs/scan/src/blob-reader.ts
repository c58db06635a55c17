// Reads blobs through `git cat-file --batch` (parsed by @deployguard/git's CatFileParser), with
// back-pressure: every blob of the object store (pack order, before the scan knows which ones
// history reaches), or a given list of blobs. A missing object is reported and skipped; a damaged
// one that kills git is reported, and reading resumes after it in a new process. git answers a
// segment at a time (a few megabytes at first, then up to SEGMENT_BYTES) into a BatchSpool, two
// of which take turns: git writes the next segment while this one is parsed.
import type { ChildProcess } from 'node:child_process';
import { CatFileParser, GitError, type ObjectType } from '@deployguard/git';
import { BatchSpool, type BlobEntry } from './batch-spool';
import { scanGitText, spawnScanGit } from './scan-git';

export type { BlobEntry };

export interface BlobSink {
  // Called for each blob in turn; `data` is only valid during the call (copy what you keep).
  // Return a promise to make the reader wait (back-pressure).
  blob(id: string, data: Buffer): void | Promise<void>;
  tooLarge(id: string, size: number): void;
  missing(id: string, reason: string): void;
  // Objects gone through so far (blobs or not), now and then.
  progress?(objects: number): void;
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

// Orders the wanted ids for reading, and sets aside those the object store does not have, so git
// is never asked for them (in a partial clone it would try to fetch each one from the remote).
export async function packOrder(repo: string, wanted: ReadonlySet<string>): Promise<PackOrder> {
  const { blobs } = await listBlobs(repo);
  const present = blobs.filter((b) => wanted.has(b.id));
  const seen = new Set(present.map((b) => b.id));
  return { present, absent: [...wanted].filter((id) => !seen.has(id)) };
}

/** Objects in the store (loose and packed), for progress; 0 when git cannot say. */
export async function countObjects(repo: string): Promise<number> {
  const out = await scanGitText(repo, ['count-objects', '-v']).catch(() => '');
  const field = (name: string): number => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(out)?.[1] ?? 0);
  return field('count') + field('in-pack');
}

interface BlobListing {
  blobs: BlobEntry[]; // every blob once, in pack order
  others: number; // objects that are not blobs
  failure: string | null; // why git stopped before the end (a damaged pack), else null
}

// Every blob of the store with its size, in pack order (one header read each). Only blobs are
// kept: svelte's store has three times as many trees and commits.
async function listBlobs(repo: string): Promise<BlobListing> {
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
  const blobs: BlobEntry[] = [];
  const seen = new Set<string>(); // an object in two packs is listed twice
  let others = 0;
  let rest: Buffer | null = null;
  for await (const chunk of child.stdout!) {
    const data: Buffer = rest ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let start = 0;
    for (let nl = data.indexOf(10); nl !== -1; nl = data.indexOf(10, start)) {
      // "blob <id> <size>" (no other type starts with b): the id ends at the second space.
      if (data[start] === 98) {
        const end = data.indexOf(32, start + 5);
        const id = data.toString('latin1', start + 5, end);
        if (!seen.has(id)) {
          seen.add(id);
          blobs.push({ id, size: Number(data.toString('latin1', end + 1, nl)) });
        }
      } else others++;
      start = nl + 1;
    }
    rest = start < data.length ? Buffer.from(data.subarray(start)) : null;
  }
  const code = await exited;
  return { blobs, others, failure: code === 0 ? null : lastLine(stderr, code) };
}

/**
 * Every blob of the object store, reachable or not, in pack order: the fastest way to read them
 * all, and it needs no list of ids, so it can start before the history is indexed. Blobs over
 * `maxSize` go to sink.tooLarge unread. Resolves to null when git went through the whole store,
 * else what stopped it (a damaged pack); the caller then reads what it still needs by id
 * (readBlobs).
 */
export async function readAllBlobs(repo: string, maxSize: number, sink: BlobSink): Promise<string | null> {
  const { blobs, others, failure } = await listBlobs(repo);
  if (failure !== null) return `unreadable object: ${failure}`;
  await readEntries(repo, blobs, maxSize, sink, others);
  return null;
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
  await readEntries(repo, entries as readonly BlobEntry[], maxSize, sink, 0);
}

// The sizes of `ids` (one header read each); an id git does not have goes to sink.missing.
async function sizesOf(repo: string, ids: readonly string[], sink: BlobSink): Promise<BlobEntry[]> {
  const out = await scanGitText(repo, ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], {
    input: ids.join('\n') + '\n',
  });
  const lines = out.split('\n');
  const entries: BlobEntry[] = [];
  ids.forEach((id, i) => {
    const [, type, size] = (lines[i] ?? '').split(' ');
    if (size === undefined) sink.missing(id, `object ${id} is ${type ?? 'missing'}`);
    else if (type === 'blob') entries.push({ id, size: Number(size) });
  });
  return entries;
}

// Reads `entries` segment by segment, through two spools taking turns: git writes segment k + 1
// while segment k is parsed.
async function readEntries(
  repo: string,
  entries: readonly BlobEntry[],
  maxSize: number,
  sink: BlobSink,
  progressBase: number,
): Promise<void> {
  const queue = segments(entries, maxSize, sink);
  let done = progressBase;
  let progressAt = 0;
  const counted: BlobSink = {
    ...sink,
    blob: (id, data) => {
      if (sink.progress && ++done >= progressAt) {
        sink.progress(done);
        progressAt = done + 1024;
      }
      return sink.blob(id, data);
    },
  };
  const spools: (BatchSpool | null)[] = [null, null];
  const spoolFor = async (k: number, blobs: readonly BlobEntry[]): Promise<void> => {
    const spool = (spools[k % 2] ??= await BatchSpool.start(repo));
    spool.request(blobs);
  };
  try {
    if (queue.length > 0) await spoolFor(0, queue[0]);
    if (queue.length > 1) await spoolFor(1, queue[1]);
    for (let k = 0; k < queue.length; k++) {
      const spool = spools[k % 2]!;
      const failure = await spool.written();
      const answered = await parseSpool(spool, maxSize, counted);
      if (failure === null) {
        await spool.truncate();
      } else {
        await spool.close();
        spools[k % 2] = null;
      }
      if (answered < queue[k].length) {
        // git died on this object (a damaged pack): report it, and read the rest of the segment
        // next, in a new process, before the segment the other spool was given.
        sink.missing(queue[k][answered].id, `unreadable object: ${failure}`);
        const rest = queue[k].slice(answered + 1);
        if (rest.length > 0) {
          await spools[(k + 1) % 2]?.close(true);
          spools[(k + 1) % 2] = null;
          queue.splice(k + 1, 0, rest);
          await spoolFor(k + 1, rest);
        }
      }
      if (k + 2 < queue.length) await spoolFor(k + 2, queue[k + 2]);
    }
  } finally {
    await Promise.all(spools.map((s) => s?.close(true)));
  }
}

// Segments of `entries` for the spools, small first so scanning starts early; a blob over
// `maxSize` goes to sink.tooLarge unread.
function segments(entries: readonly BlobEntry[], maxSize: number, sink: BlobSink): BlobEntry[][] {
  const queue: BlobEntry[][] = [];
  let segment: BlobEntry[] = [];
  let bytes = 0;
  let limit = FIRST_SEGMENT_BYTES;
  for (const e of entries) {
    if (e.size > maxSize) {
      sink.tooLarge(e.id, e.size);
      continue;
    }
    segment.push(e);
    bytes += e.size;
    if (bytes >= limit || segment.length >= SEGMENT_IDS) {
      queue.push(segment);
      segment = [];
      bytes = 0;
      limit = Math.min(SEGMENT_BYTES, limit * 2);
    }
  }
  if (segment.length > 0) queue.push(segment);
  return queue;
}

// Parses what a spool's git wrote; resolves to the number of blobs it answered in full.
async function parseSpool(spool: BatchSpool, maxSize: number, sink: BlobSink): Promise<number> {
  const parser = new CatFileParser({
    wants: (id: string, type: ObjectType, size: number) => {
      if (type !== 'blob') return false;
      if (size <= maxSize) return true;
      sink.tooLarge(id, size);
      return false;
    },
    object: (id, _type, data) => sink.blob(id, data),
    // git names a missing object by the line it was asked: the id.
    missing: (name, kind) => sink.missing(name, `object ${name} is ${kind}`),
  });
  const chunk = Buffer.allocUnsafe(READ_CHUNK);
  for (let position = 0; ; ) {
    const bytesRead = await spool.read(chunk, position);
    if (bytesRead === 0) break;
    position += bytesRead;
    const wait = parser.push(chunk.subarray(0, bytesRead));
    if (wait) await wait;
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
  return Buffer.concat(stderr).toString('utf8').trim().split('\n').pop() || `git cat-file exited with ${code}`;
}
