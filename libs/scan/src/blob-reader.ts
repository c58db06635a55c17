// Reads many blobs in one `git cat-file --batch` process, in pack order (so git's delta cache
// works for us), with back-pressure. A missing object is reported and skipped; a damaged one that
// kills git is reported, and reading resumes after it in a new process.
import { GitError } from '@deployguard/git';
import { scanGitText, spawnScanGit } from './scan-git';

export interface BlobSink {
  // Called for each blob in turn; `data` is only valid during the call (copy what you keep).
  // Return a promise to make the reader wait (back-pressure).
  blob(id: string, data: Buffer): void | Promise<void>;
  tooLarge(id: string, size: number): void;
  missing(id: string, reason: string): void;
}

export interface PackOrder {
  present: string[]; // in the order their objects sit in the packs (git's delta cache likes it)
  absent: string[]; // not in the object store: a partial clone's promised blobs, lost objects
}

// Orders the wanted ids for reading, and sets aside those the object store does not have, so git
// is never asked for them (in a partial clone it would try to fetch each one from the remote).
export async function packOrder(repo: string, wanted: Set<string>): Promise<PackOrder> {
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

export async function readBlobs(
  repo: string,
  ids: readonly string[],
  maxSize: number,
  sink: BlobSink,
): Promise<void> {
  let next = 0;
  while (next < ids.length) {
    const done = await readBatch(repo, ids, next, maxSize, sink);
    if (done.failedAt === null) return;
    sink.missing(ids[done.failedAt], done.reason);
    next = done.failedAt + 1;
  }
}

interface BatchOutcome {
  failedAt: number | null;
  reason: string;
}

function readBatch(
  repo: string,
  ids: readonly string[],
  from: number,
  maxSize: number,
  sink: BlobSink,
): Promise<BatchOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawnScanGit(repo, ['cat-file', '--batch']);
    const stdout = child.stdout!;
    let index = from; // the id whose answer is being read
    let header: Buffer | null = null; // partial header line
    let scratch = Buffer.allocUnsafe(1 << 20); // reused for blobs that span chunks
    let body: Buffer | null = null; // blob being assembled (null when skipping)
    let bodyFill = 0;
    let remaining = -1; // bytes of the current object still to read, plus its trailing LF
    let failed = false;
    const stderr: Buffer[] = [];

    // Processes chunk[pos..]; returns a promise only when the sink asked to wait.
    const consume = (chunk: Buffer, pos: number): Promise<void> | void => {
      while (pos < chunk.length) {
        if (remaining < 0) {
          const nl = chunk.indexOf(10, pos);
          if (nl === -1) {
            header = header ? Buffer.concat([header, chunk.subarray(pos)]) : Buffer.from(chunk.subarray(pos));
            return;
          }
          const line = (
            header ? Buffer.concat([header, chunk.subarray(pos, nl)]) : chunk.subarray(pos, nl)
          ).toString('latin1');
          header = null;
          pos = nl + 1;
          const [id, type, sizeText] = line.split(' ');
          if (type === 'missing' || type === 'ambiguous') {
            sink.missing(ids[index++], `object ${id} is ${type}`);
            continue;
          }
          const size = Number(sizeText);
          const wanted = type === 'blob' && size <= maxSize;
          if (type === 'blob' && size > maxSize) sink.tooLarge(ids[index], size);
          remaining = size + 1;
          body = null;
          bodyFill = 0;
          if (wanted && pos + size < chunk.length) {
            // The whole blob and its LF are in this chunk: hand it over without copying.
            const id = ids[index++];
            remaining = -1;
            const data = chunk.subarray(pos, pos + size);
            pos += size + 1;
            const wait = sink.blob(id, data);
            if (wait) return wait.then(() => consume(chunk, pos));
            continue;
          }
          if (wanted) {
            if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
            body = scratch.subarray(0, size);
          }
        }
        const take = Math.min(remaining, chunk.length - pos);
        const dataBytes = Math.min(take, remaining - 1); // the final byte is the LF separator
        if (body && dataBytes > 0) {
          chunk.copy(body, bodyFill, pos, pos + dataBytes);
          bodyFill += dataBytes;
        }
        pos += take;
        remaining -= take;
        if (remaining === 0) {
          remaining = -1;
          const id = ids[index++];
          if (body) {
            const data = body;
            body = null;
            const wait = sink.blob(id, data);
            if (wait) return wait.then(() => consume(chunk, pos));
          }
        }
      }
    };

    let chain: Promise<void> = Promise.resolve();
    let waiting = false;
    stdout.on('data', (chunk: Buffer) => {
      if (failed) return;
      const run = (): Promise<void> | void => {
        try {
          return consume(chunk, 0);
        } catch (e) {
          failed = true;
          child.kill();
          reject(e);
        }
      };
      if (waiting) {
        chain = chain.then(run);
        return;
      }
      const wait = run();
      if (wait) {
        waiting = true;
        stdout.pause();
        chain = wait.then(() => {
          waiting = false;
          stdout.resume();
        });
        chain.catch((e) => {
          failed = true;
          child.kill();
          reject(e);
        });
      }
    });
    child.stderr!.on('data', (d: Buffer) => stderr.push(d));
    child.on('error', (e) => reject(new GitError(`could not start git: ${e.message}`, null, '')));
    child.on('close', (code) => {
      chain.then(() => {
        if (failed) return;
        if (index >= ids.length) return resolve({ failedAt: null, reason: '' });
        const msg =
          Buffer.concat(stderr).toString('utf8').trim().split('\n').pop() ||
          `git cat-file exited with ${code}`;
        resolve({ failedAt: index, reason: `unreadable object: ${msg}` });
      }, reject);
    });
    // Writing all ids up front is fine: git reads stdin as it answers, and the pipe applies back-pressure.
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(ids.slice(from).join('\n') + '\n');
  });
}
