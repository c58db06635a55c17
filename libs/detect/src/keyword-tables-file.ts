// The keyword automaton's tables of a set of keywords, saved to a file and read back: building them
// takes about 35 ms at start-up (a cold JIT), a fifth of a small repository's scan, and the tables
// of the built-in rules never change between runs. `npm run build` writes those of the built-in
// rules (scripts/keyword-tables.js); a configuration with other rules builds its own at run time.
//
// File: a 64-byte header (magic, version, sizes, SHA-256 of the rest), then the byte classes, the
// transition table, the rule starts and the rule list (little-endian). A file that is damaged, of
// another version or out of bounds is ignored.
import { createHash, randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { readRegularFile } from './file-error.util';
import type { KeywordTables } from './keyword-matcher';
import { nativeKeywordScanLoaded } from './native-keyword-scan';
import { packageRoot } from './package-root';

const MAGIC = 0x544b4744; // 'DGKT'
const VERSION = 1;
const HEADER = 64;
// The built-in rules' tables take about 1.5 MB; anything much larger is not such a file.
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Where the tables of `keywordsByRule` are kept: `dist/keyword-tables/<key>.bin` under the
 * package's root, the key a hash of the keywords (null without a package root).
 */
export function keywordTablesFile(keywordsByRule: readonly (readonly string[])[]): string | null {
  const root = packageRoot();
  if (root === null) return null;
  const key = createHash('sha256').update(JSON.stringify(keywordsByRule)).digest('hex').slice(0, 32);
  return join(root, 'dist', 'keyword-tables', `${key}.bin`);
}

/** Writes tables to `file` (whole, then renamed into place). Throws on a file system error. */
export function writeKeywordTables(file: string, tables: KeywordTables): void {
  const { byteClass, table, ruleStart, ruleList } = tables;
  const payload = Buffer.concat([
    Buffer.from(byteClass.buffer, byteClass.byteOffset, byteClass.byteLength),
    Buffer.from(table.buffer, table.byteOffset, table.byteLength),
    Buffer.from(ruleStart.buffer, ruleStart.byteOffset, ruleStart.byteLength),
    Buffer.from(ruleList.buffer, ruleList.byteOffset, ruleList.byteLength),
  ]);
  const header = Buffer.alloc(HEADER);
  [
    MAGIC,
    VERSION,
    tables.rules,
    tables.rowShift,
    byteClass.length,
    table.length,
    ruleStart.length,
    ruleList.length,
  ].forEach((v, i) => header.writeUInt32LE(v, 4 * i));
  createHash('sha256').update(payload).digest().copy(header, 32);
  const partial = `${file}.${randomBytes(6).toString('hex')}`;
  try {
    writeFileSync(partial, Buffer.concat([header, payload]), { flag: 'wx' });
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * The tables in `file` for `rules` rules, in SharedArrayBuffers like built ones; null when the file
 * is missing, damaged, of another version or machine byte order, or its offsets out of bounds.
 */
export function readKeywordTables(file: string, rules: number): KeywordTables | null {
  if (endianness() !== 'LE') return null;
  let data: Buffer;
  try {
    data = readRegularFile(file, MAX_FILE_BYTES); // never a named pipe or a device
  } catch {
    return null;
  }
  if (data.length < HEADER) return null;
  const [magic, version, ruleCount, rowShift, classes, entries, starts, listed] = Array.from(
    { length: 8 },
    (_, i) => data.readUInt32LE(4 * i),
  );
  if (magic !== MAGIC || version !== VERSION || ruleCount !== rules || classes !== 256 || rowShift > 16)
    return null;
  const payload = data.subarray(HEADER);
  if (payload.length !== classes + 4 * (entries + starts + listed)) return null;
  if (!createHash('sha256').update(payload).digest().equals(data.subarray(32, 64))) return null;
  const shared = <T extends Uint8Array | Int32Array>(
    Kind: new (b: SharedArrayBuffer) => T,
    from: number,
    bytes: number,
  ): T => {
    const buffer = new SharedArrayBuffer(bytes);
    new Uint8Array(buffer).set(payload.subarray(from, from + bytes));
    return new Kind(buffer);
  };
  const tables: KeywordTables = {
    byteClass: shared(Uint8Array, 0, classes),
    table: shared(Int32Array, classes, 4 * entries),
    ruleStart: shared(Int32Array, classes + 4 * entries, 4 * starts),
    ruleList: shared(Int32Array, classes + 4 * (entries + starts), 4 * listed),
    rowShift,
    rules,
  };
  return inBounds(tables) ? tables : null;
}

// Whether every offset the walks follow stays inside the tables: a state's rules inside the rule
// list, each rule one of `rules`, and (checked by the native addon itself when it walks them, see
// native/keyword_scan.c) a byte's class inside a row and a transition at a row's start.
function inBounds({ byteClass, table, ruleStart, ruleList, rowShift, rules }: KeywordTables): boolean {
  const row = 1 << rowShift;
  if (table.length === 0 || table.length % row !== 0 || ruleStart.length !== table.length / row + 1)
    return false;
  if (ruleStart[0] !== 0 || ruleStart[ruleStart.length - 1] !== ruleList.length) return false;
  for (let s = 1; s < ruleStart.length; s++) if (ruleStart[s] < ruleStart[s - 1]) return false;
  for (const r of ruleList) if (r < 0 || r >= rules) return false;
  if (nativeKeywordScanLoaded()) return true;
  for (const c of byteClass) if (c >= row) return false;
  for (const entry of table) {
    const to = entry < 0 ? ~entry : entry;
    if (to % row !== 0 || to >= table.length) return false;
  }
  return true;
}
