// What a history scan sees beyond file content, through the real CLI: commit and tag metadata,
// secrets in paths, tags on blobs and trees, replace refs, and repositories whose history is
// incomplete (shallow, partial, damaged) — each said in the report and on stderr.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, expectExit, runCli } from './support/cli-runner';
import { commitFiles, fixtureEnv, git, initRepo, makeTempDir, removeDir } from './support/git-fixtures';
import { CONTRACT_FIELDS } from './support/report-contract';
import { sarifErrors } from './support/sarif-validator';

jest.setTimeout(60_000);

const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const AWS = 'AKIA' + 'QW3ER7TY2UI5OP4Z';
const SLACK = 'xoxb-' + '1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx';

interface Finding {
  fingerprint: string;
  rule_id: string;
  file: string | null;
  location: string;
  line: number;
  column: number;
  commit: string | null;
  ref: string | null;
  commit_boundary: boolean;
  secret_preview: string;
}

async function scanJson(repo: string, extra: string[] = []) {
  const run = await runCli(['scan', '--repo-path', repo, '--format', 'json', '--no-progress', ...extra]);
  if (run.code !== 0 && run.code !== 1) throw new Error(`scan exited ${run.code}: ${run.stderr}`);
  return {
    run,
    report: JSON.parse(run.stdout) as {
      findings: Finding[];
      stats: Record<string, number>;
      warnings: string[];
      skipped: { reason: string; object: string }[];
    },
  };
}

describe('history scan: commit and tag metadata', () => {
  let dir: string;
  let repo: string;
  let bodyCommit: string;
  let authorCommit: string;

  beforeAll(() => {
    dir = makeTempDir('dg-meta-');
    repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, { 'README.md': '# demo\n' }, 'init');
    bodyCommit = commitFiles(repo, { 'a.txt': 'a\n' }, `fix login\n\nused token ${PAT} to test`);
    // A later commit repeating the value: the finding keeps the commit that introduced it.
    commitFiles(repo, { 'b.txt': 'b\n' }, `again ${PAT}`);
    writeFileSync(join(repo, 'c.txt'), 'c\n');
    git(repo, ['add', 'c.txt']);
    git(repo, ['commit', '--quiet', '-m', 'by a bot'], {
      ...fixtureEnv(),
      GIT_AUTHOR_NAME: `deploy ${SLACK}`,
    });
    authorCommit = git(repo, ['rev-parse', 'HEAD']);
    git(repo, ['tag', '-a', 'v1', '-m', `release\n\naws key ${AWS} rotated`]);
  });
  afterAll(() => removeDir(dir));

  it('reports values in commit messages, author identities and tag messages, each once, with its location', async () => {
    const { run, report } = await scanJson(repo);
    expectExit(run, 1);
    expect(Object.keys(report.findings[0])).toEqual(CONTRACT_FIELDS);
    const byLocation = Object.fromEntries(report.findings.map((f) => [f.location, f]));
    expect(Object.keys(byLocation).sort()).toEqual(['author', 'commit-message', 'tag-message']);
    expect(report.findings).toHaveLength(3);
    expect(byLocation['commit-message']).toMatchObject({
      rule_id: 'github-pat',
      file: null,
      line: 3,
      column: 12,
      commit: bodyCommit,
      ref: null,
      commit_boundary: false,
    });
    expect(byLocation['author']).toMatchObject({ file: null, line: 1, column: 8, commit: authorCommit });
    expect(byLocation['tag-message']).toMatchObject({
      rule_id: 'aws-access-key-id',
      file: null,
      line: 3,
      column: 9,
      commit: authorCommit,
      ref: 'refs/tags/v1',
    });
    for (const f of report.findings) expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBe(3);
    for (const value of [PAT, AWS, SLACK]) expect(run.stdout + run.stderr).not.toContain(value);
  });

  it('carries the location in CSV, SARIF (a logical location) and the table', async () => {
    const csv = await runCli(['scan', '--repo-path', repo, '--format', 'csv']);
    const [header, ...rows] = csv.stdout.trim().split('\r\n');
    expect(header.split(',')).toContain('location');
    expect(rows.some((r) => r.includes(',commit-message,'))).toBe(true);

    const sarif = await runCli(['scan', '--repo-path', repo, '--format', 'sarif']);
    const log = JSON.parse(sarif.stdout);
    expect(sarifErrors(log)).toEqual([]);
    const result = log.runs[0].results.find(
      (r: { properties: { location: string } }) => r.properties.location === 'commit-message',
    );
    expect(result.locations[0].logicalLocations[0]).toMatchObject({
      name: 'commit-message',
      fullyQualifiedName: `${bodyCommit}/commit-message`,
    });
    expect(result.locations[0].physicalLocation).toBeUndefined();

    const table = await runCli(['scan', '--repo-path', repo, '--format', 'table']);
    expect(table.stdout).toContain('[commit-message]:3:12');
    expect(table.stdout).toContain('[tag-message]:3:9');
    expect(sarif.stdout + table.stdout + csv.stdout).not.toContain(PAT);
  });

  it('clean --secret-id removes a value found in a commit message; clean --all removes the tag message one', async () => {
    const { report } = await scanJson(repo);
    const message = report.findings.find((f) => f.location === 'commit-message')!;
    const out = join(dir, 'clean.git');
    const run = await runCli([
      'clean',
      '--repo-path',
      repo,
      '--secret-id',
      message.fingerprint,
      '--output',
      out,
    ]);
    expectExit(run, 0);
    expect(git(out, ['log', '--all', '--format=%B'])).not.toContain(PAT);
    expect(git(out, ['log', '--all', '--format=%B'])).toContain('used token');
    const after = await scanJson(out);
    expect(after.report.findings.map((f) => f.location).sort()).toEqual(['author', 'tag-message']);

    // The author identity is not rewritten by clean (see the report); clean the tag message.
    const tag = after.report.findings.find((f) => f.location === 'tag-message')!;
    const out2 = join(dir, 'clean2.git');
    expectExit(
      await runCli(['clean', '--repo-path', out, '--secret-id', tag.fingerprint, '--output', out2]),
      0,
    );
    expect(git(out2, ['cat-file', '-p', 'refs/tags/v1'])).not.toContain(AWS);

    // A value in an author identity: --all leaves it out and says why; naming it is an error.
    const author = after.report.findings.find((f) => f.location === 'author')!;
    const all = await runCli(['clean', '--repo-path', out, '--all', '--output', join(dir, 'clean3.git')]);
    expectExit(all, 0);
    expect(all.stderr).toContain(
      `skipped 1 value(s) found in commit author or committer identities or ref names (${author.fingerprint})`,
    );
    // Said once on stderr, and kept in the report that says "verified".
    expect(all.stderr.split('skipped 1 value(s)').length).toBe(2);
    const saved = JSON.parse(readFileSync(join(dir, 'clean3.git', 'deployguard-clean-report.json'), 'utf8'));
    expect(saved.verification.warnings).toEqual([
      expect.stringContaining(`ref names (${author.fingerprint}): clean does not rewrite`),
    ]);
    const named = await runCli([
      'clean',
      '--repo-path',
      out,
      '--secret-id',
      author.fingerprint,
      '--output',
      join(dir, 'clean4.git'),
    ]);
    expectExit(named, 2);
    expect(named.stderr).toContain('clean does not rewrite commit authors and committers');
    expect(named.stderr + all.stderr).not.toContain(SLACK);
  });
});

describe('history scan: paths, tags on blobs and trees, replace refs, ref counts', () => {
  let dir: string;

  beforeEach(() => (dir = makeTempDir('dg-refs-')));
  afterEach(() => removeDir(dir));

  it('reports a secret used as a file or directory name, once, at the commit that introduced it', async () => {
    const repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, { 'README.md': '# x\n' }, 'init');
    const c = commitFiles(repo, { [`keys/${PAT}/a.txt`]: 'a\n', [`keys/${PAT}/b.txt`]: 'b\n' }, 'keys');
    const { report } = await scanJson(repo);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      location: 'path',
      rule_id: 'github-pat',
      line: 1,
      column: 6,
      commit: c,
    });
    // The path is shown with the secret masked, like the preview.
    expect(report.findings[0].file).toMatch(/^keys\/ghp\*+[A-Za-z0-9]{3}\/[ab]\.txt$/);
    expect(JSON.stringify(report)).not.toContain(PAT);
  });

  it('reports a secret in the name of an uncommitted file, and masks every found value in file names', async () => {
    const repo = initRepo(join(dir, 'repo'));
    // A committed file named after one token holding another, and an untracked one named after a third.
    const c = commitFiles(repo, { [`tokens/${PAT}.txt`]: `aws_access_key_id = ${AWS}\n` }, 'tokens');
    writeFileSync(join(repo, `${SLACK}.bak`), 'nothing secret inside\n');
    // after a `_`: a token still, though its rule wants it to start a word
    const stripe = 'sk_live_' + 'Hq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5';
    writeFileSync(join(repo, `backup_${stripe}.txt`), 'nothing secret inside\n');
    for (const mode of [[], ['--no-history']]) {
      const { report } = await scanJson(repo, mode);
      const byRule = Object.fromEntries(report.findings.map((f) => [f.rule_id, f]));
      expect(byRule['slack-bot-token']).toMatchObject({ location: 'path', commit: null, line: 1, column: 1 });
      expect(byRule['stripe-secret-key']).toMatchObject({ location: 'path', commit: null, column: 8 });
      expect(byRule['github-pat']).toMatchObject({ location: 'path', commit: mode.length ? null : c });
      // The content finding's file keeps the other token's name, masked; its fingerprint is the real path's.
      expect(byRule['aws-access-key-id'].file).toMatch(/^tokens\/ghp\*+[A-Za-z0-9]{3}\.txt$/);
      expect(JSON.stringify(report)).not.toContain(PAT);
      expect(JSON.stringify(report)).not.toContain(SLACK);
      expect(JSON.stringify(report)).not.toContain(stripe);
    }
  });

  it('reports a token in a branch or a tag name, masked in every format', async () => {
    const repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, { 'README.md': '# x\n' }, 'init');
    const stripe = 'sk_live_' + 'Hq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5';
    git(repo, ['branch', `feature/${PAT}`]);
    git(repo, ['tag', '-a', `rel-${stripe}`, '-m', 'a release']);
    const { report, run } = await scanJson(repo);
    const refs = report.findings.filter((f) => f.location === 'ref');
    expect(refs.map((f) => [f.rule_id, f.commit, f.line])).toEqual(
      expect.arrayContaining([
        ['github-pat', null, 1],
        ['stripe-secret-key', null, 1],
      ]),
    );
    expect(refs.find((f) => f.rule_id === 'github-pat')!.file).toMatch(/^refs\/heads\/feature\/ghp\*+/);
    for (const format of ['json', 'sarif', 'csv', 'table']) {
      const out = await runCli(['scan', '--repo-path', repo, '--format', format, '--no-progress']);
      for (const value of [PAT, stripe]) expect(out.stdout + out.stderr).not.toContain(value);
    }
    expect(run.stdout).not.toContain(PAT);
    // clean renames no ref: --all leaves the values out, saying how; naming one is refused.
    const all = await runCli([
      'clean',
      '--repo-path',
      repo,
      '--all',
      '--output',
      join(dir, 'refs-clean.git'),
    ]);
    expect(all.stderr).toContain('rename or delete such branches and tags, then clean');
    expect(all.stderr + all.stdout).not.toContain(PAT);
    const named = await runCli(['clean', '--repo-path', repo, '--secret-id', refs[0].fingerprint]);
    expectExit(named, 2);
    expect(named.stderr).toContain('value(s) in commit author or committer identities or ref names');
  });

  it('blames the right file for a token in a name with a line break, in every mode', async () => {
    const repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, { [`nl\n${PAT}`]: 'x\n', 'plain.txt': 'nothing\n' }, 'names');
    writeFileSync(join(repo, `new\n${AWS}.txt`), 'y\n');
    for (const mode of [[], ['--no-history']]) {
      const { report } = await scanJson(repo, mode);
      const byRule = Object.fromEntries(report.findings.map((f) => [f.rule_id, f]));
      expect(byRule['github-pat']).toMatchObject({ location: 'path', column: 4 });
      expect(byRule['github-pat'].file).toMatch(/^nl\nghp\*+/);
      expect(byRule['aws-access-key-id']).toMatchObject({ location: 'path', commit: null });
      expect(report.findings.map((f) => f.file)).not.toContain('plain.txt');
    }
    git(repo, ['add', '--all']);
    const staged = await runCli(['protect', '--staged', '--format', 'json'], { cwd: repo });
    expect(staged.code).toBe(1);
    expect(JSON.parse(staged.stdout).findings.map((f: Finding) => f.rule_id)).toEqual(['aws-access-key-id']);
  });

  it('scans a lightweight tag on a blob and an annotated tag on a tree that no commit holds', async () => {
    const repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, { 'README.md': '# x\n' }, 'init');
    writeFileSync(join(dir, 'key.env'), `GITHUB_TOKEN=${PAT}\n`);
    const blob = git(repo, ['hash-object', '-w', join(dir, 'key.env')]);
    git(repo, ['tag', 'the-key', blob]);
    writeFileSync(join(dir, 'aws.cfg'), `aws_access_key_id = ${AWS}\n`);
    const awsBlob = git(repo, ['hash-object', '-w', join(dir, 'aws.cfg')]);
    const conf = gitInput(repo, ['mktree'], `100644 blob ${awsBlob}\taws.cfg\n`);
    const tree = gitInput(repo, ['mktree'], `040000 tree ${conf}\tconf\n`);
    git(repo, ['tag', '-a', 'the-tree', '-m', 'a tree', tree]);
    const { report } = await scanJson(repo);
    const byRule = Object.fromEntries(report.findings.map((f) => [f.rule_id, f]));
    expect(byRule['github-pat']).toMatchObject({
      location: 'tagged-blob',
      file: null,
      commit: null,
      ref: 'refs/tags/the-key',
    });
    expect(byRule['aws-access-key-id']).toMatchObject({
      location: 'file',
      file: 'conf/aws.cfg',
      line: 1,
      commit: null,
      ref: 'refs/tags/the-tree',
    });
  });

  it('reports a secret in a git note as a note on the commit it annotates', async () => {
    const repo = initRepo(join(dir, 'repo'));
    const annotated = commitFiles(repo, { 'README.md': '# x\n' }, 'init');
    git(repo, ['notes', 'add', '-m', `deploy with ${PAT}`, annotated]);
    const notesCommit = git(repo, ['rev-parse', 'refs/notes/commits']);
    const { report } = await scanJson(repo);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      location: 'note',
      file: annotated,
      rule_id: 'github-pat',
      line: 1,
      commit: notesCommit,
    });
    expect(JSON.stringify(report)).not.toContain(PAT);
    // And clean removes it by its id, the note rewritten to the new commit.
    const out = join(dir, 'out.git');
    const run = await runCli([
      'clean',
      '--repo-path',
      repo,
      '--secret-id',
      report.findings[0].fingerprint,
      '--output',
      out,
    ]);
    expectExit(run, 0);
    expect(git(out, ['notes', 'show', 'HEAD'])).toBe('deploy with ***REMOVED***');
  });

  it('never shows a token that names a tag or a branch in clear (the ref of a finding)', async () => {
    const repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, { 'README.md': '# x\n' }, 'init');
    git(repo, ['tag', '-a', `rel-${PAT}`, '-m', `release\n\naws key ${AWS} rotated`]);
    git(repo, ['branch', `b-${PAT}`]);
    const { run, report } = await scanJson(repo);
    const tagFinding = report.findings.find((f) => f.location === 'tag-message')!;
    expect(tagFinding.ref).toMatch(/^refs\/tags\/rel-ghp\*+[A-Za-z0-9]{3}$/);
    expect(run.stdout).not.toContain(PAT);
    for (const format of ['sarif', 'csv']) {
      const other = await runCli(['scan', '--repo-path', repo, '--format', format]);
      expect(other.stdout).not.toContain(PAT);
    }
  });

  it('scans the real objects behind a replace ref and warns about it', async () => {
    const repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, { 'README.md': '# x\n' }, 'init');
    const leak = commitFiles(repo, { 'app.env': `GITHUB_TOKEN=${PAT}\n` }, 'add env');
    // A replacement of the leaking tip without the file: git log now shows it instead.
    const parent = git(repo, ['rev-parse', `${leak}^`]);
    const fake = git(repo, ['commit-tree', '-p', parent, '-m', 'add env', `${parent}^{tree}`]);
    git(repo, ['replace', leak, fake]);
    expect(git(repo, ['log', '--all', '-p'])).not.toContain(PAT);

    const { run, report } = await scanJson(repo);
    expect(report.findings.map((f) => [f.file, f.commit])).toEqual([['app.env', leak]]);
    expect(report.warnings.join('\n')).toMatch(/1 replace ref\(s\) under refs\/replace\//);
    expect(run.stderr).toMatch(/warning: .*replace ref/);
  });

  it('counts refs and the distinct objects they point at', async () => {
    const repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, { 'README.md': '# x\n' }, 'init');
    git(repo, ['branch', 'copy']);
    git(repo, ['tag', 'light']);
    git(repo, ['tag', '-a', 'annotated', '-m', 'a']);
    const { report } = await scanJson(repo);
    // main, copy, light: one commit; annotated: its tag object
    expect(report.stats).toMatchObject({ refs: 4, tips: 2, commits: 1 });
    const branch = await scanJson(repo, ['--branch', 'main']);
    expect(branch.report.stats).toMatchObject({ refs: 1, tips: 1 });
  });
});

describe('history scan: incomplete history', () => {
  let dir: string;
  let source: string;
  let leak: string;

  beforeAll(() => {
    dir = makeTempDir('dg-incomplete-');
    source = initRepo(join(dir, 'source'));
    commitFiles(source, { 'old.env': `GITHUB_TOKEN=${PAT}\n` }, 'old secret');
    commitFiles(source, { 'old.env': null }, 'remove it');
    leak = commitFiles(source, { 'deploy.cfg': `aws_access_key_id = ${AWS}\n` }, 'deploy');
    commitFiles(source, { 'notes.txt': 'n\n' }, 'notes');
    git(source, ['config', 'uploadpack.allowFilter', 'true']);
  });
  afterAll(() => removeDir(dir));

  it('a shallow clone: warns with the boundary commit and marks findings at it', async () => {
    const shallow = join(dir, 'shallow');
    git(dir, ['clone', '--quiet', '--depth', '1', `file://${source}`, shallow]);
    const tip = git(shallow, ['rev-parse', 'HEAD']);
    const { run, report } = await scanJson(shallow);
    expect(report.findings).toHaveLength(1);
    // deploy.cfg came before the boundary: it is attributed to the boundary, marked as such
    expect(report.findings[0]).toMatchObject({ file: 'deploy.cfg', commit: tip, commit_boundary: true });
    expect(report.warnings[0]).toContain(
      `shallow clone: the history stops at 1 boundary commit(s) (${tip.slice(0, 12)})`,
    );
    expect(run.stderr).toContain('warning: shallow clone');

    const table = await runCli(['scan', '--repo-path', shallow, '--format', 'table']);
    expect(table.stdout).toContain('shallow boundary');
    // the full history: no boundary
    const full = await scanJson(source);
    expect(full.report.findings.find((f) => f.file === 'deploy.cfg')).toMatchObject({
      commit: leak,
      commit_boundary: false,
    });
    expect(full.report.warnings).toEqual([]);
  });

  it('a partial clone: counts the missing blobs, warns, and never fetches them', async () => {
    const partial = join(dir, 'partial.git');
    git(dir, ['clone', '--quiet', '--bare', '--filter=blob:none', `file://${source}`, partial]);
    git(partial, ['cat-file', '-p', 'HEAD:notes.txt']); // fetches this one blob now
    // Any lazy fetch would now fail loudly; the scan must not try.
    git(partial, ['remote', 'set-url', 'origin', `file://${join(dir, 'gone')}`]);
    const { run, report } = await scanJson(partial);
    // old.env and deploy.cfg were never fetched: two blobs, and their secrets, are not seen
    expect(report.stats).toMatchObject({ missing_objects: 2, blobs_scanned: 1 });
    expect(report.findings).toEqual([]);
    expect(report.warnings.join('\n')).toContain('partial clone: 2 object(s) are not in this repository');
    expect(run.stderr).toContain('warning: partial clone');
  });

  it('a damaged object: counted, listed and warned about; the rest is scanned', async () => {
    // The fixture's objects are loose: a copy of the repository, then one blob's file overwritten.
    const damaged = join(dir, 'damaged');
    cpSync(source, damaged, { recursive: true });
    const blob = git(damaged, ['rev-parse', `${leak}:deploy.cfg`]);
    const file = join(damaged, '.git', 'objects', blob.slice(0, 2), blob.slice(2));
    chmodSync(file, 0o644);
    writeFileSync(file, 'not a zlib stream');
    const { run, report } = await scanJson(damaged);
    expect(report.stats.missing_objects).toBe(1);
    expect(report.skipped).toEqual(
      expect.arrayContaining([expect.objectContaining({ reason: 'missing-object', object: blob })]),
    );
    expect(report.warnings.join('\n')).toContain('1 object(s) could not be read');
    expect(run.stderr).toContain('could not be read');
    // the other secret (in old.env) is still found, and the damaged blob's file is read from the
    // work tree (without a commit to name)
    expect(report.findings.map((f) => [f.file, f.commit === null])).toEqual([
      ['old.env', false],
      ['deploy.cfg', true],
    ]);
  });

  it('a damaged pack: the corrupt blob is counted and warned about; the rest is scanned', async () => {
    const repo = initRepo(join(dir, 'packed'));
    // incompressible-enough content, so the pack stores the blob's data at a known offset
    const big = Array.from({ length: 20000 }, (_, i) => `line ${i} ${(i * 7919) % 10007}`).join('\n');
    commitFiles(repo, { 'big.txt': big }, 'big');
    commitFiles(repo, { 'app.env': `GITHUB_TOKEN=${PAT}\n` }, 'env');
    git(repo, ['repack', '-a', '-d', '-q']);
    git(repo, ['prune']);
    const blob = git(repo, ['rev-parse', 'HEAD~1:big.txt']);
    const packDir = join(repo, '.git', 'objects', 'pack');
    const pack = join(
      packDir,
      readdirSync(packDir).find((f) => f.endsWith('.pack'))!,
    );
    const entry = git(repo, ['verify-pack', '-v', pack.replace(/\.pack$/, '.idx')])
      .split('\n')
      .find((l) => l.startsWith(blob))!;
    const offset = Number(entry.trim().split(/\s+/)[4]);
    chmodSync(pack, 0o644);
    const bytes = readFileSync(pack);
    for (let i = offset + 40; i < offset + 60; i++) bytes[i] ^= 0xff;
    writeFileSync(pack, bytes);

    const { run, report } = await scanJson(repo);
    expect(report.stats.missing_objects).toBe(1);
    expect(report.skipped).toEqual([
      expect.objectContaining({ reason: 'missing-object', object: blob, file: 'big.txt' }),
    ]);
    expect(report.warnings.join('\n')).toContain('1 object(s) could not be read');
    expect(run.stderr).toContain('could not be read');
    expect(report.findings.map((f) => f.file)).toEqual(['app.env']);
  });
});

// git with `input` on stdin; trimmed stdout.
function gitInput(repo: string, args: string[], input: string): string {
  return execFileSync('git', args, { cwd: repo, input, env: fixtureEnv(), encoding: 'utf8' }).trim();
}

describe('history scan: the temporary files git writes blobs into', () => {
  let dir: string;
  let repo: string;
  let tmp: string;

  beforeAll(() => {
    dir = makeTempDir('dg-spool-');
    repo = initRepo(join(dir, 'repo'));
    // ~7 MB of text: several segments, the last blob holding the secret.
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++)
      files[`f${i}.txt`] = Array.from(
        { length: 40_000 },
        (_, k) => `row ${i}:${k} ${(k * 7919 + i) % 100_003}`,
      ).join('\n');
    files['f6.txt'] = files['f0.txt'].replace('row 0:', 'row 6:') + `\ntoken = ${PAT}\n`;
    commitFiles(repo, files, 'big files');
    tmp = join(dir, 'tmp');
    mkdirSync(tmp);
  });
  afterAll(() => removeDir(dir));

  it('when the temporary directory runs out of room midway, reads the rest through a pipe and misses nothing', () => {
    // A file-size limit makes git's writes fail past 3 MB, as a full disk would.
    const out = join(dir, 'full.json');
    const run = spawnSync(
      'sh',
      [
        '-c',
        'ulimit -f 3000; exec "$0" "$@"',
        process.execPath,
        CLI,
        'scan',
        '--repo-path',
        repo,
        '--format',
        'json',
        '--output',
        out,
        '--no-progress',
      ],
      { env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' }, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      findings: Finding[];
      warnings: string[];
      skipped: unknown[];
    };
    expect(report.findings.map((f) => f.file)).toEqual(['f6.txt']);
    expect(report.skipped).toEqual([]);
    expect(report.warnings.join('\n')).toMatch(
      /ran out of room while git wrote blobs there .*read through a pipe/,
    );
    expect(run.stderr).toContain('ran out of room');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('leaves no temporary file behind when the scan is killed at any moment', async () => {
    for (const delay of [60, 120, 180, 240, 300, 360, 420, 480]) {
      const child = spawn(
        process.execPath,
        [CLI, 'scan', '--repo-path', repo, '--format', 'json', '--no-progress'],
        {
          env: { ...process.env, TMPDIR: tmp },
          stdio: 'ignore',
        },
      );
      const exited = new Promise((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      expect([delay, readdirSync(tmp)]).toEqual([delay, []]);
    }
  });
});
