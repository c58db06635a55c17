// Reading every blob of a real repository through the spools: several segments, a damaged object
// in the middle of one, and no writable temporary directory.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { commitFiles, git, initRepo, makeTempDir, removeDir } from '../../../test/support/git-fixtures';
import { cutSegments, readAllBlobs, readBlobs, type BlobEntry, type BlobSink } from './blob-reader';

// Deterministic text of `bytes` bytes (a base64 run, so git cannot compress it much).
function text(seed: string, bytes: number): string {
  let out = '';
  for (let i = 0; out.length < bytes; i++)
    out += createHash('sha256').update(`${seed}:${i}`).digest('base64');
  return out.slice(0, bytes) + '\n';
}

interface Read {
  blobs: Map<string, string>; // id -> sha256 of the content read
  missing: string[];
  tooLarge: string[];
}

function collector(): { sink: BlobSink; read: Read } {
  const read: Read = { blobs: new Map(), missing: [], tooLarge: [] };
  const sink: BlobSink = {
    blob: (id, data) => {
      expect(read.blobs.has(id)).toBe(false);
      read.blobs.set(id, createHash('sha256').update(data).digest('hex'));
    },
    tooLarge: (id) => void read.tooLarge.push(id),
    missing: (id) => void read.missing.push(id),
  };
  return { sink, read };
}

// The blobs of the store and the sha256 of each one's content, as git gives them.
function storeBlobs(repo: string): Map<string, string> {
  const ids = git(repo, ['cat-file', '--batch-all-objects', '--batch-check=%(objecttype) %(objectname)'])
    .split('\n')
    .filter((l) => l.startsWith('blob '))
    .map((l) => l.slice(5));
  const content = (id: string) => execFileSync('git', ['cat-file', 'blob', id], { cwd: repo });
  return new Map(ids.map((id) => [id, createHash('sha256').update(content(id)).digest('hex')]));
}

describe('readAllBlobs', () => {
  let dir: string;
  let repo: string;
  let tmp: string;
  const savedTmp = process.env.TMPDIR;

  beforeAll(() => {
    dir = makeTempDir('dg-blobs-');
    repo = initRepo(join(dir, 'r'));
    // 24 blobs of 700 KB: segments of 2, 4, 8 and 2 MB (four spool requests: the fourth goes to
    // the first spool again).
    const files: Record<string, string> = {};
    for (let i = 0; i < 24; i++) files[`f${String(i).padStart(2, '0')}.txt`] = text(`f${i}`, 700_000);
    commitFiles(repo, files, 'big files');
    tmp = join(dir, 'tmp');
    mkdirSync(tmp);
  });
  afterAll(() => removeDir(dir));
  beforeEach(() => {
    process.env.TMPDIR = tmp;
  });
  afterEach(() => {
    process.env.TMPDIR = savedTmp;
  });

  it('reads every blob once, in several segments, and leaves no temporary file behind', async () => {
    const { sink, read } = collector();
    expect(await readAllBlobs(repo, 10_000_000, sink)).toBeNull();
    expect(read.blobs).toEqual(storeBlobs(repo));
    expect(read.blobs.size).toBe(24);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('reads blobs in git processes 5 steps nicer than this one, so the history index comes first', async () => {
    const own = getPriority();
    const seen: string[] = [];
    const { sink } = collector();
    const blob = sink.blob;
    sink.blob = (id, data) => {
      // this process's children as ps sees them, while a read is under way
      if (seen.length === 0)
        seen.push(
          ...execFileSync('ps', ['-o', 'ni=,args=', '--ppid', String(process.pid)], {
            encoding: 'utf8',
          }).split('\n'),
        );
      return blob(id, data);
    };
    expect(await readAllBlobs(repo, 10_000_000, sink)).toBeNull();
    const reads = seen.filter((line) => / cat-file --batch$/.test(line.trim()));
    expect(reads.length).toBeGreaterThan(0);
    for (const line of reads) expect(Number(line.trim().split(/\s+/)[0])).toBe(Math.min(19, own + 5));
  });

  it('reads from a pipe into memory when no temporary file can be made', async () => {
    process.env.TMPDIR = join(dir, 'does-not-exist');
    const { sink, read } = collector();
    expect(await readAllBlobs(repo, 10_000_000, sink)).toBeNull();
    expect(read.blobs).toEqual(storeBlobs(repo));
  });

  it('sends a blob over the size limit to tooLarge, unread', async () => {
    const { sink, read } = collector();
    const small = initRepo(join(dir, 'small'));
    commitFiles(small, { 'a.txt': 'x'.repeat(100), 'b.txt': 'y'.repeat(5000) }, 'two');
    expect(await readAllBlobs(small, 1000, sink)).toBeNull();
    expect(read.tooLarge).toEqual([git(small, ['rev-parse', 'HEAD:b.txt'])]);
    expect([...read.blobs.keys()]).toEqual([git(small, ['rev-parse', 'HEAD:a.txt'])]);
  });

  it('reports a blob that kills git midway and reads the rest of its segment and the ones after', async () => {
    // A copy of the repository (its objects are loose), with the middle of one blob's compressed
    // stream damaged: its header still reads (so it is listed), its content does not.
    const damaged = join(dir, 'damaged');
    cpSync(repo, damaged, { recursive: true });
    const listed = git(damaged, [
      'cat-file',
      '--batch-all-objects',
      '--batch-check=%(objecttype) %(objectname)',
      '--unordered',
    ])
      .split('\n')
      .filter((l) => l.startsWith('blob '))
      .map((l) => l.slice(5));
    const bad = listed[5]; // in the second segment
    const expected = storeBlobs(damaged);
    expected.delete(bad);
    const loose = join(damaged, '.git', 'objects', bad.slice(0, 2), bad.slice(2));
    chmodSync(loose, 0o644);
    const bytes = readFileSync(loose);
    for (let i = bytes.length >> 1; i < (bytes.length >> 1) + 64; i++) bytes[i] ^= 0x55;
    writeFileSync(loose, bytes);

    const { sink, read } = collector();
    expect(await readAllBlobs(damaged, 10_000_000, sink)).toBeNull();
    expect(read.missing).toEqual([bad]);
    expect(read.blobs).toEqual(expected);
  });
});

describe('readBlobs', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir('dg-blobs-');
  });
  afterAll(() => removeDir(dir));

  it('reads the blobs it is given by id, and reports the ids git does not have', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'a.txt': 'alpha\n', 'b.txt': 'beta\n' }, 'two');
    const a = git(repo, ['rev-parse', 'HEAD:a.txt']);
    const absent = 'f'.repeat(40);
    const { sink, read } = collector();
    await readBlobs(repo, [absent, a], 1000, sink);
    expect([...read.blobs.keys()]).toEqual([a]);
    expect(read.missing).toEqual([absent]);
  });
});

describe('cutSegments', () => {
  const MB = 1024 * 1024;
  const blobs = (sizes: number[]): BlobEntry[] => sizes.map((size, i) => ({ id: `b${i}`, size }));
  const bytes = (segment: BlobEntry[]) => segment.reduce((n, b) => n + b.size, 0);

  it('keeps every blob once, in order, small first and shrinking towards the end', () => {
    const input = blobs(Array.from({ length: 400 }, () => MB)); // 400 MB of 1 MB blobs
    const segments = cutSegments(input);
    expect(segments.flat()).toEqual(input);
    const sizes = segments.map(bytes);
    expect(sizes.slice(0, 5)).toEqual([2, 4, 8, 16, 32].map((n) => n * MB)); // scanning starts early
    expect(Math.max(...sizes)).toBe(32 * MB);
    // the last three (what git writes last, scanned after it is done) hold a few megabytes
    expect(sizes.slice(-3).every((n) => n <= 2 * MB)).toBe(true);
    for (let k = sizes.indexOf(32 * MB) + 1; k < sizes.length; k++)
      expect(sizes[k]).toBeLessThanOrEqual(sizes[k - 1]);
  });

  it('continues the ramp from the segment it starts at, and gives a large blob a segment of its own', () => {
    const segments = cutSegments(blobs([40 * MB, MB, MB, MB]), 6);
    expect(segments.map((s) => s.map((b) => b.id))).toEqual([['b0'], ['b1', 'b2'], ['b3']]);
    expect(cutSegments(blobs([MB, MB, MB, MB, MB]), 0).map(bytes)).toEqual([2, 2, 1].map((n) => n * MB));
  });

  it('puts at most 16,384 ids in a segment', () => {
    const segments = cutSegments(blobs(Array.from({ length: 40_000 }, () => 10)));
    expect(Math.max(...segments.map((s) => s.length))).toBe(16_384);
    expect(segments.flat()).toHaveLength(40_000);
  });

  it('cuts nothing from nothing', () => {
    expect(cutSegments([])).toEqual([]);
  });
});
