// Reads working-tree files (a few at a time) and feeds them to the scan pool; oversized,
// unreadable and binary files are skipped with a note.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawFinding } from '@deployguard/detect';
import type { ScanStats, SkippedItem } from '@deployguard/report';
import type { ScanPool, BlobVerdict } from './scan-pool';
import type { ScanOptions } from './scan.types';

interface FileScanHost {
  stats: ScanStats;
  skip(item: SkippedItem): void;
  pool(expectedBytes: number, onVerdict: (key: number, verdict: BlobVerdict) => void): ScanPool;
}

const READ_AHEAD = 8;

export async function scanFiles(
  root: string,
  files: readonly string[],
  host: FileScanHost,
  options: ScanOptions,
): Promise<{ file: string; findings: RawFinding[] }[]> {
  const max = options.config.maxFileSizeBytes;
  const results: { file: string; findings: RawFinding[] }[] = [];
  // A few small files are scanned in this thread; many files use every core.
  const pool = host.pool(files.length < 200 ? 0 : Infinity, (key, verdict) => {
    if (verdict.binary) {
      host.stats.skipped_binary++;
      host.skip({ file: files[key], object: null, reason: 'binary', detail: 'binary content (NUL byte)' });
    } else {
      results.push({ file: files[key], findings: verdict.findings });
    }
  });
  const read = (i: number): Promise<Buffer | null> => readCapped(join(root, files[i]), max, files[i], host);
  try {
    const ahead: Promise<Buffer | null>[] = [];
    for (let i = 0; i < Math.min(READ_AHEAD, files.length); i++) ahead.push(read(i));
    for (let i = 0; i < files.length; i++) {
      const data = await ahead[i];
      if (i + READ_AHEAD < files.length) ahead.push(read(i + READ_AHEAD));
      delete ahead[i];
      if (i % 64 === 0) options.onProgress?.({ phase: 'scanning', done: i, total: files.length });
      if (!data) continue;
      host.stats.blobs_scanned++;
      host.stats.bytes_scanned += data.length;
      await pool.scan(i, data);
    }
    await pool.drain();
  } finally {
    await pool.close();
  }
  return results;
}

async function readCapped(path: string, max: number, file: string, host: FileScanHost): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    if (size > max) {
      host.stats.skipped_too_large++;
      host.skip({ file, object: null, reason: 'too-large', detail: `${size} bytes, over the ${max}-byte limit` });
      return null;
    }
    return await handle.readFile();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT') return null; // deleted since it was listed (or a dangling entry): nothing to scan
    host.stats.unreadable_files++;
    host.skip({ file, object: null, reason: 'unreadable', detail: `cannot read: ${code}` });
    return null;
  } finally {
    await handle?.close();
  }
}
