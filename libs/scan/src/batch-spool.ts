// One long-lived `git cat-file --batch` whose answers are spooled into a temporary file instead of
// a pipe: git writes into the page cache without waking this process, which reads a finished
// batch in a few large reads. Through a pipe the two processes woke each other every few
// kilobytes (receiving expressjs/express's 213 MB cost this process 0.68 s of CPU, reading the
// file 0.18 s). The process lives for many batches because starting one is not cheap here: Node
// forks, and after each fork every page this (large) process writes faults once more.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fstatSync } from 'node:fs';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

export class BatchSpool {
  private expected = 0;
  private exitCode: number | null | undefined = undefined; // set when git has exited
  private readonly stderr: Buffer[] = [];
  private readonly exited: Promise<void>;

  private constructor(
    private readonly file: FileHandle,
    private readonly child: ChildProcess,
  ) {
    child.stderr!.on('data', (d: Buffer) => this.stderr.push(d));
    child.stdin!.on('error', () => undefined);
    this.exited = new Promise<void>((resolve) => {
      child.on('error', (e) => {
        this.stderr.push(Buffer.from(`could not start git: ${e.message}`));
        this.exitCode = null;
        resolve();
      });
      child.on('close', (code) => {
        this.exitCode = code;
        resolve();
      });
    });
  }

  /**
   * Starts git in `repo`. The file is created new (never through a link placed in the temporary
   * directory), readable by this user only (it holds repository content), opened for appending
   * (git's writes go to its end, also after `truncate`) and unlinked at once: nothing stays
   * behind, whatever happens to this process.
   */
  static async start(repo: string): Promise<BatchSpool> {
    const path = join(tmpdir(), `deployguard-blobs-${process.pid}-${randomBytes(8).toString('hex')}`);
    const file = await open(path, 'ax+', 0o600);
    try {
      return new BatchSpool(
        file,
        spawnScanGit(repo, ['cat-file', '--batch'], { stdio: ['pipe', file.fd, 'pipe'] }),
      );
    } catch (e) {
      await file.close();
      throw e;
    } finally {
      await unlink(path).catch(() => undefined);
    }
  }

  /** Asks for `blobs` (the file must be empty: a new spool, or after `truncate`). */
  request(blobs: readonly BlobEntry[]): void {
    // `<id> blob <size>\n<content>\n` per blob.
    let bytes = 0;
    for (const { id, size } of blobs) bytes += id.length + 7 + String(size).length + size + 1;
    this.expected = bytes;
    this.child.stdin!.write(blobs.map((b) => b.id).join('\n') + '\n');
  }

  /**
   * Waits until git has written every answer, or has stopped (a damaged object kills it): then
   * null when it answered in full, else its last error line (what it wrote is still readable).
   */
  async written(): Promise<string | null> {
    while (fstatSync(this.file.fd).size < this.expected) {
      if (this.exitCode !== undefined) return this.failure();
      await Promise.race([this.exited, new Promise((r) => setTimeout(r, POLL_MS))]);
    }
    return null;
  }

  /** Reads from the file (see FileHandle.read). */
  read(buffer: Buffer, position: number): Promise<number> {
    return this.file.read(buffer, 0, buffer.length, position).then((r) => r.bytesRead);
  }

  /** Empties the file for the next request. */
  async truncate(): Promise<void> {
    await this.file.truncate(0);
  }

  /** Ends git (its input closed, or killed if `kill`) and closes the file. */
  async close(kill = false): Promise<void> {
    if (kill && this.exitCode === undefined) this.child.kill();
    this.child.stdin!.end();
    await this.exited;
    await this.file.close().catch(() => undefined);
  }

  private failure(): string {
    const reason = Buffer.concat(this.stderr).toString('utf8').trim().split('\n').pop();
    if (this.exitCode === null && reason) throw new GitError(reason, null, reason);
    return reason || `git cat-file exited with ${this.exitCode}`;
  }
}
