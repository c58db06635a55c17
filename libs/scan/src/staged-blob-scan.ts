// Scans staged versions of files from the object store (`git add` wrote them there), each under
// its path, like a work-tree file: what the next commit records even when the file on disk says
// otherwise. Too large, missing and binary blobs are skipped with a note.
import type { RawFinding } from '@deployguard/detect';
import { readBlobs } from './blob-reader';
import type { FileScanHost } from './file-scan';
import type { ScanOptions } from './scan.types';
import type { StagedBlob } from './uncommitted';

export async function scanStagedBlobs(
  root: string,
  staged: readonly StagedBlob[],
  host: FileScanHost,
  options: ScanOptions,
): Promise<{ file: string; findings: RawFinding[] }[]> {
  const max = options.config.maxFileSizeBytes;
  // The same content may be staged at several paths: read once, scanned under each.
  const byBlob = new Map<string, StagedBlob[]>();
  for (const entry of staged) byBlob.set(entry.blob, [...(byBlob.get(entry.blob) ?? []), entry]);
  const results: { file: string; findings: RawFinding[] }[] = [];
  const pool = host.pool(({ path, blob }: StagedBlob, verdict) => {
    if (verdict.binary) {
      host.stats.skipped_binary++;
      host.skip({ file: path, object: blob, reason: 'binary', detail: 'binary content (NUL byte), staged' });
    } else {
      results.push({ file: path, findings: verdict.findings });
    }
  });
  try {
    await readBlobs(root, [...byBlob.keys()], max, {
      blob: async (id, data) => {
        const entries = byBlob.get(id)!;
        // `data` is only valid during this call: kept across the waits below when scanned twice.
        const content = entries.length > 1 ? Buffer.from(data) : data;
        for (const entry of entries) {
          host.stats.blobs_scanned++;
          host.stats.bytes_scanned += content.length;
          const wait = pool.scan(entry, content, entry.path); // the pool copies what it keeps
          if (wait) await wait;
        }
      },
      tooLarge: (id, size) => {
        for (const { path: file } of byBlob.get(id)!) {
          host.stats.skipped_too_large++;
          host.skip({
            file,
            object: id,
            reason: 'too-large',
            detail: `${size} bytes staged, over the ${max}-byte limit`,
          });
        }
      },
      missing: (id, reason) => {
        for (const { path: file } of byBlob.get(id)!) {
          host.stats.missing_objects++;
          host.skip({ file, object: id, reason: 'missing-object', detail: `staged: ${reason}` });
        }
      },
    });
    await pool.drain();
  } finally {
    await pool.close();
  }
  return results;
}
