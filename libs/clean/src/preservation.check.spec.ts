// The preservation check on real repositories: a "rewrite" built by hand that loses a ref, a path
// or a mode must be caught; a pure content change must not.
import { rmSync } from 'node:fs';
import { checkPreservation } from './preservation.check';
import { git, tmpDir } from './testing/history-repo.fixture';

const ZERO = '0'.repeat(40);

// A commit of the given files (path → content, optional mode) with no parent.
function commitOf(repo: string, files: Record<string, [string, string?]>): string {
  const entries = Object.entries(files).map(([path, [content, mode]]) => {
    const blob = git(repo, ['hash-object', '-w', '--stdin'], content).trim();
    return `${mode ?? '100644'} blob ${blob}\t${path}\n`;
  });
  const tree = git(repo, ['mktree'], entries.join('')).trim();
  return git(repo, [
    '-c',
    'user.name=a',
    '-c',
    'user.email=a@example.com',
    'commit-tree',
    tree,
    '-m',
    'c',
  ]).trim();
}

describe('checkPreservation', () => {
  let repo: string;
  beforeEach(() => {
    repo = tmpDir('dg-preserve-');
    git(repo, ['init', '-q', '--bare']);
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('accepts content changes and lists declared drops', async () => {
    const before = commitOf(repo, { 'README.md': ['# a\n'], 'app.env': ['TOKEN=secret\n'] });
    const after = commitOf(repo, { 'README.md': ['# a\n'], 'app.env': ['TOKEN=***REMOVED***\n'] });
    const report = await checkPreservation({
      resultPath: repo,
      refsBefore: new Map([
        ['refs/heads/main', before],
        ['refs/replace/x', before],
      ]),
      refsAfter: new Map([['refs/heads/main', after]]),
      droppedRefs: new Map([['refs/replace/x', 'replace refs name original ids']]),
      commitMap: new Map([[before, after]]),
      zeroId: ZERO,
      renamedPaths: new Map(),
    });
    expect(report).toEqual({
      durationMs: expect.any(Number),
      waitedMs: 0,
      refsKept: 1,
      refsDropped: [{ ref: 'refs/replace/x', reason: 'replace refs name original ids' }],
      commitsCompared: 1,
      problems: [],
    });
  });

  it('reports a lost ref, a lost or added path and a changed mode', async () => {
    const before = commitOf(repo, {
      'README.md': ['# a\n'],
      'readme.md': ['lower\n'],
      'run.sh': ['echo\n', '100755'],
    });
    const after = commitOf(repo, { 'README.md': ['# b\n'], 'run.sh': ['echo\n'], 'extra.txt': ['x\n'] });
    const pruned = commitOf(repo, { 'gone.txt': ['x\n'] });
    const report = await checkPreservation({
      resultPath: repo,
      refsBefore: new Map([
        ['refs/heads/main', before],
        ['refs/tags/v1', before],
      ]),
      refsAfter: new Map([['refs/heads/main', after]]),
      droppedRefs: new Map(),
      commitMap: new Map([
        [before, after],
        [pruned, ZERO],
      ]),
      zeroId: ZERO,
      renamedPaths: new Map(),
    });
    expect(report.commitsCompared).toBe(1);
    expect(report.problems.sort()).toEqual(
      [
        'ref refs/tags/v1 is missing from the result',
        `commit ${before}: path extra.txt added`,
        `commit ${before}: path readme.md removed`,
        `commit ${before}: path run.sh changed mode`,
      ].sort(),
    );
  });
});
