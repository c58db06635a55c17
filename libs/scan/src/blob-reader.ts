// Reads blobs through `git cat-file --batch` (parsed by @deployguard/git's CatFileParser), with
// back-pressure: every blob of the object store in one pass (pack order, before the scan knows
// which ones history reaches), or a given list of blobs. A missing object is reported and skipped;
// a damaged one that kills git is reported, and reading a list resumes after it in a new process.
import { CatFileParser, GitError, type ObjectType } from '@deployguard/git';
import { scanGitText, spawnScanGit } from './scan-git';

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
  present: string[]; // in the order their objects sit in the packs (git's delta cache likes it)
  absent: string[]; // not in the object store: a partial clone's promised blobs, lost objects
}

// Orders the wanted ids for reading, and sets aside those the object store does not have, so git
// is never asked for them (in a partial clone it would try to fetch each one from the remote).
export async function packOrder(repo: string, wanted: ReadonlySet<string>): Promise<PackOrder> {
  const out = await scanGitText(repo, [
    'cat-file',
    '--batch-all-objects',
    '--batch-check=%(objectname)',
    '--unordered',
  ]);
  const present: string[] = [];
  const seen = new Set<string>();
  for (let start = 0; start + 40 <= out.length; start = out.indexOf('\n', start) + 1 || out.length) {
    const id = out.slice(start, start + 40);
    if (wanted.has(id) && !seen.has(id)) {
      present.push(id);
      seen.add(id);
    }
  }
  return { present, absent: [...wanted].filter((id) => !seen.has(id)) };
}

/** Objects in the store (loose and packed), for progress; 0 when git cannot say. */
export async function countObjects(repo: string): Promise<number> {
  const out = await scanGitText(repo, ['count-objects', '-v']).catch(() => '');
  const field = (name: string): number => Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(out)?.[1] ?? 0);
  return field('count') + field('in-pack');
}

/**
 * Every blob of the object store, reachable or not, in pack order: the fastest way to read them
 * all, and it needs no list of ids, so it can start before the history is indexed. Resolves to
 * null when git went through the whole store, else what stopped it (a damaged pack); the caller
 * then reads what it still needs by id (readBlobs).
 */
export async function readAllBlobs(repo: string, maxSize: number, sink: BlobSink): Promise<string | null> {
  const outcome = await runBatch(repo, ['--batch-all-objects', '--unordered'], null, maxSize, sink);
  return outcome.code === 0 ? null : outcome.reason;
}

/** The blobs `ids`, in that order (see packOrder). A blob git cannot read goes to sink.missing. */
export async function readBlobs(
  repo: string,
  ids: readonly string[],
  maxSize: number,
  sink: BlobSink,
): Promise<void> {
  let next = 0;
  while (next < ids.length) {
    const outcome = await runBatch(repo, [], ids.slice(next), maxSize, sink);
    next += outcome.answered;
    if (next >= ids.length) return;
    // git died on this object (a damaged pack): report it, go on after it in a new process.
    sink.missing(ids[next], outcome.reason);
    next++;
  }
}

interface BatchOutcome {
  code: number | null;
  answered: number; // objects git answered for in full (content or `missing`) before it stopped
  reason: string;
}

// One `git cat-file --batch` process: over `ids` (stdin), or over the whole store (`ids` null).
async function runBatch(
  repo: string,
  options: readonly string[],
  ids: readonly string[] | null,
  maxSize: number,
  sink: BlobSink,
): Promise<BatchOutcome> {
  const child = spawnScanGit(repo, ['cat-file', '--batch', ...options]);
  const stderr: Buffer[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (e) => reject(new GitError(`could not start git: ${e.message}`, null, '')));
    child.on('close', resolve);
  });
  child.stdin!.on('error', () => undefined);
  // Writing all ids up front is fine: git reads stdin as it answers, and the pipe applies back-pressure.
  child.stdin!.end(ids ? ids.join('\n') + '\n' : '');
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
  let progressAt = 0;
  try {
    for await (const chunk of child.stdout!) {
      const wait = parser.push(chunk as Buffer);
      if (wait) await wait;
      if (sink.progress && parser.objects >= progressAt) {
        sink.progress(parser.objects);
        progressAt = parser.objects + 1024;
      }
    }
  } catch (e) {
    child.kill();
    throw e;
  }
  const code = await exited;
  const reason =
    Buffer.concat(stderr).toString('utf8').trim().split('\n').pop() || `git cat-file exited with ${code}`;
  return { code, answered: parser.answered, reason: `unreadable object: ${reason}` };
}
