// Saved keyword tables: read back as they were written, found by the keywords they were built
// for, and refused whole when damaged, of another version, or pointing outside themselves.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeywordMatcher, KeywordSearch } from './keyword-matcher';
import { keywordTablesFile, readKeywordTables, writeKeywordTables } from './keyword-tables-file';

const LISTS = [['token', 'secret'], ['ghp_'], ['password', 'passwd']];
const hitsOf = (scan: (b: Buffer, f: (...h: number[]) => void) => void, text: string): number[][] => {
  const hits: number[][] = [];
  scan(Buffer.from(text), (...h) => hits.push(h));
  return hits;
};

describe('saved keyword tables', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'dg-tables-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are read back as written, and find the same hits', () => {
    const built = KeywordMatcher.build(LISTS);
    const file = join(dir, 'a.bin');
    writeKeywordTables(file, built.tables);
    const read = readKeywordTables(file, LISTS.length)!;
    expect(read).not.toBeNull();
    expect(read).toEqual(built.tables);
    expect(read.table.buffer).toBeInstanceOf(SharedArrayBuffer); // shared with worker threads
    const text = 'my token\nGHP_x password=1\nnothing\n';
    const matcher = KeywordMatcher.from(read);
    expect(hitsOf((b, f) => matcher.scan(b, f), text)).toEqual(hitsOf((b, f) => built.scan(b, f), text));
  });

  it('are refused when damaged, cut short, of another version or for another number of rules', () => {
    const file = join(dir, 'b.bin');
    writeKeywordTables(file, KeywordMatcher.build(LISTS).tables);
    const good = readFileSync(file);
    const variant = (change: (b: Buffer) => Buffer): KeywordTablesOrNull => {
      writeFileSync(file, change(Buffer.from(good)));
      return readKeywordTables(file, LISTS.length);
    };
    expect(variant((b) => b)).not.toBeNull();
    expect(variant((b) => ((b[b.length - 5] ^= 1), b))).toBeNull(); // a bit flipped in the tables
    expect(variant((b) => b.subarray(0, b.length - 4))).toBeNull();
    expect(variant((b) => b.subarray(0, 10))).toBeNull();
    expect(variant((b) => (b.writeUInt32LE(2, 4), b))).toBeNull(); // version
    expect(readKeywordTables(file, LISTS.length + 1)).toBeNull();
    expect(readKeywordTables(join(dir, 'missing.bin'), LISTS.length)).toBeNull();
  });

  it('are refused when a state names a rule that does not exist, or a transition leaves the table', () => {
    const { tables } = KeywordMatcher.build(LISTS);
    const file = join(dir, 'c.bin');
    const badRule = { ...tables, ruleList: Int32Array.from(tables.ruleList, (r, i) => (i === 0 ? 7 : r)) };
    writeKeywordTables(file, badRule); // a sound checksum over unsound tables
    expect(readKeywordTables(file, LISTS.length)).toBeNull();
    // The native walk checks its tables itself, whoever hands them over.
    const badTable = { ...tables, table: Int32Array.from(tables.table, (t, i) => (i === 3 ? t + 1e6 : t)) };
    expect(() => KeywordMatcher.from(badTable)).toThrow(/outside|leave/);
  });

  it('are not read from a named pipe or an oversized file in their place', () => {
    const fifo = join(dir, 'pipe.bin');
    execFileSync('mkfifo', [fifo]);
    expect(readKeywordTables(fifo, LISTS.length)).toBeNull(); // a blocking open would hang here
    const huge = join(dir, 'huge.bin');
    writeFileSync(huge, '');
    truncateSync(huge, 5 * 1024 ** 3); // sparse
    expect(readKeywordTables(huge, LISTS.length)).toBeNull();
  });

  it('are what a KeywordSearch of the same keywords uses instead of building its own', () => {
    const file = keywordTablesFile(LISTS)!;
    expect(file).toMatch(/dist[/\\]keyword-tables[/\\][0-9a-f]{32}\.bin$/);
    expect(keywordTablesFile([['token'], ['ghp_'], ['password']])).not.toBe(file);
    // Tables of other keywords saved under these keywords' name: the search finds those.
    const other = [['alpha'], ['beta'], ['gamma']];
    writeKeywordTables(file, KeywordMatcher.build(other).tables);
    try {
      const search = new KeywordSearch(LISTS);
      const big = 'x'.repeat(1 << 20) + ' beta\n'; // past the small-input path
      expect(hitsOf((b, f) => search.scan(b, f), big).map((h) => h[1])).toEqual([1]);
    } finally {
      rmSync(file, { force: true });
    }
    expect(new KeywordSearch(LISTS).tables).toEqual(KeywordMatcher.build(LISTS).tables);
  });

  it('are built anew when the saved ones pass their checksum but the native walk refuses them', () => {
    const file = keywordTablesFile(LISTS)!;
    const { tables } = KeywordMatcher.build(LISTS);
    writeKeywordTables(file, {
      ...tables,
      table: Int32Array.from(tables.table, (t, i) => (i === 3 ? t + 1e6 : t)),
    });
    try {
      const search = new KeywordSearch(LISTS);
      const big = 'x'.repeat(1 << 20) + ' GHP_\n';
      expect(hitsOf((b, f) => search.scan(b, f), big).map((h) => h[1])).toEqual([1]);
      expect(search.tables).toEqual(tables);
    } finally {
      rmSync(file, { force: true });
    }
  });
});

type KeywordTablesOrNull = ReturnType<typeof readKeywordTables>;
