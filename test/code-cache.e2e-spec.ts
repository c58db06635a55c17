// bin/code-cache.js, the loader of the protect bundle: a rebuilt bundle must never run with the
// bytecode of the previous one (V8 itself only compares the source's length), and a directory
// that cannot be written must only mean running without the cache.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  readFileSync,
  rmSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, removeDir } from './support/git-fixtures';

const LOADER = join(__dirname, '..', 'bin', 'code-cache.js');

// Runs `bundle.run()` in a new process through the loader; returns what it printed.
function runBundle(file: string): string {
  const script = `const f = ${JSON.stringify(file)};
    require(${JSON.stringify(LOADER)}).requireWithCodeCache(f, require('node:fs').statSync(f)).run();`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
}

// Same length whatever the word: only the content tells the two versions apart.
const bundleSaying = (word: 'alpha' | 'omega') =>
  `'use strict';\nexports.run = () => { process.stdout.write(${JSON.stringify(word)}); };\n`;

describe('the code cache of a bundle', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir('dg-code-cache-');
  });
  afterAll(() => {
    chmodSync(dir, 0o755);
    removeDir(dir);
  });

  it('is written by the first run and never serves an older bundle of the same length', () => {
    const file = join(dir, 'bundle.js');
    writeFileSync(file, bundleSaying('alpha'));
    expect(runBundle(file)).toBe('alpha');
    expect(existsSync(`${file}.v8cache`)).toBe(true);
    expect(runBundle(file)).toBe('alpha'); // from the cache

    writeFileSync(file, bundleSaying('omega'));
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later); // a rebuild within the file system's clock resolution
    expect(runBundle(file)).toBe('omega');
    expect(runBundle(file)).toBe('omega');
  });

  it('never runs damaged bytecode: a cache whose bytes changed is compiled anew and rewritten', () => {
    const file = join(dir, 'damaged.js');
    // A bundle with enough code run that its bytecode matters (a damaged one crashed V8).
    const body = Array.from({ length: 300 }, (_, i) => `function f${i}(x) { return x * ${i} + 1; }`);
    const all = Array.from({ length: 300 }, (_, i) => `f${i}`).join(', ');
    writeFileSync(
      file,
      `'use strict';\n${body.join('\n')}\nconst all = [${all}];\n` +
        `exports.run = () => { process.stdout.write(String(all.reduce((s, f) => s + f(2), 0))); };\n`,
    );
    expect(runBundle(file)).toBe('90000');
    const cache = `${file}.v8cache`;
    const good = readFileSync(cache);
    expect(good.length).toBeGreaterThan(10_000);
    for (const at of [150, Math.floor(good.length / 2), good.length - 64]) {
      const damaged = Buffer.from(good);
      damaged.fill(0, at, at + 64);
      writeFileSync(cache, damaged);
      expect(runBundle(file)).toBe('90000');
      expect(readFileSync(cache).equals(damaged)).toBe(false); // rewritten
    }
  });

  it('ignores a named pipe or an oversized file in the place of the cache, without waiting or reading it', () => {
    const file = join(dir, 'odd.js');
    writeFileSync(file, bundleSaying('alpha'));
    const cache = `${file}.v8cache`;
    execFileSync('mkfifo', [cache]);
    expect(runBundle(file)).toBe('alpha'); // a blocking open of the pipe would hang here
    rmSync(cache);
    writeFileSync(cache, '');
    truncateSync(cache, 5 * 1024 ** 3); // sparse: 5 GB read whole would take the memory
    expect(runBundle(file)).toBe('alpha');
  });

  it('runs without a cache where the directory is read-only', () => {
    const readOnly = join(dir, 'ro');
    execFileSync('mkdir', [readOnly]);
    const file = join(readOnly, 'bundle.js');
    writeFileSync(file, bundleSaying('alpha'));
    chmodSync(readOnly, 0o555);
    try {
      expect(runBundle(file)).toBe('alpha');
      // root ignores directory permissions: only check the file is absent when they apply
      if (process.getuid?.() !== 0) expect(existsSync(`${file}.v8cache`)).toBe(false);
    } finally {
      chmodSync(readOnly, 0o755);
    }
  });
});
