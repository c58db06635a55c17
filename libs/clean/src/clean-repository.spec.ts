// End-to-end behaviour of a clean on real repositories built with git in a temp dir.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanRepository } from './clean-repository';
import type { Replacement } from './replacement.model';
import {
  ALL_SECRETS,
  AWS_KEY,
  BINARY_CONTENT,
  GH_TOKEN,
  PRIVATE_KEY,
  ROTATED_KEY,
  SUBJECTS,
  createHistoryRepo,
  git,
  snapshot,
  tmpDir,
} from './testing/history-repo.fixture';

const replacements: Replacement[] = [
  { kind: 'literal', pattern: AWS_KEY, label: 'fp-aws' },
  { kind: 'literal', pattern: ROTATED_KEY, label: 'fp-aws-rotated' },
  { kind: 'literal', pattern: GH_TOKEN, label: 'fp-github' },
  { kind: 'literal', pattern: PRIVATE_KEY, label: 'fp-private-key' },
];

const identities = (dir: string) =>
  git(dir, ['log', '--all', '--date=raw', '--format=%an %ae %ad %cn %ce %cd']).trim().split('\n').sort();

// Every text file version in every commit, every commit and tag message: no secret left.
function secretsLeft(dir: string): string[] {
  const left: string[] = [];
  for (const secret of ALL_SECRETS) {
    for (const commit of git(dir, ['rev-list', '--all']).trim().split('\n')) {
      const hits = git(
        dir,
        ['grep', '-I', '-l', '-F', '-e', secret.split('\n')[1] ?? secret, commit],
        undefined,
        true,
      );
      if (hits.trim()) left.push(`${commit}: ${hits.trim()}`);
    }
    const messages =
      git(dir, ['log', '--all', '--format=%B']) +
      git(dir, ['for-each-ref', '--format=%(contents)', 'refs/tags']);
    if (messages.includes(secret)) left.push('message');
  }
  return left;
}

describe('cleanRepository into a fresh mirror', () => {
  let repo: string;
  let out: string;
  let before: Map<string, string>;
  let refsBefore: string;
  let result: Awaited<ReturnType<typeof cleanRepository>>;
  const orig = (subject: string) => git(repo, ['log', '--all', '--format=%H', `--grep=^${subject}`]).trim();

  beforeAll(async () => {
    repo = createHistoryRepo();
    out = join(tmpDir(), 'clean.git');
    refsBefore = git(repo, ['for-each-ref']) + git(repo, ['rev-parse', 'HEAD']);
    before = snapshot(repo);
    result = await cleanRepository({
      repoPath: repo,
      replacements,
      outputDir: out,
      allowBinaryLeftovers: true,
    });
  }, 60_000);

  it('leaves the original repository byte for byte unchanged', () => {
    expect(snapshot(repo)).toEqual(before);
    expect(git(repo, ['for-each-ref']) + git(repo, ['rev-parse', 'HEAD'])).toBe(refsBefore);
    expect(git(repo, ['status', '--porcelain'])).toBe('');
    // The original still holds the secrets: the test would be meaningless otherwise.
    expect(secretsLeft(repo).length).toBeGreaterThan(0);
  });

  it('removes every value from every branch, tag, blob and message', () => {
    expect(secretsLeft(out)).toEqual([]);
    expect(git(out, ['show', 'main:settings/config.env'])).toBe('AWS_KEY=***REMOVED***\nregion=eu-west-1\n');
    expect(git(out, ['show', 'main:id_rsa'])).toBe('***REMOVED***\n');
    expect(git(out, ['show', 'main:win/id_rsa.txt'])).toBe('***REMOVED***\r\n');
    expect(git(out, ['show', 'feature:run.sh'])).toContain('curl -u ***REMOVED*** https');
    expect(git(out, ['log', '-1', '--format=%B', 'feature'])).toContain('token used: ***REMOVED***');
    expect(git(out, ['cat-file', '-p', 'v1.0'])).toContain('built with ***REMOVED***');
  });

  it('keeps all branches and tags, lightweight and annotated, and HEAD', () => {
    const refs = git(out, ['for-each-ref', '--format=%(objecttype) %(refname)']).trim().split('\n').sort();
    expect(refs).toEqual([
      'commit refs/heads/feature',
      'commit refs/heads/main',
      'commit refs/heads/signed',
      'commit refs/tags/v1-light',
      'tag refs/tags/v0.9-signed',
      'tag refs/tags/v1.0',
    ]);
    expect(git(out, ['symbolic-ref', 'HEAD']).trim()).toBe('refs/heads/main');
  });

  it('writes the branches of a fresh mirror as one packed-refs file, no scratch ref left', () => {
    const packed = readFileSync(join(out, 'packed-refs'), 'utf8');
    expect(packed).toContain(`${git(out, ['rev-parse', 'main']).trim()} refs/heads/main\n`);
    expect(existsSync(join(out, 'refs', 'heads', 'main'))).toBe(false);
    expect(git(out, ['for-each-ref', 'refs/deployguard-tmp/'])).toBe('');
    expect(git(out, ['show-ref', '--verify', 'refs/heads/feature'])).toContain('refs/heads/feature');
  });

  it('preserves authors, committers, dates and file modes', () => {
    const expected = identities(repo);
    // The pruned commit's identity line is the only one gone.
    const pruned = git(repo, [
      'log',
      '-1',
      '--date=raw',
      '--format=%an %ae %ad %cn %ce %cd',
      orig(SUBJECTS.rotate),
    ]).trim();
    expected.splice(expected.indexOf(pruned), 1);
    expect(identities(out)).toEqual(expected);
    expect(git(out, ['ls-tree', 'main', 'id_rsa', 'run.sh'])).toMatch(
      /^100644 .*id_rsa\n100755 .*run\.sh\n$/,
    );
  });

  it('prunes the commit that became empty and keeps the one empty from the start', () => {
    const subjects = git(out, ['log', '--format=%s', 'main']).trim().split('\n');
    expect(subjects).not.toContain(SUBJECTS.rotate);
    expect(subjects).toContain(SUBJECTS.empty);
    expect(result.report.prunedCommits).toEqual([orig(SUBJECTS.rotate)]);
    expect(result.commitMap.get(orig(SUBJECTS.rotate))).toBe('0'.repeat(40));
    // The lightweight tag on the pruned commit moved to its parent.
    expect(git(out, ['log', '-1', '--format=%s', 'v1-light']).trim()).toBe(SUBJECTS.key);
  });

  it('keeps the merge with both parents and follows the rename', () => {
    const parents = git(out, ['rev-list', '--parents', '-n1', 'main']).trim().split(' ');
    expect(parents).toHaveLength(3);
    expect(git(out, ['log', '-1', '--format=%s', parents[2]]).trim()).toBe(SUBJECTS.feature);
    expect(git(out, ['ls-tree', '--name-only', 'main']).split('\n')).not.toContain('config.env');
  });

  it('leaves binary blobs untouched and lists them', () => {
    const blob = git(repo, ['rev-parse', 'main:assets/logo.bin']).trim();
    expect(git(out, ['rev-parse', 'main:assets/logo.bin']).trim()).toBe(blob);
    expect(execBuffer(out, ['cat-file', 'blob', blob]).equals(BINARY_CONTENT)).toBe(true);
    expect(result.report.binaryBlobs).toEqual([{ path: 'assets/logo.bin', blob, labels: ['fp-aws'] }]);
  });

  it('writes a commit map and a ref map for every commit and ref', () => {
    const map = readFileSync(join(out, 'commit-map'), 'utf8').trim().split('\n');
    expect(map[0]).toBe('old new');
    const all = git(repo, ['rev-list', '--all']).trim().split('\n');
    expect(map.length - 1).toBe(all.length);
    for (const line of map.slice(1)) {
      const [oldId, newId] = line.split(' ');
      expect(all).toContain(oldId);
      if (newId !== '0'.repeat(40)) expect(git(out, ['cat-file', '-t', newId]).trim()).toBe('commit');
    }
    const refMap = readFileSync(join(out, 'ref-map'), 'utf8');
    expect(refMap).toContain(
      `${git(repo, ['rev-parse', 'main']).trim()} ${git(out, ['rev-parse', 'main']).trim()} refs/heads/main`,
    );
  });

  it('reports per replacement by label, notes dropped signatures, ends with the rotation reminder', () => {
    const r = result.report;
    const aws = r.replacements.find((x) => x.label === 'fp-aws')!;
    expect(aws.commits).toEqual(expect.arrayContaining([orig(SUBJECTS.initial), orig(SUBJECTS.feature)]));
    expect(aws.paths).toEqual(['config.env', 'run.sh']);
    expect(aws.occurrences).toBe(2);
    const gh = r.replacements.find((x) => x.label === 'fp-github')!;
    expect(gh.commits).toEqual([orig(SUBJECTS.feature)]);
    expect(gh.tags).toEqual(['v1.0']);
    const key = r.replacements.find((x) => x.label === 'fp-private-key')!;
    expect(key.paths).toEqual(['id_rsa', 'win/id_rsa.txt']);
    expect(r.signatures.signedTags).toBe(1);
    expect(r.signatures.signedCommits).toBe(1);
    expect(r.signatures.note).toMatch(/dropped/);
    expect(git(out, ['cat-file', '-p', 'v0.9-signed'])).not.toContain('PGP SIGNATURE');
    expect(r.verification.verified).toBe(true);
    expect(r.totals.commitsPruned).toBe(1);
    const onDisk = readFileSync(join(out, 'deployguard-clean-report.json'), 'utf8');
    const keys = Object.keys(JSON.parse(onDisk));
    expect(keys[keys.length - 1]).toBe('reminder');
    expect(JSON.parse(onDisk).reminder).toMatch(/rotated/);
  });

  it('never writes a secret value into the report or the maps', () => {
    const texts = ['deployguard-clean-report.json', 'commit-map', 'ref-map'].map((f) =>
      readFileSync(join(out, f), 'utf8'),
    );
    texts.push(JSON.stringify(result.report));
    for (const text of texts) for (const s of ALL_SECRETS) expect(text).not.toContain(s.split('\n')[1] ?? s);
  });

  it('delivers a standalone repository: no alternates, fsck clean, old objects gone', () => {
    expect(existsSync(join(out, 'objects', 'info', 'alternates'))).toBe(false);
    git(out, ['fsck', '--full', '--strict']);
    const oldBlob = git(repo, ['rev-parse', `${orig(SUBJECTS.initial)}:config.env`]).trim();
    expect(() => git(out, ['cat-file', '-e', oldBlob])).toThrow();
  });
});

function execBuffer(cwd: string, args: string[]): Buffer {
  return execFileSync('git', args, { cwd });
}

describe('cleanRepository in place', () => {
  it('saves every ref under a backup namespace, rewrites, and updates the work tree', async () => {
    const repo = createHistoryRepo();
    const refs = git(repo, ['for-each-ref', '--format=%(objectname) %(refname)']).trim().split('\n');
    const result = await cleanRepository({
      repoPath: repo,
      replacements,
      inPlace: true,
      allowBinaryLeftovers: true,
    });

    const ns = result.report.backup!.namespace;
    expect(ns).toMatch(/^refs\/deployguard-backup\/\d{8}T\d{6}Z$/);
    for (const line of refs) {
      const [oid, ref] = line.split(' ');
      expect(git(repo, ['rev-parse', `${ns}/${ref.slice(5)}`]).trim()).toBe(oid);
    }
    expect(result.report.backup!.note).toMatch(/until you delete/);
    // Live refs are rewritten, the backups still hold the old history.
    expect(git(repo, ['show', 'main:id_rsa'])).toBe('***REMOVED***\n');
    expect(git(repo, ['show', `${ns}/heads/main:id_rsa`])).toBe(PRIVATE_KEY + '\n');
    expect(readFileSync(join(repo, 'settings', 'config.env'), 'utf8')).toBe(
      'AWS_KEY=***REMOVED***\nregion=eu-west-1\n',
    );
    expect(git(repo, ['status', '--porcelain'])).toBe('');
    expect(existsSync(join(repo, '.git', 'deployguard', 'commit-map'))).toBe(true);
    expect(existsSync(join(repo, '.git', 'deployguard', 'deployguard-clean-report.json'))).toBe(true);
    expect(result.report.verification.verified).toBe(true);
  }, 60_000);

  it('refuses a dirty work tree and changes nothing', async () => {
    const repo = createHistoryRepo();
    writeFileSync(join(repo, 'README.md'), 'local edit\n');
    const refs = git(repo, ['for-each-ref']);
    await expect(cleanRepository({ repoPath: repo, replacements, inPlace: true })).rejects.toThrow(
      /uncommitted changes.*accepted for in-place: a clean work tree/,
    );
    expect(git(repo, ['for-each-ref'])).toBe(refs);
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toBe('local edit\n');
  });
});
