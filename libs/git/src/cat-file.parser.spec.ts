import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatFileParser, type ObjectType } from './cat-file.parser';

// A real repository and real `git cat-file --batch` output, fed to the parser in chunks of every
// size from 1 byte (headers and contents split anywhere) to the whole output at once.
let tmp: string;
let output: Buffer;
let expected: { oid: string; type: string; data: string }[];
const git = (args: string[], input?: string): Buffer =>
  execFileSync('git', args, { cwd: tmp, input, maxBuffer: 1 << 26 });

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dg-catfile-'));
  git(['init', '--quiet', '.']);
  writeFileSync(join(tmp, 'a.txt'), 'line one\nline two\n');
  writeFileSync(join(tmp, 'empty'), '');
  writeFileSync(join(tmp, 'big.txt'), 'x'.repeat(70_000) + '\n');
  git(['add', '.']);
  git(['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '--quiet', '-m', 'one']);
  const ids = git(['rev-list', '--objects', '--no-object-names', 'HEAD']).toString().trim().split('\n');
  expected = ids.map((oid) => ({
    oid,
    type: git(['cat-file', '-t', oid]).toString().trim(),
    data: git(['cat-file', git(['cat-file', '-t', oid]).toString().trim(), oid]).toString('latin1'),
  }));
  output = git(['cat-file', '--batch'], [...ids, 'f'.repeat(40), ids[0]].join('\n') + '\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function parse(chunkSize: number, wants?: (type: ObjectType) => boolean) {
  const seen: { oid: string; type: string; data: string }[] = [];
  const missing: string[] = [];
  const parser = new CatFileParser({
    wants: wants && ((_oid, type) => wants(type)),
    object: (oid, type, data) => void seen.push({ oid, type, data: data.toString('latin1') }),
    missing: (name, kind) => void missing.push(`${name} ${kind}`),
  });
  for (let i = 0; i < output.length; i += chunkSize) parser.push(output.subarray(i, i + chunkSize));
  return { seen, missing, objects: parser.objects, answered: parser.answered };
}

describe('CatFileParser', () => {
  it.each([1, 2, 7, 4096, 65536, 1 << 30])('parses every object in chunks of %i bytes', (size) => {
    const { seen, missing, objects, answered } = parse(size);
    expect(seen).toEqual([...expected, expected[0]]);
    expect(missing).toEqual([`${'f'.repeat(40)} missing`]);
    expect(objects).toBe(expected.length + 1);
    expect(answered).toBe(expected.length + 2);
  });

  it('skips the objects the handler does not want', () => {
    const { seen } = parse(3, (type) => type === 'blob');
    expect(seen.map((o) => o.type)).toEqual(expected.filter((o) => o.type === 'blob').map(() => 'blob'));
    expect(seen.map((o) => o.data).sort()).toEqual(
      expected
        .filter((o) => o.type === 'blob')
        .map((o) => o.data)
        .sort(),
    );
  });

  it('waits while the handler says so, then goes on with the rest of the chunk', async () => {
    const seen: string[] = [];
    let release: () => void = () => undefined;
    const parser = new CatFileParser({
      object: (oid) => {
        seen.push(oid);
        if (seen.length === 1) return new Promise<void>((r) => (release = r));
      },
    });
    const wait = parser.push(output);
    expect(wait).toBeInstanceOf(Promise);
    expect(seen).toHaveLength(1);
    release();
    await wait;
    expect(seen).toEqual([...expected, expected[0]].map((o) => o.oid));
  });

  it('assembles in the buffer an earlier parser grew, and hands that buffer on', () => {
    const first = new CatFileParser({ object: () => undefined });
    for (let i = 0; i < output.length; i += 5) first.push(output.subarray(i, i + 5));
    const scratch = first.scratch;
    expect(scratch.length).toBeGreaterThan(0);
    const seen: string[] = [];
    const second = new CatFileParser(
      { object: (_oid, _type, data) => void seen.push(data.toString('latin1')) },
      scratch,
    );
    for (let i = 0; i < output.length; i += 5) second.push(output.subarray(i, i + 5));
    expect(seen).toEqual([...expected, expected[0]].map((o) => o.data));
    expect(second.scratch).toBe(scratch); // no object needed a larger one
  });
});
