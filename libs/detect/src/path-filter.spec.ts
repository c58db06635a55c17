import { PathFilter } from './path-filter';

describe('PathFilter', () => {
  it('ignores nothing without a pattern (blank lines and comments are none)', () => {
    for (const filter of [PathFilter.from(null), PathFilter.from('\n# vendor/\n   \n'), new PathFilter([])])
      expect(['vendor/a.js', 'a', '.env', 'x/y/z'].some((p) => filter.ignores(p))).toBe(false);
  });

  it('ignores what the file and the allowlist name, in gitignore syntax', () => {
    const filter = PathFilter.from('# fixtures\nvendor/\n*.min.js\n!keep.min.js\n', ['test/fixtures/**']);
    expect(filter.ignores('vendor/lib.js')).toBe(true);
    expect(filter.ignores('a/b.min.js')).toBe(true);
    expect(filter.ignores('keep.min.js')).toBe(false);
    expect(filter.ignores('test/fixtures/keys.txt')).toBe(true);
    expect(filter.ignores('src/index.js')).toBe(false);
    expect(filter.ignores('')).toBe(false);
  });
});
