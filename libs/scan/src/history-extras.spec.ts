import { fingerprintOf } from '@deployguard/detect';
import { fingerprintFor } from './finding.factory';
import { backupRefsWarning, missingWarning, refsInScope, shallowWarning } from './history-extras';
import type { RefEntry } from './ref-listing';

const ref = (name: string, id = 'a'.repeat(40)): RefEntry => ({
  name,
  type: 'commit',
  id,
  target: { type: 'commit', id },
});

describe('fingerprintFor', () => {
  it('keeps the file scheme for file content', () => {
    expect(fingerprintFor('r', 'file', 'a/b.env', 'v')).toBe(fingerprintOf('r', 'a/b.env', 'v'));
  });

  it('never equals a file fingerprint, even for a file named like the location', () => {
    const meta = fingerprintFor('r', 'commit-message', null, 'v');
    expect(meta).toMatch(/^[0-9a-f]{32}$/);
    expect(meta).not.toBe(fingerprintFor('r', 'file', 'commit-message', 'v'));
    expect(meta).not.toBe(fingerprintFor('r', 'author', null, 'v'));
  });

  it('gives a value in paths one fingerprint whatever the path', () => {
    expect(fingerprintFor('r', 'path', 'a/TOKEN/x', 'TOKEN')).toBe(
      fingerprintFor('r', 'path', 'a/TOKEN/y', 'TOKEN'),
    );
  });
});

describe('refsInScope', () => {
  const refs = [ref('refs/heads/main'), ref('refs/deployguard-backup/1/heads/main'), ref('refs/tags/v1')];

  it('is every ref for --all, minus --exclude globs (which match across slashes)', () => {
    expect(refsInScope(refs, ['--all'])!.map((r) => r.name)).toHaveLength(3);
    expect(refsInScope(refs, ['--exclude=refs/deployguard-backup/*', '--all'])!.map((r) => r.name)).toEqual([
      'refs/heads/main',
      'refs/tags/v1',
    ]);
  });

  it('is null when revs name a commit or branch', () => {
    expect(refsInScope(refs, ['abc123'])).toBeNull();
  });
});

describe('warnings', () => {
  it("says when an in-place clean's backup refs keep the old history, and how to delete them", () => {
    expect(backupRefsWarning([ref('refs/heads/main'), ref('refs/tags/v1')])).toBeNull();
    const text = backupRefsWarning([
      ref('refs/heads/main'),
      ref('refs/deployguard-backup/20261130T120000Z/heads/main'),
      ref('refs/deployguard-backup/20261130T120000Z/tags/v1'),
    ]);
    expect(text).toContain('2 ref(s) under refs/deployguard-backup/');
    expect(text).toContain(
      "git for-each-ref --format='delete %(refname)' refs/deployguard-backup/ | git update-ref --stdin",
    );
  });

  it('names at most five boundary commits', () => {
    const ids = ['1', '2', '3', '4', '5', '6', '7'].map((c) => c.repeat(40));
    const text = shallowWarning(new Set(ids));
    expect(text).toContain('7 boundary commit(s) (111111111111, 222222222222');
    expect(text).toContain('… 2 more');
    expect(text).not.toContain('666666666666');
  });

  it('tells a partial clone from damaged objects', () => {
    expect(missingWarning(3, true)).toMatch(/^partial clone: 3 object\(s\)/);
    expect(missingWarning(1, false)).toMatch(/^1 object\(s\) could not be read/);
  });
});
