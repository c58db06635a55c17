// `deployguard clean` and `deployguard push` as a user runs them: real processes, real
// repositories, a real authenticated git smart-HTTP server.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, expectExit, runCli } from './support/cli-runner';
import { commitFiles, git, initRepo, listRefs, makeTempDir, removeDir } from './support/git-fixtures';
import { startGitHttpServer } from './support/git-http-server';
import { filesContaining } from './support/leak-probe';

const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const AWS = 'AKIA' + 'QW3ER7TY2UI5OP4Z';
const PASSWORD = 'Pw-9zQ4#cli-s3cr3t';

// Each test runs several CLI processes: on a shared, loaded machine 5 s is not enough.
jest.setTimeout(60_000);

describe('deployguard clean and push (CLI process)', () => {
  let dir: string;
  let repo: string;

  const fingerprints = async (path: string) => {
    const run = await runCli(['scan', '--repo-path', path, '--format', 'json']);
    return JSON.parse(run.stdout).findings as { fingerprint: string; rule_id: string; file: string }[];
  };

  beforeEach(() => {
    dir = makeTempDir('dg-clean-cli-');
    repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, { 'README.md': '# demo\n' }, 'init');
    commitFiles(
      repo,
      { 'config/app.env': `GITHUB_TOKEN=${PAT}\n`, 'deploy.cfg': `aws_access_key_id = ${AWS}\n` },
      'add config',
    );
    commitFiles(repo, { 'config/app.env': 'GITHUB_TOKEN=${GITHUB_TOKEN}\n' }, 'use env var');
  });
  afterEach(() => removeDir(dir));

  it('removes a secret selected by fingerprint into a fresh mirror, verified, leaving the original untouched', async () => {
    const before = listRefs(repo);
    const [github] = (await fingerprints(repo)).filter((f) => f.rule_id === 'github-pat');
    const out = join(dir, 'clean.git');
    const run = await runCli([
      'clean',
      '--repo-path',
      repo,
      '--secret-id',
      github.fingerprint,
      '--output',
      out,
    ]);
    expect(run.stderr).toBe('');
    expectExit(run, 0);
    expect(run.stdout).toMatch(/verified: no selected value in any reachable object, git fsck clean/);
    expect(run.stdout).toMatch(/must be rotated/);
    expect(run.stdout).not.toContain(PAT);
    // The mirror no longer holds the token anywhere; the other secret was not selected and stays.
    expect(git(out, ['log', '--all', '-p']).includes(PAT)).toBe(false);
    const remaining = await fingerprints(out);
    expect(remaining.map((f) => f.rule_id)).toEqual(['aws-access-key-id']);
    expect(git(out, ['fsck', '--strict'])).toBe('');
    expect(readFileSync(join(out, 'commit-map'), 'utf8').split('\n')[0]).toBe('old new');
    // The user's repository is unchanged.
    expect(listRefs(repo)).toEqual(before);
    expect(git(repo, ['log', '--all', '-p']).includes(PAT)).toBe(true);
  });

  it('cleans every finding in place with --all and keeps backup refs', async () => {
    const run = await runCli(['clean', '--repo-path', repo, '--all', '--in-place', '--format', 'json']);
    expectExit(run, 0);
    const report = JSON.parse(run.stdout);
    expect(report.verification.verified).toBe(true);
    expect(report.reminder).toMatch(/rotated/);
    expect(JSON.stringify(report)).not.toContain(PAT);
    // Branches and tags are clean; the backup refs keep the old history until the user deletes them.
    const rewritten = git(repo, ['log', '--branches', '--tags', '-p']);
    expect(rewritten).not.toContain(PAT);
    expect(rewritten).not.toContain(AWS);
    expect(readFileSync(join(repo, 'deploy.cfg'), 'utf8')).toBe('aws_access_key_id = ***REMOVED***\n');
    expect(Object.keys(listRefs(repo)).some((r) => r.startsWith('refs/deployguard-backup/'))).toBe(true);
  });

  it('leaves secrets only in uncommitted files out of --all, saying so, and refuses to be given one', async () => {
    const SLACK = 'xoxb-' + '123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx';
    writeFileSync(join(repo, 'wip.env'), `SLACK_TOKEN=${SLACK}\n`); // untracked
    writeFileSync(join(repo, 'staged.env'), `PASSWORD=${PASSWORD}\n`);
    git(repo, ['add', 'staged.env']); // in the index only
    // untracked, named after a committed secret
    writeFileSync(join(repo, `${PAT}.bak`), `SLACK_TOKEN=${SLACK}\n`);
    const uncommitted = (await fingerprints(repo)).filter(
      (f) => f.file === 'wip.env' || f.file === 'staged.env',
    );
    expect(uncommitted.map((f) => f.file).sort()).toEqual(['staged.env', 'wip.env']);
    const out = join(dir, 'clean.git');
    const run = await runCli(['clean', '--repo-path', repo, '--all', '--output', out, '--format', 'json']);
    expectExit(run, 0);
    expect(JSON.parse(run.stdout).verification.verified).toBe(true);
    // wip.env, staged.env, the .bak file's content, and its name (a path finding): 4
    expect(run.stderr).toContain('left 4 finding(s)');
    for (const f of uncommitted) expect(run.stderr).toContain(`${f.fingerprint} (${f.file})`);
    expect(run.stderr).not.toContain(SLACK);
    expect(run.stderr).not.toContain(PAT);
    expect(run.stderr).toMatch(/\(ghp\*+\w+\.bak\)/);
    expect(git(out, ['log', '--all', '-p'])).not.toContain(PAT);
    const named = await runCli(['clean', '--repo-path', repo, '--secret-id', uncommitted[0].fingerprint]);
    expectExit(named, 2);
    expect(named.stderr).toMatch(/not committed .*edit those files/);
  });

  it('refuses to clean in place a repository with a linked worktree, before rewriting anything', async () => {
    git(repo, ['worktree', 'add', '--quiet', '--detach', join(dir, 'linked'), 'HEAD~1']);
    const before = listRefs(repo);
    const run = await runCli(['clean', '--repo-path', repo, '--all', '--in-place']);
    expectExit(run, 2);
    expect(run.stderr).toContain(`has linked worktrees (${join(dir, 'linked')})`);
    expect(run.stderr).toContain('--output');
    expect(listRefs(repo)).toEqual(before);
    // into a new mirror it is cleaned and verified
    const mirror = await runCli([
      'clean',
      '--repo-path',
      repo,
      '--all',
      '--output',
      join(dir, 'm.git'),
      '--format',
      'json',
    ]);
    expectExit(mirror, 0);
    expect(JSON.parse(mirror.stdout).verification.verified).toBe(true);
  });

  it('removes expressions from a replace file, with a custom replacement', async () => {
    const file = join(dir, 'replace.txt');
    writeFileSync(file, `# values to remove\nliteral:${PAT}==>[token removed]\nregex:AKIA[A-Z2-7]{16}\n`);
    const out = join(dir, 'out.git');
    const run = await runCli([
      'clean',
      '--repo-path',
      repo,
      '--replace-file',
      file,
      '--output',
      out,
      '--replacement',
      'XXX-GONE',
    ]);
    expectExit(run, 0);
    const history = git(out, ['log', '--all', '-p']);
    expect(history).toContain('GITHUB_TOKEN=[token removed]');
    expect(history).toContain('aws_access_key_id = XXX-GONE');
    expect(history).not.toContain(PAT);
  });

  describe('bad input', () => {
    it('refuses an unknown or malformed fingerprint and changes nothing', async () => {
      const before = listRefs(repo);
      const unknown = await runCli([
        'clean',
        '--repo-path',
        repo,
        '--secret-id',
        '0123456789abcdef0123456789abcdef',
      ]);
      expectExit(unknown, 2);
      expect(unknown.stderr).toMatch(/no finding with fingerprint 0123456789abcdef0123456789abcdef/);
      const malformed = await runCli(['clean', '--repo-path', repo, '--secret-id', 'not-a-fingerprint']);
      expectExit(malformed, 2);
      expect(malformed.stderr).toMatch(/expected 32 hex characters/);
      expect(listRefs(repo)).toEqual(before);
    });

    it('refuses an invalid regex naming its line but not its content', async () => {
      const file = join(dir, 'bad.txt');
      writeFileSync(file, `literal:${PAT}\nregex:(unclosed-${AWS}\n`);
      const run = await runCli(['clean', '--repo-path', repo, '--replace-file', file]);
      expectExit(run, 2);
      expect(run.stderr).toMatch(/line 2/);
      expect(run.stderr).not.toContain(AWS);
      expect(run.stderr).not.toContain(PAT);
    });

    it('says in one line that a replace file cannot be read (F11: it was a bare ENOENT)', async () => {
      const missing = join(dir, 'missing.txt');
      const run = await runCli(['clean', '--repo-path', repo, '--replace-file', missing]);
      expectExit(run, 2);
      expect(run.stderr).toBe(`deployguard: error: cannot read the replace file ${missing}: no such file\n`);
      const directory = await runCli(['clean', '--repo-path', repo, '--replace-file', dir]);
      expectExit(directory, 2);
      expect(directory.stderr).toContain(`cannot read the replace file ${dir}: it is a directory`);
    });

    it('refuses a path that is not a repository, no selector, two selectors, and an unwritable output', async () => {
      const plain = makeTempDir('dg-plain-');
      try {
        writeFileSync(join(plain, 'x.env'), `GITHUB_TOKEN=${PAT}\n`);
        const notRepo = await runCli(['clean', '--repo-path', plain, '--all']);
        expectExit(notRepo, 2);
        expect(notRepo.stderr).toMatch(/not a git repository/);
      } finally {
        removeDir(plain);
      }
      expect((await runCli(['clean', '--repo-path', repo])).stderr).toMatch(
        /exactly one of --secret-id, --all or --replace-file/,
      );
      expectExit(await runCli(['clean', '--repo-path', repo, '--all', '--replace-file', 'x']), 2);
      const unwritable = await runCli([
        'clean',
        '--repo-path',
        repo,
        '--all',
        '--output',
        '/proc/deployguard-out',
      ]);
      expectExit(unwritable, 2);
      expect(unwritable.stderr).toMatch(/deployguard: error: /);
    });
  });

  it('pushes the cleaned mirror to an authenticated HTTP remote without ever printing the credential', async () => {
    const out = join(dir, 'clean.git');
    expectExit(await runCli(['clean', '--repo-path', repo, '--all', '--output', out]), 0);
    const served = join(dir, 'served');
    initRepo(join(served, 'target.git'), { bare: true });
    git(join(served, 'target.git'), ['config', 'http.receivepack', 'true']);
    const server = await startGitHttpServer({ root: served, username: 'bot', password: PASSWORD });
    try {
      const url = `${server.url}/target.git`;
      const denied = await runCli(['push', '--repo-path', out, '--target-url', url], {
        env: { DEPLOYGUARD_GIT_USERNAME: 'bot', DEPLOYGUARD_GIT_PASSWORD: 'wrong-password' },
      });
      expectExit(denied, 2);
      expect(denied.stderr).toMatch(/deployguard: error: .*auth/i);
      const run = await runCli(['push', '--repo-path', out, '--target-url', url, '--force'], {
        env: { DEPLOYGUARD_GIT_USERNAME: 'bot', DEPLOYGUARD_GIT_PASSWORD: PASSWORD },
      });
      expect(run.stderr).toBe('');
      expectExit(run, 0);
      expect(run.stdout).toMatch(/ok\s+refs\/heads\/main/);
      expect(listRefs(join(served, 'target.git'))['refs/heads/main']).toBe(listRefs(out)['refs/heads/main']);
      for (const text of [
        run.stdout,
        run.stderr,
        denied.stdout,
        denied.stderr,
        JSON.stringify(server.requests),
      ]) {
        expect(text).not.toContain(PASSWORD);
      }
      expect(filesContaining(dir, PASSWORD)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('pushes to a local bare repository and lists refs a forge would refuse', async () => {
    git(repo, ['update-ref', 'refs/pull/7/head', 'HEAD']);
    const target = initRepo(join(dir, 'target.git'), { bare: true });
    const run = await runCli(['push', '--repo-path', repo, '--target-url', target]);
    expectExit(run, 0);
    expect(run.stdout).toMatch(/Skipped .*refs\/pull\/7\/head/);
    expect(listRefs(target)['refs/heads/main']).toBe(listRefs(repo)['refs/heads/main']);
    // Not a repository DeployGuard cleaned: pushed, with a note saying so.
    expect(run.stderr).toMatch(/has no DeployGuard clean report/);
  });

  it('refuses to push a mirror whose clean did not verify, unless told to', async () => {
    // The token also sits in a binary file, which a clean never edits: the clean cannot verify.
    commitFiles(repo, { 'assets/token.bin': Buffer.concat([Buffer.from([0, 1]), Buffer.from(PAT)]) }, 'bin');
    const out = join(dir, 'unverified.git');
    const replace = join(dir, 'replace.txt');
    writeFileSync(replace, `literal:${PAT}\n`);
    expectExit(await runCli(['clean', '--repo-path', repo, '--replace-file', replace, '--output', out]), 2);
    const target = initRepo(join(dir, 'target.git'), { bare: true });
    const refused = await runCli(['push', '--repo-path', out, '--target-url', target]);
    expectExit(refused, 2);
    expect(refused.stderr).toMatch(/did not pass the verification of its clean .*--allow-unverified/);
    expect(listRefs(target)).toEqual({});
    const forced = await runCli(['push', '--repo-path', out, '--target-url', target, '--allow-unverified']);
    expectExit(forced, 0);
    expect(listRefs(target)['refs/heads/main']).toBe(listRefs(out)['refs/heads/main']);
  });

  it('removes a value holding bytes that are not UTF-8, whatever those bytes, and verifies by bytes', async () => {
    const value = (middle: number[]) =>
      Buffer.concat([
        Buffer.from('password = "Gh'),
        Buffer.from(middle),
        Buffer.from('7Kp2Lm9Qr4Ts8Vw3Xz"\n'),
      ]);
    const odd = initRepo(join(dir, 'odd'));
    // Three values the scan shows alike (U+FFFD where the bytes were): 0xff, 0xfe, and U+FFFD
    // itself; and a valid character there (ÿ, C3 BF), another value, which must stay.
    commitFiles(odd, {
      'a.txt': value([0xff]),
      'b.txt': value([0xfe]),
      'c.txt': value([0xef, 0xbf, 0xbd]),
      'd.txt': value([0xc3, 0xbf]),
    });
    const [selected] = (await fingerprints(odd)).filter((f) => f.file === 'a.txt');
    const out = join(dir, 'odd-clean.git');
    const run = await runCli([
      'clean',
      '--repo-path',
      odd,
      '--secret-id',
      selected.fingerprint,
      '--output',
      out,
    ]);
    expectExit(run, 0);
    expect(run.stdout).toMatch(/verified: no selected value in any reachable object/);
    for (const file of ['a.txt', 'b.txt', 'c.txt'])
      expect(git(out, ['show', `HEAD:${file}`])).toBe('password = "***REMOVED***"');
    expect(git(out, ['show', 'HEAD:d.txt'])).toBe('password = "Ghÿ7Kp2Lm9Qr4Ts8Vw3Xz"');
  });

  it('says so, exiting 2, when the report of a finished clean or push cannot be written', () => {
    const shell = (command: string) =>
      spawnSync('bash', ['-c', command], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const out = join(dir, 'full.git');
    const clean = shell(
      `node ${CLI} clean --repo-path ${repo} --all --output ${out} --format json > /dev/full`,
    );
    expect(clean.status).toBe(2);
    expect(clean.stderr).toContain(
      'the history was rewritten, but its report could not be written to standard output: no space left on device (ENOSPC)',
    );
    expect(clean.stderr).not.toMatch(/Unhandled|at .*\.js:\d+/);
    expect(git(out, ['log', '--all', '-p'])).not.toContain(PAT); // the clean itself is done
    const target = initRepo(join(dir, 'target.git'), { bare: true });
    const push = shell(`node ${CLI} push --repo-path ${out} --target-url ${target} > /dev/full`);
    expect(push.status).toBe(2);
    expect(push.stderr).toContain(
      'the push is done, but its summary could not be written to standard output: no space left on device (ENOSPC)',
    );
    expect(listRefs(target)['refs/heads/main']).toBe(listRefs(out)['refs/heads/main']);
  });

  it('never sends credentials over plain http to another machine', async () => {
    const run = await runCli(['push', '--repo-path', repo, '--target-url', 'http://198.51.100.7/x.git'], {
      env: { DEPLOYGUARD_GIT_TOKEN: PASSWORD },
    });
    expectExit(run, 2);
    expect(run.stderr).toMatch(/credentials are sent only over https or ssh/);
    expect(run.stderr + run.stdout).not.toContain(PASSWORD);
  });
});
