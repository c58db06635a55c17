// Bad input and failed verification: clear errors, no secret in any message, original untouched.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanRepository } from './clean-repository';
import { CleanInputError, CleanVerificationError } from './clean.errors';
import type { Replacement } from './replacement.model';
import { parseReplaceFile } from './replacement.parser';
import {
  ALL_SECRETS,
  AWS_KEY,
  GH_TOKEN,
  createHistoryRepo,
  git,
  snapshot,
  tmpDir,
} from './testing/history-repo.fixture';

const replacements: Replacement[] = [
  { kind: 'literal', pattern: AWS_KEY, label: 'fp-aws' },
  { kind: 'literal', pattern: GH_TOKEN, label: 'fp-github' },
];

async function errorOf(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

function expectNoSecret(text: string): void {
  for (const s of ALL_SECRETS) expect(text).not.toContain(s.split('\n')[1] ?? s);
}

describe('clean input errors', () => {
  let repo: string;
  let before: Map<string, string>;
  beforeAll(() => {
    repo = createHistoryRepo();
    before = snapshot(repo);
  });
  afterEach(() => expect(snapshot(repo)).toEqual(before));

  it('rejects a path that is not a repository', async () => {
    const dir = tmpDir();
    const err = await errorOf(
      cleanRepository({ repoPath: dir, replacements, outputDir: join(tmpDir(), 'o') }),
    );
    expect(err).toBeInstanceOf(CleanInputError);
    expect(err.message).toMatch(
      /^not a git repository: .*accepted: the path of a git work tree or of a bare repository/,
    );
  });

  it('rejects a path that does not exist', async () => {
    const err = await errorOf(cleanRepository({ repoPath: '/nonexistent/dg', replacements }));
    expect(err.message).toMatch(/repository path does not exist: \/nonexistent\/dg/);
  });

  it('rejects a non-empty output directory and leaves it alone', async () => {
    const out = tmpDir();
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const err = await errorOf(cleanRepository({ repoPath: repo, replacements, outputDir: out }));
    expect(err).toBeInstanceOf(CleanInputError);
    expect(err.message).toMatch(
      /already exists and is not empty; accepted: a path that does not exist yet or an empty directory/,
    );
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('rejects an unwritable output directory', async () => {
    let out: string;
    if (process.getuid?.() === 0) {
      // root ignores permission bits; sysfs refuses new directories even to root.
      out = '/sys/deployguard-clean-test/out';
    } else {
      const parent = tmpDir();
      chmodSync(parent, 0o555);
      out = join(parent, 'out');
    }
    const err = await errorOf(cleanRepository({ repoPath: repo, replacements, outputDir: out }));
    expect(err).toBeInstanceOf(CleanInputError);
    expect(err.message).toMatch(
      /cannot create output directory .*; accepted: a new or empty directory in a writable location/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('rejects an output directory inside the repository', async () => {
    const err = await errorOf(
      cleanRepository({ repoPath: repo, replacements, outputDir: join(repo, 'out') }),
    );
    expect(err.message).toMatch(/overlaps the repository/);
  });

  it('rejects an empty selection', async () => {
    const err = await errorOf(
      cleanRepository({ repoPath: repo, replacements: [], outputDir: join(tmpDir(), 'o') }),
    );
    expect(err.message).toMatch(/no replacements given/);
  });

  it('names the line of an invalid regex, never its content', () => {
    const text = `# replacements\nliteral:${AWS_KEY}\nregex:${GH_TOKEN}(unclosed\n`;
    let err: Error | undefined;
    try {
      parseReplaceFile(text);
    } catch (e) {
      err = e as Error;
    }
    expect(err).toBeInstanceOf(CleanInputError);
    expect(err!.message).toMatch(
      /^replace file line 3: invalid regular expression.*accepted: "literal:VALUE"/,
    );
    expectNoSecret(err!.message);
  });
});

describe('failed verification', () => {
  it('throws for a mirror, marks the report unverified, and never names a value', async () => {
    const repo = createHistoryRepo();
    const before = snapshot(repo);
    const out = join(tmpDir(), 'clean.git');
    const commit = git(repo, ['rev-parse', 'main']).trim();
    const err = await errorOf(
      cleanRepository({
        repoPath: repo,
        replacements,
        outputDir: out,
        allowBinaryLeftovers: true,
        // Stands in for the scanner: it claims a secret remains.
        verify: async () => ({ remaining: [{ label: 'fp-scanner-found', commits: [commit] }] }),
      }),
    );
    expect(err).toBeInstanceOf(CleanVerificationError);
    expect(err.message).toMatch(
      /verification failed: values still present: fp-scanner-found; the mirror at .* is NOT clean/,
    );
    expectNoSecret(err.message);
    const report = JSON.parse(readFileSync(join(out, 'deployguard-clean-report.json'), 'utf8'));
    expect(report.verification.verified).toBe(false);
    // The value left in the fixture's binary file is listed too, accepted (binary_only).
    expect(report.verification.remaining.filter((r: { binary_only?: boolean }) => !r.binary_only)).toEqual([
      { label: 'fp-scanner-found', commits: [commit] },
    ]);
    expectNoSecret(JSON.stringify(report));
    expect(snapshot(repo)).toEqual(before);
  }, 60_000);

  it('catches a value the rewrite did not remove with the built-in literal check', async () => {
    const repo = createHistoryRepo();
    const out = join(tmpDir(), 'clean.git');
    const err = await errorOf(
      cleanRepository({
        repoPath: repo,
        // The replacement text re-inserts the value: the rewrite "succeeds" but the result is not clean.
        replacements: [{ kind: 'literal', pattern: AWS_KEY, replacement: `[${AWS_KEY}]`, label: 'fp-aws' }],
        outputDir: out,
      }),
    );
    expect(err).toBeInstanceOf(CleanVerificationError);
    const remaining = (err as CleanVerificationError).remaining;
    expect(remaining.map((r) => r.label)).toEqual(['fp-aws']);
    expect(remaining[0].objects!.length).toBeGreaterThan(0);
    expectNoSecret(err.message);
  }, 60_000);

  it('in place: throws and keeps the backup refs to restore from', async () => {
    const repo = createHistoryRepo();
    const main = git(repo, ['rev-parse', 'main']).trim();
    const err = await errorOf(
      cleanRepository({
        repoPath: repo,
        replacements,
        inPlace: true,
        allowBinaryLeftovers: true,
        verify: async () => ({ remaining: [{ label: 'fp-aws', commits: ['deadbeef'] }] }),
      }),
    );
    expect(err).toBeInstanceOf(CleanVerificationError);
    expect(err.message).toMatch(/restore from the backup refs under refs\/deployguard-backup\//);
    const backups = git(repo, [
      'for-each-ref',
      '--format=%(objectname) %(refname)',
      'refs/deployguard-backup/',
    ]);
    expect(backups).toContain(`${main} refs/deployguard-backup/`);
    expectNoSecret(err.message);
  }, 60_000);

  it('in place on a bare repository with a previous backup: the backup is neither rewritten nor scanned', async () => {
    const work = createHistoryRepo();
    const bare = join(tmpDir(), 'bare.git');
    git(work, ['clone', '-q', '--mirror', work, bare]);
    git(bare, ['update-ref', 'refs/deployguard-backup/20000101T000000Z/heads/main', 'main']);
    const old = git(bare, ['rev-parse', 'refs/deployguard-backup/20000101T000000Z/heads/main']).trim();
    const result = await cleanRepository({
      repoPath: bare,
      replacements,
      inPlace: true,
      allowBinaryLeftovers: true,
    });
    expect(result.report.verification.verified).toBe(true);
    expect(git(bare, ['rev-parse', 'refs/deployguard-backup/20000101T000000Z/heads/main']).trim()).toBe(old);
  }, 60_000);
});
