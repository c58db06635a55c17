// Reads working-tree files and feeds them to the scan pool; oversized,
// unreadable and binary files are skipped with a note.
import { closeSync, fstatSync, readSync } from 'node:fs';
import type { RawFinding } from '@deployguard/detect';
import type { ScanStats, SkippedItem } from '@deployguard/report';
import type { ScanPool, BlobVerdict } from './scan-pool';
import type { ScanOptions } from './scan.types';
import { NotAFileError, WorkingTreeReader } from './working-tree';

export interface FileScanHost {
  stats: ScanStats;
  skip(item: SkippedItem): void;
  pool<K>(onVerdict: (key: K, verdict: BlobVerdict) => void): ScanPool<K>;
}

export async function scanFiles(
  root: string,
  files: readonly string[],
  host: FileScanHost,
  options: ScanOptions,
): Promise<{ file: string; findings: RawFinding[] }[]> {
  const max = options.config.maxFileSizeBytes;
  const results: { file: string; findings: RawFinding[] }[] = [];
  const pool = host.pool((key: number, verdict) => {
    if (verdict.binary) {
      host.stats.skipped_binary++;
      host.skip({ file: files[key], object: null, reason: 'binary', detail: 'binary content (NUL byte)' });
    } else {
      results.push({ file: files[key], findings: verdict.findings });
    }
  });
  // Synchronous reads into one reused buffer: no allocation per file, and the pool copies what
  // it keeps. (Many small async reads cost more in bookkeeping than the reads themselves.)
  let buffer = Buffer.allocUnsafe(1 << 20);
  const reader = new WorkingTreeReader(root);
  try {
    for (let i = 0; i < files.length; i++) {
      if (i % 64 === 0) options.onProgress?.({ phase: 'scanning', done: i, total: files.length });
      const size = readCapped(reader, max, files[i], host, buffer);
      if (size === null) continue;
      if (size > buffer.length) {
        buffer = Buffer.allocUnsafe(size);
        i--; // read it again into the larger buffer
        continue;
      }
      host.stats.blobs_scanned++;
      host.stats.bytes_scanned += size;
      const wait = pool.scan(i, buffer.subarray(0, size), files[i]);
      if (wait) await wait;
    }
    await pool.drain();
  } finally {
    await pool.close();
  }
  return results;
}

// Reads a file into `into` and returns its size (a size larger than `into` means: read nothing,
// call again with a buffer that large), or null when it is skipped.
function readCapped(
  reader: WorkingTreeReader,
  max: number,
  file: string,
  host: FileScanHost,
  into: Buffer,
): number | null {
  let fd: number | null = null;
  try {
    fd = reader.open(file);
    const { size } = fstatSync(fd);
    if (size > max) {
      host.stats.skipped_too_large++;
      host.skip({
        file,
        object: null,
        reason: 'too-large',
        detail: `${size} bytes, over the ${max}-byte limit`,
      });
      return null;
    }
    if (size > into.length) return size;
    let filled = 0;
    while (filled < size) {
      const n = readSync(fd, into, filled, size - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return filled;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT') return null; // deleted since it was listed: nothing to scan
    host.stats.unreadable_files++;
    const detail = e instanceof NotAFileError ? e.message : `cannot read: ${code}`;
    host.skip({ file, object: null, reason: 'unreadable', detail });
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
