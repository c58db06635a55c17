// `deployguard protect` and the git hooks that run it, as developers meet them: real repositories,
// real `git commit` calls through a hook written by `install-hook` and through the pre-commit
// framework, and commit ranges as a CI pipeline scans them (`scan --since`, `--log-opts`).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { CLI, expectExit, runCli } from './support/cli-runner';
import { commitFiles, fixtureEnv, git, initRepo, makeTempDir, removeDir } from './support/git-fixtures';
import { reportSchemaErrors } from './support/report-schema';

const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const PAT2 = 'ghp_' + 'Z1xC2vB3nM4aS5dF6gH7jK8lQ9wE0rT1yU2i';
const AWS = 'AKIA' + 'QW3ER7TY2UI5OP4Z';
const SLACK = 'xoxb-' + '2718281828-3141592653-q9W8e7R6t5Y4u3I2o1P0aSdF';
const ROOT = join(__dirname, '..');

// Runs `git commit` as a developer does (hooks enabled); returns its exit code and output.
function commit(repo: string, message: string, env: NodeJS.ProcessEnv = fixtureEnv()) {
  const r = spawnSync('git', ['commit', '--quiet', '-m', message], { cwd: repo, env, encoding: 'utf8' });
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

const head = (repo: string) => git(repo, ['rev-list', '--count', 'HEAD']);

describe('deployguard protect --staged', () => {
  let dir: string;
  let repo: string;

  beforeAll(() => {
    dir = makeTempDir('dg-protect-');
    repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, {
      'src/app.js': `const old = "${PAT}";\nline2\nline3\n`,
      'vendor/.keep': '',
      '.deployguardignore': 'vendor/\n',
    });
  });
  afterAll(() => removeDir(dir));

  it('reports only the added lines of staged changes, at their real paths and line numbers', async () => {
    // A line added at 3 of a file that already holds a secret at line 1 (committed: not new).
    writeFileSync(join(repo, 'src/app.js'), `const old = "${PAT}";\nline2\nconst aws = "${AWS}";\nline3\n`);
    writeFileSync(join(repo, 'we ird "name".txt'), `x\n\ntoken: ${PAT2}\n`);
    writeFileSync(join(repo, 'vendor/lib.js'), `const k = "${SLACK}";\n`); // ignored path
    writeFileSync(join(repo, 'ok.js'), `const t = "${SLACK}"; // deployguard:allow\n`); // allowed line
    git(repo, ['add', '--all']);
    writeFileSync(join(repo, 'unstaged.js'), `const k = "${SLACK}";\n`); // not staged: not in the commit
    const run = await runCli(['protect', '--staged', '--format', 'json'], { cwd: join(repo, 'src') });
    expectExit(run, 1);
    const report = JSON.parse(run.stdout);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.stats.mode).toBe('staged');
    expect(
      report.findings.map((f: { file: string; line: number; rule_id: string }) => [
        f.file,
        f.line,
        f.rule_id,
      ]),
    ).toEqual([
      ['src/app.js', 3, 'aws-access-key-id'],
      ['we ird "name".txt', 3, 'github-pat'],
    ]);
    expect(report.findings[0].commit).toBeNull();
    expect(run.stdout + run.stderr).not.toContain(AWS);
    expect(run.stderr).toContain('2 secret(s) in what this commit would add');
    git(repo, ['reset', '--quiet']);
  });

  it('is not blinded by a staged .gitattributes that marks a file binary; skips real binary content with a note', async () => {
    writeFileSync(join(repo, '.gitattributes'), '*.txt -diff\n');
    writeFileSync(join(repo, 'hidden.txt'), `token = "${PAT2}"\n`);
    writeFileSync(join(repo, 'blob.bin'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(` ${PAT2}\n`)]));
    git(repo, ['add', '.gitattributes', 'hidden.txt', 'blob.bin']);
    const run = await runCli(['protect', '--staged', '--format', 'json'], { cwd: repo });
    expectExit(run, 1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['hidden.txt']);
    expect(report.skipped).toEqual([expect.objectContaining({ file: 'blob.bin', reason: 'binary' })]);
    expect(report.stats.skipped_binary).toBe(1);
    git(repo, ['reset', '--quiet']);
    for (const f of ['.gitattributes', 'hidden.txt', 'blob.bin']) rmSync(join(repo, f));
  });

  it('prints a table for a person by default, with previews only', async () => {
    writeFileSync(join(repo, 'new.env'), `GITHUB_TOKEN=${PAT2}\n`);
    git(repo, ['add', 'new.env']);
    const run = await runCli(['protect', '--staged'], { cwd: repo });
    expectExit(run, 1);
    expect(run.stdout).toContain('staged changes scan');
    expect(run.stdout).toMatch(/new\.env:1:/);
    expect(run.stdout).toContain(`${PAT2.slice(0, 3)}*****${PAT2.slice(-3)}`);
    expect(run.stdout + run.stderr).not.toContain(PAT2);
    git(repo, ['reset', '--quiet']);
  });

  it('honours a baseline and the config file, and exits 0 when nothing new is staged', async () => {
    writeFileSync(join(repo, 'new.env'), `GITHUB_TOKEN=${PAT2}\nAWS=${AWS}\n`);
    git(repo, ['add', 'new.env']);
    const first = await runCli(['protect', '--staged', '--format', 'json'], { cwd: repo });
    expectExit(first, 1);
    const both = JSON.parse(first.stdout).findings;
    expect(both).toHaveLength(2);
    // Baseline: the GitHub token was reviewed; only the AWS key remains.
    const baselineFile = join(dir, 'baseline.json');
    writeFileSync(
      baselineFile,
      JSON.stringify({ findings: both.filter((f: { rule_id: string }) => f.rule_id === 'github-pat') }),
    );
    const withBaseline = await runCli(
      ['protect', '--staged', '--format', 'json', '--baseline', baselineFile],
      {
        cwd: repo,
      },
    );
    expectExit(withBaseline, 1);
    expect(JSON.parse(withBaseline.stdout).findings.map((f: { rule_id: string }) => f.rule_id)).toEqual([
      'aws-access-key-id',
    ]);
    // The repository's config file disables that rule too, once committed. Only in the work
    // tree, it is not part of the commit and decides nothing; staged with the leak, the commit
    // would loosen its own scan: HEAD's configuration (none here) is applied, with a notice.
    writeFileSync(join(repo, '.deployguard.yml'), 'disabled_rules: [aws-access-key-id]\n');
    const unstaged = await runCli(['protect', '--staged', '--baseline', baselineFile], { cwd: repo });
    expectExit(unstaged, 1);
    expect(unstaged.stderr).not.toContain('.deployguard.yml');
    git(repo, ['add', '.deployguard.yml']);
    const sameCommit = await runCli(['protect', '--staged', '--baseline', baselineFile], { cwd: repo });
    expectExit(sameCommit, 1);
    expect(sameCommit.stderr).toContain(
      "this commit changes the repository's .deployguard.yml: it is scanned with the default configuration",
    );
    // Committed on its own first, it applies to the next commit.
    git(repo, ['reset', '--quiet', 'new.env']);
    git(repo, ['commit', '--quiet', '-m', 'scan config']);
    git(repo, ['add', 'new.env']);
    const clean = await runCli(['protect', '--staged', '--baseline', baselineFile], { cwd: repo });
    expectExit(clean, 0);
    expect(clean.stderr).toContain('.deployguard.yml was applied');
    git(repo, ['reset', '--quiet', '--soft', 'HEAD~1']);
    git(repo, ['reset', '--quiet']);
    removeDir(join(repo, '.deployguard.yml'));
  });

  it('takes .deployguardignore from the index; a commit changing it cannot ignore its own leak (F5)', async () => {
    writeFileSync(join(repo, 'leak.py'), `token = "${PAT2}"\n`);
    git(repo, ['add', 'leak.py']);
    // Untracked (or edited but not staged): not what the commit records, so it hides nothing.
    const committed = readFileSync(join(repo, '.deployguardignore'), 'utf8');
    writeFileSync(join(repo, '.deployguardignore'), `${committed}leak.py\n`);
    const untracked = await runCli(['protect', '--staged', '--format', 'json'], { cwd: repo });
    expectExit(untracked, 1);
    expect(JSON.parse(untracked.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['leak.py']);
    expect(untracked.stderr).not.toContain('changes .deployguardignore');
    // Staged with the leak, an ignore-everything file cannot hide it: a path this commit newly
    // ignores is still scanned, with a warning; HEAD's ignores (vendor/) still apply.
    writeFileSync(join(repo, '.deployguardignore'), '*\n');
    writeFileSync(join(repo, 'vendor/lib.js'), `const t = "${PAT2}";\n`);
    git(repo, ['add', '.deployguardignore', 'vendor/lib.js']);
    const hidden = await runCli(['protect', '--staged', '--format', 'json'], { cwd: repo });
    expectExit(hidden, 1);
    expect(JSON.parse(hidden.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['leak.py']);
    expect(hidden.stderr).toContain(
      'deployguard: warning: this commit changes .deployguardignore: a path it newly ignores is still scanned',
    );
    git(repo, ['reset', '--quiet']);
    writeFileSync(join(repo, '.deployguardignore'), committed);
    rmSync(join(repo, 'leak.py'));
    rmSync(join(repo, 'vendor/lib.js'));
  });

  it('scans the index of a git directory whose core.worktree names its work tree (F9)', async () => {
    const gitDir = join(dir, 'apart.git');
    const tree = join(dir, 'apart-tree');
    mkdirSync(tree);
    git(dir, [`--git-dir=${gitDir}`, `--work-tree=${tree}`, 'init', '--quiet']);
    writeFileSync(join(tree, 'leak.py'), `token = "${PAT2}"\n`);
    git(tree, [`--git-dir=${gitDir}`, 'add', 'leak.py']);
    for (const run of [
      await runCli(['protect', '--staged', '--repo-path', gitDir]),
      await runCli(['protect', '--staged', '--repo-path', tree], { env: { GIT_DIR: gitDir } }),
    ]) {
      expectExit(run, 1);
      expect(run.stdout).toMatch(/leak\.py:1:/);
      expect(run.stderr).not.toContain('usage');
    }
  });

  it('reports a value used as the name of a new file, empty or not, masked', async () => {
    writeFileSync(join(repo, `${PAT2}.txt`), '');
    git(repo, ['add', `${PAT2}.txt`]);
    const run = await runCli(['protect', '--staged', '--format', 'json'], { cwd: repo });
    expectExit(run, 1);
    const [finding] = JSON.parse(run.stdout).findings;
    expect(finding).toMatchObject({ location: 'path', rule_id: 'github-pat', line: 1 });
    expect(finding.file).toMatch(/^ghp\*+[A-Za-z0-9]{3}\.txt$/);
    expect(run.stdout + run.stderr).not.toContain(PAT2);
    git(repo, ['reset', '--quiet']);
    rmSync(join(repo, `${PAT2}.txt`));
  });

  it('masks a token in a file name in every finding of the file, after a `_` or `-` too', async () => {
    // The name holds one token after `_`; the content another secret.
    const name = `backup_${PAT2}.py`;
    writeFileSync(join(repo, name), `aws = "${AWS}"\n`);
    git(repo, ['add', name]);
    for (const format of ['json', 'sarif', 'csv', 'table']) {
      const run = await runCli(['protect', '--staged', '--format', format], { cwd: repo });
      expectExit(run, 1);
      expect(run.stdout + run.stderr).not.toContain(PAT2);
      if (format === 'json') {
        const byRule = Object.fromEntries(
          JSON.parse(run.stdout).findings.map((f: { rule_id: string }) => [f.rule_id, f]),
        );
        expect(byRule['github-pat']).toMatchObject({ location: 'path', column: 8 });
        expect(byRule['aws-access-key-id'].file).toMatch(/^backup_ghp\*+[A-Za-z0-9]{3}\.py$/);
      }
    }
    git(repo, ['reset', '--quiet']);
    rmSync(join(repo, name));
  });

  it('scans nothing and exits 0 when nothing is staged; refuses bad usage with exit 2', async () => {
    expectExit(await runCli(['protect', '--staged'], { cwd: repo }), 0);
    const none = await runCli(['protect'], { cwd: repo });
    expectExit(none, 2);
    expect(none.stderr).toContain('give exactly one of --staged');
    const outside = await runCli(['protect', '--staged'], { cwd: dir });
    expectExit(outside, 2);
    expect(outside.stderr).toContain('is not inside a git work tree');
  });

  it('shows full values only when asked, and never in CI', async () => {
    writeFileSync(join(repo, 'new.env'), `GITHUB_TOKEN=${PAT2}\n`);
    git(repo, ['add', 'new.env']);
    const local = await runCli(['protect', '--staged', '--format', 'json', '--no-redact'], {
      cwd: repo,
      env: { CI: 'false' }, // ci-info's explicit "not CI", whatever else the test machine sets
    });
    expectExit(local, 1);
    const report = JSON.parse(local.stdout);
    expect(report).toMatchObject({ redacted: false, findings: [{ secret_preview: PAT2 }] });
    expect(reportSchemaErrors(report)).toEqual([]);
    const ci = await runCli(['protect', '--staged', '--no-redact'], { cwd: repo, env: { CI: 'true' } });
    expectExit(ci, 2);
    expect(ci.stderr).toContain('refused in CI');
    expect(ci.stdout + ci.stderr).not.toContain(PAT2);
    // Jenkins sets no CI variable, but its own.
    const jenkins = await runCli(['protect', '--staged', '--no-redact'], {
      cwd: repo,
      env: { CI: undefined, JENKINS_URL: 'http://jenkins.example/', BUILD_ID: '7' },
    });
    expectExit(jenkins, 2);
    expect(jenkins.stdout + jenkins.stderr).not.toContain(PAT2);
    git(repo, ['reset', '--quiet']);
  });
});

describe('deployguard protect --staged with committed symbolic links', () => {
  let dir: string;
  let repo: string;

  beforeAll(() => {
    dir = makeTempDir('dg-protect-links-');
    repo = initRepo(join(dir, 'repo'));
    // The links' targets: a config that disables the GitHub rule, and a file named `*` (the link's
    // text, read as an ignore file, would ignore everything).
    commitFiles(repo, { 'shared/dg.yml': 'disabled_rules: [github-pat]\n', '*': 'x\n' });
    symlinkSync('shared/dg.yml', join(repo, '.deployguard.yml'));
    symlinkSync('*', join(repo, '.deployguardignore'));
    commitFiles(repo, {}, 'links');
  });
  afterAll(() => removeDir(dir));

  it('reads neither .deployguard.yml nor .deployguardignore through a link: the commit is scanned as without them', async () => {
    writeFileSync(join(repo, 'app.env'), `GITHUB_TOKEN=${PAT}\n`);
    git(repo, ['add', 'app.env']);
    const result = await runCli(['protect', '--staged', '--format', 'json'], { cwd: repo });
    // Before, the link's text (`shared/dg.yml`) was parsed as the configuration: exit 2 on every commit.
    expectExit(result, 1);
    expect(JSON.parse(result.stdout).findings.map((f: { rule_id: string }) => f.rule_id)).toEqual([
      'github-pat',
    ]);
    expect(result.stderr).not.toContain('was applied');
    // …and says so, for either file.
    expect(result.stderr).toContain("the repository's .deployguard.yml is a symbolic link: not read");
    expect(result.stderr).toContain("the repository's .deployguardignore is a symbolic link: not read");
    git(repo, ['reset', '--quiet']);
  });
});

describe('deployguard install-hook', () => {
  let dir: string;
  beforeAll(() => (dir = makeTempDir('dg-hook-')));
  afterAll(() => removeDir(dir));

  it('writes a pre-commit hook that blocks a real `git commit` adding a secret and lets a clean one through', async () => {
    const repo = initRepo(join(dir, 'plain'));
    commitFiles(repo, { 'README.md': '# x\n' });
    const run = await runCli(['install-hook'], { cwd: repo });
    expectExit(run, 0);
    expect(run.stdout).toContain(join(repo, '.git', 'hooks', 'pre-commit'));

    writeFileSync(join(repo, 'deploy.sh'), `export GITHUB_TOKEN=${PAT}\n`);
    git(repo, ['add', 'deploy.sh']);
    const blocked = commit(repo, 'add deploy script');
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toMatch(/deploy\.sh:1:/);
    expect(blocked.output).not.toContain(PAT);
    expect(head(repo)).toBe('1');

    writeFileSync(join(repo, 'deploy.sh'), 'export GITHUB_TOKEN="$TOKEN"\n');
    git(repo, ['add', 'deploy.sh']);
    expect(commit(repo, 'add deploy script').code).toBe(0);
    expect(head(repo)).toBe('2');
    // Installing again replaces our own hook without --force.
    expectExit(await runCli(['install-hook'], { cwd: repo }), 0);
  });

  it('follows core.hooksPath, and scans the index git commits (git commit -a)', async () => {
    const repo = initRepo(join(dir, 'hookspath'));
    commitFiles(repo, { 'app.py': 'x = 1\n' });
    git(repo, ['config', 'core.hooksPath', '.githooks']);
    expectExit(await runCli(['install-hook', '--repo-path', repo]), 0);
    expect(existsSync(join(repo, '.githooks', 'pre-commit'))).toBe(true);
    expect(existsSync(join(repo, '.git', 'hooks', 'pre-commit'))).toBe(false);
    // `commit -a` stages into a temporary index (GIT_INDEX_FILE): the hook must scan that one.
    writeFileSync(join(repo, 'app.py'), `x = 1\naws_key = "${AWS}"\n`);
    const r = spawnSync('git', ['commit', '-a', '--quiet', '-m', 'tweak'], {
      cwd: repo,
      env: fixtureEnv(),
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/app\.py:2:/);
    expect(head(repo)).toBe('1');
  });

  it('never replaces a hook it did not write, unless --force (which keeps a backup)', async () => {
    const repo = initRepo(join(dir, 'foreign'));
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho team hook\n');
    chmodSync(hook, 0o755);
    const refused = await runCli(['install-hook'], { cwd: repo });
    expectExit(refused, 2);
    expect(refused.stderr).toContain('already exists and was not written by deployguard');
    expect(readFileSync(hook, 'utf8')).toContain('team hook');
    const forced = await runCli(['install-hook', '--force'], { cwd: repo });
    expectExit(forced, 0);
    expect(readFileSync(`${hook}.before-deployguard`, 'utf8')).toContain('team hook');
    expect(readFileSync(hook, 'utf8')).toContain('protect --staged');

    // A hook that is a link to a shared script: the link is moved aside, the script never
    // written; an earlier backup is kept.
    const shared = join(dir, 'shared-hook.sh');
    writeFileSync(shared, '#!/bin/sh\necho shared hook\n');
    rmSync(hook);
    symlinkSync(shared, hook);
    expectExit(await runCli(['install-hook', '--force'], { cwd: repo }), 0);
    expect(readFileSync(shared, 'utf8')).toContain('shared hook');
    expect(lstatSync(hook).isSymbolicLink()).toBe(false);
    expect(readFileSync(hook, 'utf8')).toContain('protect --staged');
    expect(lstatSync(`${hook}.before-deployguard.1`).isSymbolicLink()).toBe(true);
    expect(readFileSync(`${hook}.before-deployguard`, 'utf8')).toContain('team hook');
  });
});

// pre-commit comes from Debian (`apt-get install pre-commit`; .ci/run installs it). Installed here
// when missing and possible; otherwise these tests are skipped with the reason.
function preCommitAvailable(): boolean {
  const has = () => spawnSync('pre-commit', ['--version']).status === 0;
  if (has()) return true;
  spawnSync('apt-get', ['install', '-y', '-qq', 'pre-commit'], { stdio: 'ignore', timeout: 180_000 });
  if (has()) return true;
  console.warn('SKIPPED: the pre-commit framework is not installed and `apt-get install pre-commit` failed');
  return false;
}

(preCommitAvailable() ? describe : describe.skip)(
  '.pre-commit-hooks.yaml with the pre-commit framework',
  () => {
    let dir: string;
    beforeAll(() => (dir = makeTempDir('dg-precommit-')));
    afterAll(() => removeDir(dir));

    it('blocks a real `git commit` that adds a secret, through our hook definition', () => {
      // The hooks repository: our .pre-commit-hooks.yaml as it is checked in.
      const hooksRepo = initRepo(join(dir, 'hooks'));
      copyFileSync(join(ROOT, '.pre-commit-hooks.yaml'), join(hooksRepo, '.pre-commit-hooks.yaml'));
      const rev = commitFiles(hooksRepo, {}, 'hooks');
      // `language: system` runs the installed CLI: put this build on PATH as `deployguard`.
      const bin = join(dir, 'bin');
      mkdirSync(bin);
      writeFileSync(join(bin, 'deployguard'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`, {
        mode: 0o755,
      });
      const env = {
        ...fixtureEnv(),
        PATH: `${bin}:${process.env.PATH}`,
        PRE_COMMIT_HOME: join(dir, 'cache'),
      };

      const repo = initRepo(join(dir, 'app'));
      commitFiles(repo, {
        '.pre-commit-config.yaml': `repos:\n  - repo: ${hooksRepo}\n    rev: ${rev}\n    hooks:\n      - id: deployguard\n`,
      });
      execFileSync('pre-commit', ['install'], { cwd: repo, env });
      writeFileSync(join(repo, 'settings.py'), `SLACK_TOKEN = "${SLACK}"\n`);
      git(repo, ['add', 'settings.py']);
      const blocked = commit(repo, 'settings', env);
      expect(blocked.code).not.toBe(0);
      expect(blocked.output).toContain('deployguard (secrets in staged changes)');
      expect(blocked.output).toMatch(/settings\.py:1:/);
      expect(head(repo)).toBe('1');

      writeFileSync(join(repo, 'settings.py'), 'SLACK_TOKEN = os.environ["SLACK_TOKEN"]\n');
      git(repo, ['add', 'settings.py']);
      const passed = commit(repo, 'settings', env);
      expect(passed.output).toMatch(/deployguard \(secrets in staged changes\)\.+Passed/);
      expect(passed.code).toBe(0);
      expect(head(repo)).toBe('2');
    });
  },
);

describe('commit ranges (scan --since/--until, --log-opts, protect --since)', () => {
  let dir: string;
  let repo: string;
  let base: string;
  let leak: string;

  beforeAll(() => {
    dir = makeTempDir('dg-range-');
    repo = initRepo(join(dir, 'repo'));
    base = commitFiles(repo, { 'config.env': `OLD_TOKEN=${PAT}\n` }, 'base (already on main)');
    git(repo, ['branch', 'main-before']);
    leak = commitFiles(repo, { 'config.env': `OLD_TOKEN=${PAT}\nAWS_KEY=${AWS}\n` }, 'feature: add aws');
    commitFiles(repo, { 'README.md': '# feature\n' }, 'feature: docs');
  });
  afterAll(() => removeDir(dir));

  const newLeaks = (stdout: string) =>
    JSON.parse(stdout).findings.map((f: { rule_id: string; commit: string; file: string; line: number }) => [
      f.rule_id,
      f.file,
      f.line,
      f.commit,
    ]);

  it('scans only the commits after --since, reporting new leaks only, attributed to their commit', async () => {
    const full = await runCli(['scan', '--repo-path', repo, '--format', 'json']);
    expect(JSON.parse(full.stdout).findings).toHaveLength(2);
    const run = await runCli(['scan', '--repo-path', repo, '--since', 'main-before', '--format', 'json']);
    expectExit(run, 1);
    const report = JSON.parse(run.stdout);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(newLeaks(run.stdout)).toEqual([['aws-access-key-id', 'config.env', 2, leak]]);
    expect(report.stats.commits).toBe(2);
    expect(report.findings[0]).toMatchObject({ message: 'feature: add aws', author: 'Test Author' });
  });

  it("scans a range with its base's configuration: a range adding an allowlist cannot hide its own leak", async () => {
    const r = initRepo(join(dir, 'config-range'));
    commitFiles(r, { 'README.md': '# x\n' }, 'base');
    git(r, ['branch', 'base']);
    commitFiles(
      r,
      { '.deployguard.yml': "allowlist:\n  paths: ['x/**']\n", 'x/y.py': `t = "${PAT}"\n` },
      'pr',
    );
    for (const command of [
      ['scan', '--repo-path', r, '--since', 'base'],
      ['protect', '--repo-path', r, '--since', 'base'],
    ]) {
      const run = await runCli([...command, '--format', 'json']);
      expectExit(run, 1);
      const report = JSON.parse(run.stdout);
      expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['x/y.py']);
      expect(report.warnings).toContain(
        "the range changes the repository's .deployguard.yml: it is scanned with the default configuration (a range cannot loosen its own scan)",
      );
    }
  });

  it('leaves out a token in the name of a directory that existed before the range or the commit', async () => {
    const r = initRepo(join(dir, 'old-dir'));
    const stripe = 'sk_live_' + 'Hq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5';
    commitFiles(r, { [`dir-${stripe}/f.txt`]: 'f\n' }, 'base');
    git(r, ['branch', 'base']);
    commitFiles(r, { [`dir-${stripe}/g.txt`]: 'g\n' }, 'range');
    const range = await runCli(['scan', '--repo-path', r, '--since', 'base', '--format', 'json']);
    expectExit(range, 0);
    expect(JSON.parse(range.stdout).findings).toEqual([]);
    writeFileSync(join(r, `dir-${stripe}`, 'h.txt'), 'h\n');
    git(r, ['add', '--all']);
    const staged = await runCli(['protect', '--staged', '--format', 'json'], { cwd: r });
    expectExit(staged, 0);
    expect(staged.stdout).not.toContain(stripe);
  });

  it('leaves out of a range what a file named after a token held before it, its name included', async () => {
    const r = initRepo(join(dir, 'named'));
    const name = `n-${PAT}.py`;
    commitFiles(r, { [name]: `password = "Wq7Lk2Rp9Xz4Tn6V"\n` }, 'x');
    git(r, ['branch', 'before']);
    const y = commitFiles(r, { [name]: `password = "Wq7Lk2Rp9Xz4Tn6V"\naws = "${AWS}"\n` }, 'y');
    const run = await runCli(['scan', '--repo-path', r, '--since', 'before', '--format', 'json']);
    expectExit(run, 1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { rule_id: string; commit: string }) => [f.rule_id, f.commit])).toEqual([
      ['aws-access-key-id', y],
    ]);
    expect(report.warnings.join('\n')).toMatch(/2 finding\(s\) already present before the range/);
    expect(run.stdout).not.toContain(PAT);
  });

  it('takes a rev range as --log-opts, and --until', async () => {
    const range = await runCli([
      'scan',
      '--repo-path',
      repo,
      '--log-opts',
      'main-before..HEAD',
      '--format',
      'json',
    ]);
    expectExit(range, 1);
    expect(newLeaks(range.stdout)).toEqual([['aws-access-key-id', 'config.env', 2, leak]]);
    const until = await runCli([
      'scan',
      '--repo-path',
      repo,
      '--since',
      base,
      '--until',
      leak,
      '--format',
      'json',
    ]);
    expectExit(until, 1);
    expect(newLeaks(until.stdout)).toEqual([['aws-access-key-id', 'config.env', 2, leak]]);
    expect(JSON.parse(until.stdout).stats.commits).toBe(1);
    const docsOnly = await runCli(['scan', '--repo-path', repo, '--since', leak, '--format', 'json']);
    expectExit(docsOnly, 0);
  });

  it('protect --since blocks what a push would add', async () => {
    const run = await runCli(['protect', '--since', 'main-before'], { cwd: repo });
    expectExit(run, 1);
    expect(run.stdout).toMatch(/config\.env:2:/);
    expect(run.stderr).toContain('in what this push would add');
  });

  it("warns when the range changes .deployguardignore, and scans with its base's (it cannot hide its own leak)", async () => {
    const other = initRepo(join(dir, 'ignore-range'));
    commitFiles(other, { 'app.js': 'x = 1\n' }, 'base');
    git(other, ['branch', 'main-before']);
    commitFiles(other, { 'leak.txt': `token = "${PAT2}"\n`, '.deployguardignore': '*\n' }, 'sneaky');
    const run = await runCli(['scan', '--repo-path', other, '--since', 'main-before', '--format', 'json']);
    expect(JSON.parse(run.stdout).warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('the range changes .deployguardignore')]),
    );
    // …and is scanned with its base's: the leak the new ignore file covers is still reported.
    expectExit(run, 1);
    expect(JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['leak.txt']);
    const quiet = await runCli(['scan', '--repo-path', repo, '--since', 'main-before', '--format', 'json']);
    expect(JSON.parse(quiet.stdout).warnings.join('\n')).not.toContain('.deployguardignore');
  });

  it('refuses options and unknown revisions in a range with a clear message', async () => {
    const option = await runCli([
      'scan',
      '--repo-path',
      repo,
      '--log-opts',
      `--output=${join(dir, 'x')} HEAD`,
    ]);
    expectExit(option, 2);
    expect(option.stderr).toContain('is not a revision range');
    expect(existsSync(join(dir, 'x'))).toBe(false);
    // an option given to --since, behind the exclusion mark it gets
    const behind = await runCli(['scan', '--repo-path', repo, '--since', '--all']);
    expectExit(behind, 2);
    expect(behind.stderr).toContain('"^--all" is not a revision range');
    const unknown = await runCli(['scan', '--repo-path', repo, '--since', 'no-such-branch']);
    expectExit(unknown, 2);
    expect(unknown.stderr).toContain('cannot resolve the commit range');
    const mixed = await runCli(['scan', '--repo-path', repo, '--since', base, '--no-history']);
    expectExit(mixed, 2);
    // A tree or a blob resolves, but is no point in history.
    for (const notCommit of ['HEAD^{tree}', 'HEAD:config.env']) {
      const run = await runCli(['scan', '--repo-path', repo, '--since', notCommit]);
      expectExit(run, 2);
      expect(run.stderr).toContain('names an object that is not a commit');
    }
  });
});
