// History and working-tree scans on real repositories built here with git.
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { defaultRules, loadScanConfig, buildConfig } from '@deployguard/detect';
import {
  checkout,
  commitFiles,
  createBranch,
  createTag,
  git,
  initRepo,
  makeTempDir,
  removeDir,
} from '../../../test/support/git-fixtures';
import { scanRepository } from './repository-scan';
import type { ScanReport } from '@deployguard/report';
import type { ScanOptions } from './scan.types';

const config = loadScanConfig(null, defaultRules);
const PAT_A = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const PAT_B = 'ghp_' + 'Lq7Xw2Mz9Rb4Tn6Vc1Yk8Hd3Pf5Ja0Gs2EuW';
const AWS = 'AKIA' + 'QW3ER7TY2UI5OP4Z';

const scan = (path: string, extra: Partial<ScanOptions> = {}) =>
  scanRepository({ path, history: true, config, ...extra }).then((r) => r.report);

describe('history scan', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('dg-scan-');
  });
  afterEach(() => removeDir(dir));

  it('finds a secret added then deleted, at the commit that introduced it, with author and message', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'README.md': 'hello\n' }, 'init');
    const added = commitFiles(
      repo,
      { 'src/config.js': `// settings\nconst token = "${PAT_A}";\n` },
      'add config\n\nlong body',
      {
        date: '2024-02-01T10:00:00Z',
      },
    );
    commitFiles(repo, { 'src/config.js': '// settings\nconst token = process.env.TOKEN;\n' }, 'remove token');
    const report = await scan(repo);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      rule_id: 'github-pat',
      file: 'src/config.js',
      line: 2,
      column: 16,
      commit: added,
      author: 'Test Author',
      email: 'author@example.com',
      message: 'add config',
    });
    expect(report.findings[0].date).toMatch(/^2024-02-01T10:00:00/);
    expect(JSON.stringify(report)).not.toContain(PAT_A);
    expect(report.stats).toMatchObject({ mode: 'history', commits: 3, is_git_repository: true });
  });

  // Every blob of the object store is read while git indexes the history; what no commit or tag
  // reaches, and what sits only under ignored paths, must still not be reported nor counted.
  it('reports and counts only the blobs history reaches, though it reads the whole store', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { '.deployguardignore': 'fixtures/\n', 'app.js': 'ok\n' }, 'init');
    commitFiles(repo, { 'fixtures/token.txt': `token = "${PAT_A}"\n` }, 'fixture');
    writeFileSync(join(dir, 'dangling.txt'), `token = "${PAT_B}"\n`);
    git(repo, ['hash-object', '-w', join(dir, 'dangling.txt')]); // in the store, reached by nothing
    const report = await scan(repo);
    expect(report.findings).toEqual([]);
    expect(report.stats).toMatchObject({ blobs_scanned: 2, bytes_scanned: 'fixtures/\n'.length + 3 });
    expect(report.skipped).toEqual([]);
  });

  it('stops reading the store when the history cannot be indexed', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'a.txt': `token = "${PAT_A}"\n` }, 'init');
    await expect(scan(repo, { revs: ['no-such-branch'] })).rejects.toThrow(/git log failed/);
  });

  it('times each phase of a history scan (for the benchmark), and not a working-tree scan', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'src/config.js': `const token = "${PAT_A}";\n`, 'README.md': 'hello\n' }, 'init');
    const history = await scanRepository({ path: repo, history: true, config });
    expect(history.timings.map((t) => t.phase)).toEqual([
      'ref listing',
      'history index',
      'blob read',
      'detection',
      'attribution',
    ]);
    for (const t of history.timings) expect(t.wallMs).toBeGreaterThanOrEqual(0);
    const read = history.timings.find((t) => t.phase === 'blob read')!;
    expect(read.bytes).toBe(history.report.stats.bytes_scanned);
    expect(read.bytes).toBeGreaterThan(0);
    expect(read.cpuMs).toBeGreaterThanOrEqual(0);
    const tree = await scanRepository({ path: repo, history: false, config });
    expect(tree.timings).toEqual([]);
  });

  it('redacts a secret pasted into the message of a commit that introduced a finding', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'a.env': `GITHUB_TOKEN=${PAT_A}\n` }, `add token ${PAT_B} for ci`);
    const report = await scan(repo);
    // the file finding, and the message's own finding (location commit-message)
    expect(report.findings.map((f) => f.location).sort()).toEqual(['commit-message', 'file']);
    expect(report.findings[0].message).toMatch(/^add token ghp\*{5}\w{3} for ci$/);
    expect(JSON.stringify(report)).not.toContain(PAT_B);
  });

  it('redacts from messages a value found elsewhere that no rule finds in the message itself', async () => {
    const repo = initRepo(join(dir, 'r'));
    // A bare AWS secret key: only its `aws_secret_access_key=` assignment makes it a finding.
    const awsSecret = 'wfnN8q/Lr2Xc+7TbPz' + 'K4sVd1HmJ6yEa9GuQo3WiB';
    commitFiles(repo, { 'config.env': `AWS_SECRET_ACCESS_KEY=${awsSecret}\n` }, `set key to ${awsSecret}`);
    const report = await scan(repo);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.find((f) => f.file === 'config.env')!.message).toMatch(/^set key to wfn\*+/);
    expect(JSON.stringify(report)).not.toContain(awsSecret);
  });

  it('reports a secret that stays while other lines change once, at its introducing commit', async () => {
    const repo = initRepo(join(dir, 'r'));
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}`).join('\n');
    const intro = commitFiles(repo, { 'app.py': `${lines(3)}\nKEY = "${PAT_A}"\n` }, 'intro');
    commitFiles(repo, { 'app.py': `${lines(10)}\nKEY = "${PAT_A}"\n` }, 'more lines above');
    commitFiles(repo, { 'app.py': `${lines(10)}\nKEY = "${PAT_A}"\nprint(1)\n` }, 'more below');
    const report = await scan(repo);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ commit: intro, line: 4, file: 'app.py' });
  });

  it('lists the findings of a commit by file and line, however git packed the objects', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, {
      'a.env': `TOKEN=${PAT_A}\n`,
      'b.env': `AWS=${AWS}\n`,
      'big.txt': `${'#'.repeat(3000)}\nTOKEN=${PAT_B}\n`,
    });
    const places = (report: { findings: { file: string | null; line: number }[] }) =>
      report.findings.map((f) => `${f.file}:${f.line}`);
    const expected = ['a.env:1', 'b.env:1', 'big.txt:2'];
    expect(places(await scan(repo))).toEqual(expected);
    git(repo, ['gc', '-q', '--aggressive', '--prune=now']);
    expect(places(await scan(repo))).toEqual(expected);
  });

  it('reports the same secret in two files as two findings with different fingerprints', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'a.env': `GITHUB_TOKEN=${PAT_A}\n`, 'b/c.env': `GITHUB_TOKEN=${PAT_A}\n` }, 'two');
    const report = await scan(repo);
    expect(report.findings.map((f) => f.file).sort()).toEqual(['a.env', 'b/c.env']);
    expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('covers every ref: branches, tags, merges (including a conflict resolution), renames and deletions', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'base.txt': 'base\n' }, 'base');
    createBranch(repo, 'feature');
    checkout(repo, 'feature');
    const onBranch = commitFiles(repo, { 'feature.txt': `x = "${PAT_A}"\n` }, 'feature secret');
    git(repo, ['mv', 'feature.txt', 'renamed.txt']);
    const renamed = commitFiles(repo, {}, 'rename');
    commitFiles(repo, { 'renamed.txt': null }, 'delete');
    checkout(repo, 'main');
    // A commit reachable only from an annotated tag.
    createBranch(repo, 'tmp');
    checkout(repo, 'tmp');
    const tagged = commitFiles(repo, { 'release.cfg': `aws_access_key_id = ${AWS}\n` }, 'release');
    createTag(repo, 'v1', { message: 'release v1' });
    checkout(repo, 'main');
    git(repo, ['branch', '-D', 'tmp']);
    // A merge whose conflict resolution introduces a secret neither parent had.
    commitFiles(repo, { 'conflict.txt': 'main side\n' }, 'main side');
    createBranch(repo, 'other', 'HEAD~1');
    checkout(repo, 'other');
    commitFiles(repo, { 'conflict.txt': 'other side\n' }, 'other side');
    checkout(repo, 'main');
    expect(() => git(repo, ['merge', '--no-edit', 'other'])).toThrow();
    writeFileSync(join(repo, 'conflict.txt'), `resolved\nsecret = "${PAT_B}"\n`);
    git(repo, ['add', 'conflict.txt']);
    git(repo, ['commit', '--quiet', '--no-edit']);
    const merge = git(repo, ['rev-parse', 'HEAD']);

    const report = await scan(repo);
    const at = (file: string) => report.findings.find((f) => f.file === file);
    expect(at('feature.txt')).toMatchObject({ commit: onBranch, rule_id: 'github-pat' });
    expect(at('renamed.txt')).toMatchObject({ commit: renamed });
    expect(at('release.cfg')).toMatchObject({ commit: tagged, rule_id: 'aws-access-key-id' });
    expect(at('conflict.txt')).toMatchObject({ commit: merge, line: 2 });
    expect(report.findings).toHaveLength(4);
    expect(report.stats.refs).toBe(4); // main, feature, other, v1

    const onlyFeature = await scan(repo, { revs: ['feature'] });
    expect(onlyFeature.findings.map((f) => f.file).sort()).toEqual(['feature.txt', 'renamed.txt']);
  });

  it('skips binary and oversized blobs with a note, and keeps scanning', async () => {
    const repo = initRepo(join(dir, 'r'));
    const binary = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(PAT_A)]);
    commitFiles(
      repo,
      { 'logo.png': binary, 'big.txt': `${'a'.repeat(5000)}\n${PAT_A}\n`, 'ok.txt': `t=${PAT_B}\n` },
      'files',
    );
    const small = buildConfig({ max_file_size_mb: 0.001 }, defaultRules, '');
    const report = await scan(repo, { config: small });
    expect(report.findings.map((f) => f.file)).toEqual(['ok.txt']);
    expect(report.stats).toMatchObject({ skipped_binary: 1, skipped_too_large: 1 });
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'logo.png', reason: 'binary' }),
        expect.objectContaining({ file: 'big.txt', reason: 'too-large' }),
      ]),
    );
  });

  it('lists the first 1000 skipped items and says once that the list is cut', async () => {
    const repo = initRepo(join(dir, 'r'));
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 1010; i++) files[`bin/${i}.dat`] = Buffer.from([0, 1, 2, i & 255, i >> 8]);
    commitFiles(repo, files, 'many binaries');
    const report = await scan(repo);
    expect(report.stats.skipped_binary).toBe(1010);
    expect(report.skipped).toHaveLength(1000);
    expect(report.warnings.filter((w) => /skipped items: the list is cut/.test(w))).toEqual([
      'more than 1000 skipped items: the list is cut',
    ]);
  });

  it('reports a missing object and scans the rest (a damaged repository is not fatal)', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'lost.txt': `t=${PAT_A}\n`, 'kept.txt': `t=${PAT_B}\n` }, 'two files');
    const lost = git(repo, ['rev-parse', 'HEAD:lost.txt']);
    rmSync(join(repo, '.git', 'objects', lost.slice(0, 2), lost.slice(2)));
    const report = await scan(repo);
    // The lost blob's file is still in the work tree: read from there (no commit to name).
    expect(report.findings.map((f) => [f.file, f.commit !== null])).toEqual([
      ['kept.txt', true],
      ['lost.txt', false],
    ]);
    expect(report.stats.missing_objects).toBe(1);
    expect(report.skipped).toEqual([
      expect.objectContaining({ file: 'lost.txt', object: lost, reason: 'missing-object' }),
    ]);
  });

  it('reports the blobs a partial clone does not have, without fetching them', async () => {
    const source = initRepo(join(dir, 'source'));
    commitFiles(source, { 'a.env': `GITHUB_TOKEN=${PAT_A}\n` }, 'one');
    git(source, ['config', 'uploadpack.allowFilter', 'true']);
    const clone = join(dir, 'partial');
    git(dir, ['clone', '--quiet', '--no-checkout', '--filter=blob:none', `file://${source}`, clone]);
    const report = await scan(clone);
    expect(report.findings).toEqual([]);
    expect(report.skipped).toEqual([expect.objectContaining({ file: 'a.env', reason: 'missing-object' })]);
    // Still only the commit and its tree: the scan did not ask the promisor remote for the blob.
    expect(git(clone, ['count-objects', '-v'])).toMatch(/in-pack: 2\n/);
  });

  it('reports a corrupt object and scans the objects after it in a new reader', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, {
      'a-corrupt.txt': `t=${PAT_A}\n`,
      'b.txt': `t=${PAT_B}\n`,
      'c.txt': `aws_access_key_id = ${AWS}\n`,
    });
    const bad = git(repo, ['rev-parse', 'HEAD:a-corrupt.txt']);
    const file = join(repo, '.git', 'objects', bad.slice(0, 2), bad.slice(2));
    chmodSync(file, 0o644);
    writeFileSync(file, Buffer.from('this is not a zlib stream'));
    rmSync(join(repo, 'a-corrupt.txt')); // not in the work tree either
    const report = await scan(repo);
    expect(report.findings.map((f) => f.file).sort()).toEqual(['b.txt', 'c.txt']);
    expect(report.stats.missing_objects).toBe(1);
    expect(report.skipped).toEqual([
      expect.objectContaining({ file: 'a-corrupt.txt', object: bad, reason: 'missing-object' }),
    ]);
  });

  it('adds uncommitted and untracked files, without duplicating what history already has', async () => {
    const repo = initRepo(join(dir, 'r'));
    const c = commitFiles(repo, { 'committed.txt': `t=${PAT_A}\n` }, 'c');
    writeFileSync(join(repo, 'untracked.env'), `GITHUB_TOKEN=${PAT_B}\n`);
    const report = await scan(repo);
    expect(report.findings.map((f) => [f.file, f.commit])).toEqual([
      ['committed.txt', c],
      ['untracked.env', null],
    ]);
  });

  it('adds staged files: new, modified, and the staged version when the work tree differs', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { '.deployguardignore': 'vendor/\n', 'a.txt': 'hello\n' }, 'c');
    writeFileSync(join(repo, 'new.py'), `t='${PAT_A}'\n`);
    writeFileSync(join(repo, 'a.txt'), `hello\nt='${PAT_A}'\n`);
    mkdirSync(join(repo, 'vendor'));
    writeFileSync(join(repo, 'vendor', 'lib.py'), `t='${PAT_A}'\n`);
    // Staged, then taken out of the work tree: edited away, and deleted.
    writeFileSync(join(repo, 'edited.py'), `x = 1\nt='${PAT_B}'\n`);
    writeFileSync(join(repo, 'gone.py'), `t='${AWS}'\n`);
    git(repo, ['add', 'new.py', 'a.txt', 'vendor/lib.py', 'edited.py', 'gone.py']);
    writeFileSync(join(repo, 'edited.py'), 'x = 1\n');
    rmSync(join(repo, 'gone.py'));
    const report = await scan(repo);
    expect(report.findings.map((f) => [f.file, f.line, f.commit]).sort()).toEqual([
      ['a.txt', 2, null],
      ['edited.py', 2, null],
      ['gone.py', 1, null],
      ['new.py', 1, null],
    ]);
    expect(report.skipped).toEqual([]);
  });

  it('keeps the work-tree line of a value both staged and on disk, and scans a repository without commits', async () => {
    const repo = initRepo(join(dir, 'r'));
    writeFileSync(join(repo, 'a.py'), `t='${PAT_A}'\n`);
    git(repo, ['add', 'a.py']);
    writeFileSync(join(repo, 'a.py'), `# moved down\nt='${PAT_A}'\n`);
    const report = await scan(repo);
    expect(report.stats.commits).toBe(0);
    expect(report.findings.map((f) => [f.file, f.line, f.commit])).toEqual([['a.py', 2, null]]);
    expect(report.stats.blobs_scanned).toBe(2); // the work-tree file and the staged blob
  });

  it('honours .deployguardignore, inline allow comments and a baseline', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, {
      '.deployguardignore': 'fixtures/\n',
      'fixtures/token.txt': `t=${PAT_A}\n`,
      'allowed.txt': `t=${PAT_A} # deployguard:allow\n`,
      'real.txt': `t=${PAT_B}\n`,
      'other.txt': `aws_access_key_id = ${AWS}\n`,
    });
    const first = await scan(repo);
    expect(first.findings.map((f) => f.file).sort()).toEqual(['other.txt', 'real.txt']);
    const baseline = new Set(first.findings.filter((f) => f.file === 'real.txt').map((f) => f.fingerprint));
    const second = await scan(repo, { baseline });
    expect(second.findings.map((f) => f.file)).toEqual(['other.txt']);
    expect(second.stats.suppressed_by_baseline).toBe(1);
  });

  it('keeps fingerprints stable when unrelated lines change', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'a.txt': `t=${PAT_A}\n` });
    const before = (await scan(repo)).findings[0].fingerprint;
    const other = initRepo(join(dir, 'o'));
    commitFiles(other, { 'a.txt': `header\n\nt=${PAT_A}\nfooter\n` });
    expect((await scan(other)).findings[0].fingerprint).toBe(before);
  });

  it('rescans incrementally: only new commits and unseen blobs, the same fingerprints', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'a.txt': `t=${PAT_A}\n`, 'b.txt': 'plain\n' }, 'first');
    const full = await scanRepository({ path: repo, history: true, config });
    expect(full.state.objects).toHaveLength(2);
    const added = commitFiles(
      repo,
      { 'c.txt': `aws_access_key_id = ${AWS}\n`, 'b.txt': 'plain\nmore\n' },
      'second',
    );
    const rescan = await scanRepository({
      path: repo,
      history: true,
      config,
      incremental: { refTips: full.state.refTips, objects: new Set(full.state.objects) },
    });
    expect(rescan.report.stats).toMatchObject({ commits: 1, blobs_scanned: 2 });
    expect(rescan.report.findings.map((f) => [f.file, f.commit])).toEqual([['c.txt', added]]);
    expect(rescan.state.objects).toHaveLength(4);
    // A tip that no longer exists (force-push, gc) is ignored, not an error.
    const again = await scanRepository({
      path: repo,
      history: true,
      config,
      incremental: {
        refTips: ['0123456789012345678901234567890123456789', ...rescan.state.refTips],
        objects: new Set(rescan.state.objects),
      },
    });
    expect(again.report.stats.commits).toBe(0);
    expect(again.report.findings).toEqual([]);
  });

  it('scans every stash entry, also the older ones that only the stash reflog holds', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'a.txt': 'plain\n' }, 'first');
    writeFileSync(join(repo, 'a.txt'), `t=${PAT_A}\n`);
    git(repo, ['stash', 'push', '-m', 'older']);
    writeFileSync(join(repo, 'a.txt'), `aws_access_key_id = ${AWS}\n`);
    git(repo, ['stash', 'push', '-m', 'newer']);
    const report = await scan(repo);
    expect(report.findings.map((f) => f.rule_id).sort()).toEqual(['aws-access-key-id', 'github-pat']);
    // Without the reflog's entries only the newest (refs/stash) would be seen.
    const newest = await scan(repo, { revs: ['refs/stash'] });
    expect(newest.findings.map((f) => f.rule_id)).toEqual(['aws-access-key-id']);
  });

  // Flips bytes in the middle of a loose object's zlib stream: its header may still read, its
  // content does not.
  const corruptLoose = (repo: string, id: string): void => {
    const file = join(repo, '.git', 'objects', id.slice(0, 2), id.slice(2));
    chmodSync(file, 0o644);
    const bytes = readFileSync(file);
    for (let i = bytes.length >> 1; i < Math.min(bytes.length, (bytes.length >> 1) + 8); i++)
      bytes[i] ^= 0x55;
    writeFileSync(file, bytes);
  };

  it('goes on past a damaged tree: the commits after it are scanned, and the report says what was not', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'a.txt': 'one\n', 'd/b.txt': 'two\n' }, 'first');
    const damaged = commitFiles(repo, { 'c.txt': 'three\n' }, 'damaged tree');
    const child = commitFiles(repo, { 's.txt': `token = "${PAT_A}"\n` }, 'secret');
    commitFiles(repo, { 'e.txt': `aws_access_key_id = ${AWS}\n` }, 'after');
    corruptLoose(repo, git(repo, ['rev-parse', `${damaged}^{tree}`])); // its root tree

    const report = await scan(repo);
    // The secret commit cannot be compared with its damaged parent: its files count as its own.
    expect(report.findings.map((f) => [f.rule_id, f.file, f.commit, f.commit_boundary])).toEqual([
      ['github-pat', 's.txt', child, true],
      ['aws-access-key-id', 'e.txt', expect.any(String), false],
    ]);
    expect(report.stats.commits).toBe(4);
    expect(report.warnings).toEqual([
      expect.stringContaining(`1 commit(s) could not be compared with their parents (${child.slice(0, 12)})`),
      expect.stringContaining(
        `1 commit(s) or tag(s) could not be read, or their trees (${damaged.slice(0, 12)})`,
      ),
    ]);
  });

  it('walks around a damaged commit object: its children are scanned whole, the rest as usual', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'a.txt': `t=${PAT_A}\n` }, 'first');
    const broken = commitFiles(repo, { 'b.txt': `aws_access_key_id = ${AWS}\n` }, 'damaged commit');
    const child = commitFiles(repo, { 'c.txt': 'plain\n' }, 'child');
    createBranch(repo, 'side', 'HEAD~2');
    checkout(repo, 'side');
    const side = commitFiles(repo, { 'd.txt': `t=${PAT_B}\n` }, 'side');
    git(repo, ['tag', 'a-tree', `${side}^{tree}`]); // a ref to a tree: no history, nothing lost
    corruptLoose(repo, broken);
    const report = await scan(repo, { uncommitted: false });
    expect(report.findings.map((f) => [f.file, f.commit, f.commit_boundary]).sort()).toEqual([
      ['a.txt', expect.any(String), false],
      // introduced by the damaged commit, still in its child's tree
      ['b.txt', child, true],
      ['d.txt', side, false],
    ]);
    expect(report.warnings.join('\n')).toContain(
      `1 commit(s) or tag(s) could not be read, or their trees (${broken.slice(0, 12)})`,
    );
  });

  it('scans the rest of the history past a ref naming a missing object, a damaged stash entry or tag', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'a.txt': `t=${PAT_A}\n` }, 'first');
    // three stash entries, the middle one damaged: the oldest lives only in the stash's reflog
    writeFileSync(join(repo, 'a.txt'), `aws_access_key_id = ${AWS}\n`);
    git(repo, ['stash', 'push', '-m', 'oldest']);
    writeFileSync(join(repo, 'a.txt'), 'middle\n');
    git(repo, ['stash', 'push', '-m', 'middle']);
    writeFileSync(join(repo, 'a.txt'), 'newest\n');
    git(repo, ['stash', 'push', '-m', 'newest']);
    corruptLoose(repo, git(repo, ['rev-parse', 'stash@{1}']));
    // a damaged annotated tag, and an intact one on a tree holding a secret
    git(repo, ['tag', '-a', '-m', 'release', 'v1', 'HEAD']);
    const gitIn = (args: string[], input: string) =>
      execFileSync('git', args, { cwd: repo, input, encoding: 'utf8' }).trim();
    const blob = gitIn(['hash-object', '-w', '--stdin'], `t=${PAT_B}\n`);
    const tree = gitIn(['mktree'], `100644 blob ${blob}\ttagged.txt\n`);
    git(repo, ['tag', '-a', '-m', 'a tree', 'tree-tag', tree]);
    corruptLoose(repo, git(repo, ['rev-parse', 'v1']));
    const ghost = '0123456789abcdef0123456789abcdef01234567';
    writeFileSync(join(repo, '.git', 'refs', 'heads', 'ghost'), `${ghost}\n`);
    const report = await scan(repo);
    expect(report.findings.map((f) => [f.rule_id, f.file]).sort()).toEqual([
      ['aws-access-key-id', 'a.txt'],
      ['github-pat', 'a.txt'],
      ['github-pat', 'tagged.txt'],
    ]);
    expect(report.warnings.join('\n')).toContain(`refs/heads/ghost -> ${ghost.slice(0, 12)}`);
  });

  it('scans the work tree when git cannot read the object store at all (a truncated pack)', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'a.txt': `t=${PAT_A}\n`, 'b.txt': `aws_access_key_id = ${AWS}\n` }, 'first');
    git(repo, ['gc', '-q']);
    const packDir = join(repo, '.git', 'objects', 'pack');
    const pack = join(
      packDir,
      readdirSync(packDir).find((f) => f.endsWith('.pack'))!,
    );
    chmodSync(pack, 0o644);
    writeFileSync(pack, readFileSync(pack).subarray(0, -20));
    const report = await scan(repo);
    expect(report.findings.map((f) => [f.file, f.commit]).sort()).toEqual([
      ['a.txt', null],
      ['b.txt', null],
    ]);
    expect(report.warnings.join('\n')).toMatch(
      /the history could not be read .*only the files of the working tree/,
    );
  });

  it('refuses a repository whose git directory holds a named pipe (git would wait on it forever)', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'a.txt': 'one\n' }, 'first');
    const alternates = join(repo, '.git', 'objects', 'info', 'alternates');
    mkdirSync(join(repo, '.git', 'objects', 'info'), { recursive: true });
    execFileSync('mkfifo', [alternates]);
    await expect(scan(repo)).rejects.toThrow(`${alternates} is not a regular file (a named pipe`);
    // HEAD is read by git's very first call, in every kind of scan
    const other = initRepo(join(dir, 'o'));
    commitFiles(other, { 'a.txt': 'one\n' }, 'first');
    const head = join(other, '.git', 'HEAD');
    rmSync(head);
    execFileSync('mkfifo', [head]);
    for (const history of [true, false])
      await expect(scan(other, { history })).rejects.toThrow(`${head} is not a regular file`);
    // a shared clone reads its source's store as its own
    const source = initRepo(join(dir, 's'));
    commitFiles(source, { 'a.txt': 'one\n' }, 'first');
    const shared = join(dir, 'shared');
    git(dir, ['clone', '-q', '--shared', source, shared]);
    const graph = join(source, '.git', 'objects', 'info', 'commit-graph');
    execFileSync('mkfifo', [graph]);
    await expect(scan(shared)).rejects.toThrow(`${graph} is not a regular file`);
  });

  it('keeps file names that are not UTF-8 apart, and reads such a file from the work tree', async () => {
    const repo = initRepo(join(dir, 'r'));
    const name = (...bytes: number[]) =>
      Buffer.concat([Buffer.from('a'), Buffer.from(bytes), Buffer.from('.txt')]);
    const at = (file: Buffer) => Buffer.concat([Buffer.from(`${repo}/`), file]);
    writeFileSync(at(name(0xe9)), `t=${PAT_A}\n`);
    writeFileSync(at(name(0xff)), `t=${PAT_A}\n`);
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'latin-1 names']);
    const c = git(repo, ['rev-parse', 'HEAD']);
    writeFileSync(at(name(0xe8)), `aws_access_key_id = ${AWS}\n`);
    // untracked, in a directory so named; and a file whose real name looks escaped
    mkdirSync(at(Buffer.from([0x64, 0xe9])));
    writeFileSync(at(Buffer.from([0x64, 0xe9, 0x2f, 0x78])), `t=${PAT_B}\n`);
    writeFileSync(join(repo, 'b\\x41.txt'), `t=${PAT_B}\n`);
    for (const history of [true, false]) {
      const report = await scan(repo, { history });
      expect(report.findings.map((f) => [f.file, f.commit]).sort()).toEqual([
        ['a\\xe8.txt', null],
        ['a\\xe9.txt', history ? c : null],
        ['a\\xff.txt', history ? c : null],
        ['b\\x41.txt', null],
        ['d\\xe9/x', null],
      ]);
    }
  });

  it('says why a partial clone without trees cannot be scanned', async () => {
    const source = initRepo(join(dir, 'src'));
    commitFiles(source, { 'a.txt': 'one\n' }, 'first');
    commitFiles(source, { 'b.txt': 'two\n' }, 'second');
    git(source, ['config', 'uploadpack.allowFilter', 'true']);
    const clone = join(dir, 'treeless');
    git(dir, ['clone', '-q', '--no-checkout', '--filter=tree:0', `file://${source}`, clone]);
    await expect(scan(clone)).rejects.toThrow(/partial clone that only promised them.*--filter=blob:none/);
  });

  it("refuses, saying why, a repository git will not open (another user's), instead of scanning its files", async () => {
    const repo = initRepo(join(dir, 'theirs'));
    commitFiles(repo, { 'a.env': `TOKEN=${PAT_A}\n` });
    // root's git refuses a repository another user owns, as anyone's does
    if (process.getuid?.() !== 0) return;
    execFileSync('chown', ['-R', '65534:65534', repo]);
    await expect(scan(repo)).rejects.toThrow(/git will not open .*another user.*safe\.directory/);
    await expect(scan(repo, { history: false })).rejects.toThrow(/safe\.directory/);
  });

  it('refuses a directory whose .git git cannot open, instead of scanning it as plain files', async () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, '.git'), 'gitdir: nowhere/at/all\n');
    writeFileSync(join(broken, 'a.env'), `TOKEN=${PAT_A}\n`);
    await expect(scan(broken)).rejects.toThrow(
      /git cannot open .*broken as a repository \(.*\); run git fsck/,
    );
  });

  it('scans an empty repository without error', async () => {
    const repo = initRepo(join(dir, 'r'));
    const report = await scan(repo);
    expect(report.findings).toEqual([]);
    expect(report.stats.commits).toBe(0);
  });
});

describe('working-tree scan', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('dg-tree-');
  });
  afterEach(() => removeDir(dir));

  it('scans tracked and untracked files but not ignored ones', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { '.gitignore': 'build/\n', 'src/a.js': `const t = "${PAT_A}";\n` });
    mkdirSync(join(repo, 'build'));
    writeFileSync(join(repo, 'build', 'out.js'), `t="${PAT_B}"\n`);
    writeFileSync(join(repo, 'new.txt'), `aws_access_key_id = ${AWS}\n`);
    const report = await scan(repo, { history: false });
    expect(report.stats.mode).toBe('working-tree');
    expect(report.findings.map((f) => [f.file, f.commit])).toEqual([
      ['new.txt', null],
      ['src/a.js', null],
    ]);
  });

  it('scans a plain directory and says it is not a repository', async () => {
    writeFileSync(join(dir, 'settings.ini'), `token = ${PAT_A}\n`);
    const report = await scan(dir);
    expect(report.stats).toMatchObject({ is_git_repository: false, mode: 'working-tree' });
    expect(report.warnings.join('\n')).toMatch(/not a git repository/);
    expect(report.findings).toHaveLength(1);
  });

  it('skips an unreadable file with a note and scans the others', async () => {
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'ok.txt': `t=${PAT_A}\n` });
    // A symbolic link (here to itself) is never followed: noted, not read.
    symlinkSync('loop.txt', join(repo, 'loop.txt'));
    const report = await scan(repo, { history: false });
    expect(report.findings.map((f) => f.file)).toEqual(['ok.txt']);
    expect(report.stats.unreadable_files).toBe(1);
    expect(report.skipped).toEqual([
      expect.objectContaining({
        file: 'loop.txt',
        reason: 'unreadable',
        detail: 'symbolic link: not followed',
      }),
    ]);
  });
});

describe('file-name context', () => {
  // Each finding's file and one of its fields, sorted.
  const byFile = (report: ScanReport, field: 'rule_id' | 'confidence') =>
    report.findings.map((f) => [f.file, f[field]]).sort();
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('dg-scan-path-');
  });
  afterEach(() => removeDir(dir));

  it('gives each blob its path, so a rule bound to a file name runs in history and working-tree scans', async () => {
    const signingKey = {
      id: 'test-signing-key',
      description: 'a key file',
      severity: 'high' as const,
      keywords: ['signing.hex'],
      path: /(?:^|\/)signing\.hex$/,
      pattern: /^([0-9a-f]{32})$/m,
      samples: { positive: [], negative: [] },
    };
    const withPathRule = loadScanConfig(null, [...defaultRules, signingKey]);
    const value = '9f86d081884c7d659a2feaa0c55ad015';
    const repo = initRepo(join(dir, 'r'));
    const added = commitFiles(
      repo,
      { 'secrets/signing.hex': `${value}\n`, 'notes.txt': `${value}\n` },
      'add key',
    );
    const history = await scan(repo, { config: withPathRule });
    expect(history.findings).toEqual([
      expect.objectContaining({
        rule_id: 'test-signing-key',
        file: 'secrets/signing.hex',
        line: 1,
        commit: added,
      }),
    ]);
    const tree = await scan(repo, { config: withPathRule, history: false });
    expect(tree.findings.map((f) => f.file)).toEqual(['secrets/signing.hex']);
  });

  it("finds a Rails master key by its file's name, in history and in the working tree", async () => {
    const key = '4f1c8a9e2b7d60351e9a4c7f08d2b6e1';
    const repo = initRepo(join(dir, 'r'));
    // The same value in an ordinary file says nothing: it is a hex string like any other.
    commitFiles(repo, {
      'config/master.key': `${key}\n`,
      'config/credentials/production.key': key,
      'x.txt': key,
    });
    const expected = [
      ['config/credentials/production.key', 'rails-master-key'],
      ['config/master.key', 'rails-master-key'],
    ];
    expect(byFile(await scan(repo), 'rule_id')).toEqual(expected);
    expect(byFile(await scan(repo, { history: false }), 'rule_id')).toEqual(expected);
  });

  it('leaves generic findings out of a lock file only, not out of the same content at other paths', async () => {
    const content = 'api_key: Xq7#Lp2vR9_kM4tZ8wNb\n';
    const repo = initRepo(join(dir, 'r'));
    commitFiles(repo, { 'yarn.lock': content }, 'lock');
    git(repo, ['mv', 'yarn.lock', 'settings.yaml']);
    git(repo, ['commit', '-qm', 'rename']);
    // The same blob at a lock path and an ordinary one in one commit, the lock path first.
    commitFiles(repo, { 'a/go.sum': content, 'z/app.yaml': content }, 'both');
    const expected = [
      ['settings.yaml', 'generic-api-key'],
      ['z/app.yaml', 'generic-api-key'],
    ];
    expect(byFile(await scan(repo), 'rule_id')).toEqual(expected);
    expect(byFile(await scan(repo, { history: false }), 'rule_id')).toEqual(expected);
  });

  it('gives an example in documentation the same low confidence in history and working-tree scans', async () => {
    const hash =
      '$argon2id$v=19$m=65536,t=3,p=4$' +
      'MIIRqgvgQbgj220jfp0MPA$YfwJSVjtjSU0zzV/P3S9nnQ/USre2wvJMjfCIjrTQbg';
    const repo = initRepo(join(dir, 'r'));
    // The same blob at a documentation path and at a code path: one scan, two confidences.
    commitFiles(repo, { 'README.md': `>>> hash\n'${hash}'\n`, 'seed.py': `>>> hash\n'${hash}'\n` });
    const expected = [
      ['README.md', 'low'],
      ['seed.py', 'medium'],
    ];
    expect(byFile(await scan(repo), 'confidence')).toEqual(expected);
    expect(byFile(await scan(repo, { history: false }), 'confidence')).toEqual(expected);
  });
});
