// One long-lived `git cat-file --batch` whose answers are spooled into a temporary file instead of
// read from a pipe: git writes into the page cache without waking this process, which reads a
// finished batch in a few large reads. Through a pipe the two processes woke each other every few
// kilobytes (receiving expressjs/express's 213 MB cost this process 0.68 s of CPU, reading the
// file 0.18 s). The process lives for many batches because starting one is not cheap: Node forks,
// and after each fork every page this (large) process writes faults once more. Where no temporary
// file can be made (a read-only file system), or when asked (the directory is full), the answers
// are gathered from a pipe in memory.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { close, closeSync, fstatSync, ftruncate, openSync, read, unlinkSync } from 'node:fs';
import { promisify } from 'node:util';
import { getPriority, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError } from '@deployguard/git';
import { spawnScanGit } from './scan-git';

// How often a batch's file is checked while git is still writing it.
const POLL_MS = 1;

/** A blob to read: its id and its size in bytes. */
export interface BlobEntry {
  id: string;
  size: number;
}

// Where git's answers go: bytes written so far, read back at a position, emptied between batches.
interface Spool {
  readonly inFile: boolean;
  readonly size: number;
  read(buffer: Buffer, position: number): Promise<number>;
  clear(): Promise<void>;
  close(): Promise<void>;
}

export class BatchSpool {
  private expected = 0;
  private exitCode: number | null | undefined = undefined; // set when git has exited
  private signal: string | null = null; // what stopped git, if a signal did
  private startError: string | null = null; // why git could not start
  private readonly stderr: Buffer[] = [];
  private readonly exited: Promise<void>;
  private wake: (() => void) | null = null; // a waiting `written`, when memory receives bytes

  private constructor(
    private readonly spool: Spool,
    private readonly child: ChildProcess,
  ) {
    child.stderr!.on('data', (d: Buffer) => this.stderr.push(d));
    child.stdin!.on('error', () => undefined);
    this.exited = new Promise<void>((resolve) => {
      child.on('error', (e) => {
        this.startError = `could not start git: ${e.message}`;
        this.exitCode = null;
        resolve();
      });
      child.on('close', (code, signal) => {
        this.exitCode = code;
        this.signal = signal;
        resolve();
      });
    });
  }

  /**
   * Starts git in `repo`. The file is created new (never through a link placed in the temporary
   * directory), readable by this user only (it holds repository content), opened for appending
   * (git's writes go to its end, also after it is emptied) and unlinked at once, before git
   * starts: nothing stays behind, whatever happens to this process. `inMemory`: through a pipe.
   */
  static async start(repo: string, inMemory = false): Promise<BatchSpool> {
    const path = join(tmpdir(), `deployguard-blobs-${process.pid}-${randomBytes(8).toString('hex')}`);
    let fd: number | null = null;
    try {
      if (!inMemory) fd = openSync(path, 'ax+', 0o600);
    } catch {
      // no temporary file here (a read-only or missing directory): through a pipe
    }
    if (fd === null) return BatchSpool.inMemory(repo);
    unlinkSync(path);
    try {
      const child = spawnScanGit(repo, ['cat-file', '--batch'], { stdio: ['pipe', fd, 'pipe'] });
      yieldToIndex(child);
      return new BatchSpool(fileSpool(fd), child);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  // The answers through a pipe, kept in memory (a batch's worth) until read.
  private static inMemory(repo: string): BatchSpool {
    const child = spawnScanGit(repo, ['cat-file', '--batch']);
    yieldToIndex(child);
    const chunks: Buffer[] = [];
    let size = 0;
    const spool: Spool = {
      inFile: false,
      get size() {
        return size;
      },
      read: (buffer, position) => {
        if (chunks.length > 1) chunks.splice(0, chunks.length, Buffer.concat(chunks, size));
        return Promise.resolve(chunks.length === 0 ? 0 : chunks[0].copy(buffer, 0, position));
      },
      clear: () => {
        chunks.length = 0;
        size = 0;
        return Promise.resolve();
      },
      close: () => spool.clear(),
    };
    const batch = new BatchSpool(spool, child);
    child.stdout!.on('data', (d: Buffer) => {
      chunks.push(d);
      size += d.length;
      batch.wake?.();
    });
    return batch;
  }

  /** Whether git writes into a temporary file (else through a pipe, into memory). */
  get inFile(): boolean {
    return this.spool.inFile;
  }

  /** Asks for `blobs` (the spool must be empty: a new one, or after `clear`). */
  request(blobs: readonly BlobEntry[]): void {
    // `<id> blob <size>\n<content>\n` per blob.
    let bytes = 0;
    for (const { id, size } of blobs) bytes += id.length + 7 + String(size).length + size + 1;
    this.expected = bytes;
    this.child.stdin!.write(blobs.map((b) => b.id).join('\n') + '\n');
  }

  /**
   * Waits until git has written every answer, or has stopped (a damaged object kills it, and so
   * does a full temporary directory): then null when it answered in full, else its last error
   * line (what it wrote is still readable). Throws GitError when git could not start.
   */
  async written(): Promise<string | null> {
    while (this.spool.size < this.expected) {
      if (this.exitCode !== undefined) return this.failure();
      const more = new Promise<void>((r) => (this.wake = r));
      await Promise.race([this.exited, more, new Promise((r) => setTimeout(r, POLL_MS))]);
      this.wake = null;
    }
    return null;
  }

  /** Reads what git wrote, from `position`; resolves to the number of bytes read (0 at the end). */
  read(buffer: Buffer, position: number): Promise<number> {
    return this.spool.read(buffer, position);
  }

  /** Empties the spool for the next request. */
  clear(): Promise<void> {
    return this.spool.clear();
  }

  /** Ends git (its input closed, or killed if `kill`) and lets the spool go. */
  async close(kill = false): Promise<void> {
    if (kill && this.exitCode === undefined) this.child.kill();
    this.child.stdin!.end();
    await this.exited;
    await this.spool.close().catch(() => undefined);
  }

  private failure(): string {
    if (this.startError) throw new GitError(this.startError, null, this.startError);
    const reason = Buffer.concat(this.stderr).toString('utf8').trim().split('\n').pop();
    if (reason) return reason;
    return this.signal
      ? `git cat-file was stopped by ${this.signal}`
      : `git cat-file exited with ${this.exitCode}`;
  }
}

// How much nicer than this process a blob read runs (see yieldToIndex).
const READ_NICENESS = 5;

// Lowers the priority of a blob read: on a large history `git log` (the history index) is the
// longest of git's passes and the last to end, while the reads keep this process supplied with
// more than it can scan; when the cores are busy the index should have them. sveltejs/svelte on
// 2 cores: 11.07 s against 10.65 s, means of 5 interleaved runs. Raising one's own child's nice
// value needs no privilege; where it fails, the read goes on at the usual priority.
function yieldToIndex(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    setPriority(child.pid, Math.min(19, getPriority() + READ_NICENESS));
  } catch {
    // no priorities here: read at the usual one
  }
}

const readAt = promisify(read);
const truncate = promisify(ftruncate);
const closeFd = promisify(close);

// The answers in the (unlinked) temporary file git writes to.
function fileSpool(fd: number): Spool {
  return {
    inFile: true,
    get size() {
      return fstatSync(fd).size;
    },
    read: (buffer, position) => readAt(fd, buffer, 0, buffer.length, position).then((r) => r.bytesRead),
    clear: () => truncate(fd, 0),
    close: () => closeFd(fd),
  };
}
