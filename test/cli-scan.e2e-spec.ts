// `deployguard scan` as a user runs it: a real process on real repositories, every output format
// and exit code, and the bad inputs that must give a clear message without losing the scan.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  mkdirSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { CLI, expectExit, runCli } from './support/cli-runner';
import { commitFiles, git, initRepo, makeTempDir, removeDir } from './support/git-fixtures';
import { CONTRACT_FIELDS } from './support/report-contract';
import { sarifErrors } from './support/sarif-validator';

const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const AWS = 'AKIA' + 'QW3ER7TY2UI5OP4Z';

describe('deployguard scan (CLI process)', () => {
  let dir: string;
  let repo: string;
  let leakCommit: string;

  beforeAll(() => {
    dir = makeTempDir('dg-cli-');
    repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, { 'README.md': '# demo\n' }, 'init');
    leakCommit = commitFiles(repo, { 'config/app.env': `GITHUB_TOKEN=${PAT}\n` }, 'add env, oops');
    commitFiles(repo, { 'config/app.env': 'GITHUB_TOKEN=${GITHUB_TOKEN}\n' }, 'use env var');
  });
  afterAll(() => removeDir(dir));

  it('prints the JSON report when stdout is not a terminal and exits 1 on findings', async () => {
    const run = await runCli(['scan', '--repo-path', repo]);
    expectExit(run, 1);
    const report = JSON.parse(run.stdout);
    expect(report.findings).toHaveLength(1);
    expect(Object.keys(report.findings[0])).toEqual(CONTRACT_FIELDS);
    expect(report.findings[0]).toMatchObject({
      rule_id: 'github-pat',
      file: 'config/app.env',
      line: 1,
      commit: leakCommit,
    });
    expect(report.stats).toMatchObject({ mode: 'history', commits: 3 });
    expect(run.stdout + run.stderr).not.toContain(PAT);
  });

  it('writes a report with full values (--no-redact) readable by its owner only, even over an older file', async () => {
    const out = join(dir, 'full.json');
    writeFileSync(out, 'an older report', { mode: 0o644 });
    const run = await runCli(['scan', '--repo-path', repo, '--no-redact', '--output', out], {
      env: { CI: 'false' }, // ci-info's explicit "not CI", whatever else the test machine sets
    });
    expectExit(run, 1);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(out, 'utf8')).findings[0].secret_preview).toBe(PAT);
  });

  it('exits 2, saying so, when the report cannot be written whole; a cut report file is removed', () => {
    const shell = (command: string) =>
      spawnSync('bash', ['-c', command], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const full = shell(`node ${CLI} scan --repo-path ${repo} --format json > /dev/full`);
    expect(full.status).toBe(2);
    expect(full.stderr).toContain(
      'cannot write the report to standard output: no space left on device (ENOSPC)',
    );
    expect(full.stderr).not.toMatch(/Unhandled|at .*\.js:\d+/);
    // into a file, a short write (the file size limit) is an error too, not a silently cut report
    const limited = shell(
      `ulimit -f 1; node ${CLI} scan --repo-path ${repo} --format json > ${join(dir, 'cut.out')}`,
    );
    expect(limited.status).toBe(2);
    expect(limited.stderr).toContain('cannot write the report to standard output: file too large (EFBIG)');
    const out = join(dir, 'cut.json');
    // a file size limit of 1 KiB: the report is larger
    const cut = shell(`ulimit -f 1; node ${CLI} scan --repo-path ${repo} --format json --output ${out}`);
    expect(cut.status).toBe(2);
    expect(cut.stderr).toContain(`cannot write the report to ${out}: file too large (EFBIG)`);
    expect(existsSync(out)).toBe(false);
    // the report that was there stays, whole
    writeFileSync(out, 'an older report');
    expect(
      shell(`ulimit -f 1; node ${CLI} scan --repo-path ${repo} --format json --output ${out}`).status,
    ).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('an older report');
    expect(readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it('writes --output through a symbolic link and into a named pipe or a device, never over them', () => {
    const shell = (command: string) =>
      spawnSync('bash', ['-c', command], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const scan = `node ${CLI} scan --repo-path ${repo} --format json --output`;
    writeFileSync(join(dir, 'real.json'), '');
    symlinkSync('real.json', join(dir, 'link.json'));
    expect(shell(`${scan} ${join(dir, 'link.json')}`).status).toBe(1);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8')).findings.length).toBeGreaterThan(0);
    // a report replaced keeps its permissions
    for (const mode of [0o600, 0o664]) {
      chmodSync(join(dir, 'real.json'), mode);
      expect(shell(`${scan} ${join(dir, 'link.json')}`).status).toBe(1);
      expect(statSync(join(dir, 'real.json')).mode & 0o777).toBe(mode);
    }
    // a link to a file not there yet: the file is made
    symlinkSync('later.json', join(dir, 'dangling.json'));
    expect(shell(`${scan} ${join(dir, 'dangling.json')}`).status).toBe(1);
    expect(lstatSync(join(dir, 'dangling.json')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, 'later.json'))).toBe(true);
    const fifo = join(dir, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    const piped = shell(`cat ${fifo} > ${join(dir, 'piped.json')} & ${scan} ${fifo}; s=$?; wait; exit $s`);
    expect(piped.status).toBe(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'piped.json'), 'utf8')).findings.length).toBeGreaterThan(0);
    // a device that cannot take it (reached through a link, so a failure cannot replace it)
    symlinkSync('/dev/full', join(dir, 'full'));
    const full = shell(`${scan} ${join(dir, 'full')}`);
    expect(full.status).toBe(2);
    expect(full.stderr).toContain(
      `cannot write the report to ${join(dir, 'full')}: no space left on device (ENOSPC)`,
    );
    expect(lstatSync(join(dir, 'full')).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('writes --output in place when its directory takes no new file but the file may be written', async () => {
    // An immutable directory (chattr +i) refuses new entries even to root, as a directory the user
    // may not write refuses them to the user; its files can still be written.
    const locked = join(dir, 'locked');
    const report = join(locked, 'report.json');
    mkdirSync(locked);
    writeFileSync(report, 'an older report');
    execFileSync('chattr', ['+i', locked]);
    try {
      const json = `--repo-path ${repo} --format json --output ${report}`;
      expectExit(await runCli(['scan', ...json.split(' ')]), 1);
      expect(JSON.parse(readFileSync(report, 'utf8')).findings.length).toBeGreaterThan(0);
      // written in place and cut short (a file size limit of 1 KiB): the error says the old one is lost
      const cut = spawnSync('bash', ['-c', `ulimit -f 1; node ${CLI} scan ${json}`], { encoding: 'utf8' });
      expect(cut.status).toBe(2);
      expect(cut.stderr).toContain('file too large (EFBIG) (written in place');
      // a new file there cannot be made: the error says why in words
      const refused = await runCli(['scan', '--repo-path', repo, '--output', join(locked, 'new.json')]);
      expectExit(refused, 2);
      expect(refused.stderr).toContain(
        `cannot write the report to ${join(locked, 'new.json')}: operation not permitted (EPERM)`,
      );
    } finally {
      execFileSync('chattr', ['-i', locked]);
    }
  });

  it('exits 2 when the report cannot be written even if stderr cannot take the message either', () => {
    const run = spawnSync('bash', [
      '-c',
      `node ${CLI} scan --repo-path ${repo} --format json > /dev/full 2>&1`,
    ]);
    expect(run.status).toBe(2);
    // help and version text too
    for (const args of ['--version', 'scan --help']) {
      const help = spawnSync('bash', ['-c', `node ${CLI} ${args} > /dev/full`], { encoding: 'utf8' });
      expect([args, help.status, help.stderr]).toEqual([
        args,
        2,
        'deployguard: error: cannot write to standard output: no space left on device (ENOSPC)\n',
      ]);
    }
  });

  it('exits 0 with no findings, and --exit-code changes the code for findings', async () => {
    const clean = initRepo(join(dir, 'clean'));
    commitFiles(clean, { 'a.txt': 'nothing here\n' });
    expectExit(await runCli(['scan', '--repo-path', clean, '--format', 'json']), 0);
    expectExit(await runCli(['scan', '--repo-path', repo, '--exit-code', '7']), 7);
    expectExit(await runCli(['scan', '--repo-path', repo, '--exit-code', '0']), 0);
  });

  it('writes SARIF that validates against the SARIF 2.1.0 schema', async () => {
    const out = join(dir, 'report.sarif');
    const run = await runCli(['scan', '--repo-path', repo, '--output', out]);
    expectExit(run, 1);
    expect(run.stdout).toBe('');
    const log = JSON.parse(readFileSync(out, 'utf8'));
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0].results[0]).toMatchObject({ ruleId: 'github-pat' });
  });

  it('writes CSV and the human table', async () => {
    const csv = await runCli(['scan', '--repo-path', repo, '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe(CONTRACT_FIELDS.join(','));
    expect(csv.stdout).toContain(leakCommit);
    const table = await runCli(['scan', '--repo-path', repo, '--format', 'table']);
    expect(table.stdout).toContain('github-pat');
    expect(table.stdout).toContain('config/app.env:1');
    expect(table.stdout).toContain(leakCommit.slice(0, 7));
    expect(table.stdout).not.toContain(String.fromCharCode(27)); // no ANSI colour codes when piped
  });

  it('scans only the working tree with --no-history', async () => {
    const run = await runCli(['scan', '--repo-path', repo, '--no-history', '--format', 'json']);
    expectExit(run, 0);
    expect(JSON.parse(run.stdout).stats.mode).toBe('working-tree');
  });

  it('scans a repository URL (cloned to a temporary directory) and a single branch', async () => {
    const bare = join(dir, 'remote.git');
    git(dir, ['clone', '--quiet', '--bare', repo, bare]);
    const run = await runCli(['scan', '--repo-url', `file://${bare}`, '--format', 'json']);
    expectExit(run, 1);
    expect(JSON.parse(run.stdout).findings[0].commit).toBe(leakCommit);
    const branch = await runCli(['scan', '--repo-path', repo, '--branch', 'main', '--format', 'json']);
    expect(JSON.parse(branch.stdout).findings).toHaveLength(1);
  });

  it('uses a baseline to report only new findings', async () => {
    const baseline = join(dir, 'baseline.json');
    await runCli(['scan', '--repo-path', repo, '--output', baseline]);
    const run = await runCli(['scan', '--repo-path', repo, '--baseline', baseline, '--format', 'json']);
    expectExit(run, 0);
    expect(JSON.parse(run.stdout).stats.suppressed_by_baseline).toBe(1);
  });

  it('applies a config file that adds a rule and disables another', async () => {
    const custom = initRepo(join(dir, 'custom'));
    commitFiles(custom, {
      'a.txt': `acme_key = ACME-9f8Qz2LmX7wRt4Kb\naws_access_key_id = ${AWS}\n`,
      '.deployguard.yml': [
        'disabled_rules: [aws-access-key-id]',
        'rules:',
        '  - id: acme-key',
        '    description: ACME key',
        '    severity: high',
        '    keywords: [acme-]',
        "    pattern: '(ACME-[A-Za-z0-9]{16})'",
      ].join('\n'),
    });
    const run = await runCli(['scan', '--repo-path', custom, '--format', 'json']);
    expect(JSON.parse(run.stdout).findings.map((f: { rule_id: string }) => f.rule_id)).toEqual(['acme-key']);
  });

  describe('bad input', () => {
    it('scans a directory that is not a repository and says so', async () => {
      const plain = join(dir, 'plain');
      mkdirSync(plain);
      writeFileSync(join(plain, 'x.env'), `GITHUB_TOKEN=${PAT}\n`);
      const run = await runCli(['scan', '--repo-path', plain, '--format', 'json']);
      expectExit(run, 1);
      expect(run.stderr).toMatch(/not a git repository: scanned its files, without history/);
      expect(JSON.parse(run.stdout).findings).toHaveLength(1);
    });

    it('refuses a config, a baseline or a replace file that is a named pipe or a device, at once', async () => {
      const fifo = join(dir, 'named.pipe');
      execFileSync('mkfifo', [fifo]);
      symlinkSync('/dev/zero', join(dir, 'zero.json'));
      const runs = [
        ['scan', '--repo-path', repo, '--config', fifo],
        ['scan', '--repo-path', repo, '--baseline', fifo],
        ['scan', '--repo-path', repo, '--baseline', join(dir, 'zero.json')],
        ['clean', '--repo-path', repo, '--replace-file', join(dir, 'zero.json')],
      ];
      for (const args of runs) {
        const run = await runCli(args); // a read of the pipe would wait, of the device fill memory
        expectExit(run, 2);
        expect(run.stderr).toMatch(/not a regular file/);
      }
    });

    it('exits 2 with a clear message for a path that does not exist', async () => {
      const run = await runCli(['scan', '--repo-path', join(dir, 'nope')]);
      expectExit(run, 2);
      expect(run.stderr).toMatch(/does not exist/);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });

    it('exits 2 with a clear message for a path that is a file', async () => {
      const file = join(dir, 'gen.js');
      writeFileSync(file, 'x\n');
      const run = await runCli(['scan', '--repo-path', file]);
      expectExit(run, 2);
      expect(run.stderr).toContain('is not a directory: give the path of a git repository or a directory');
    });

    it('exits 2 for an unknown option, an unknown format, or both --repo-path and --repo-url', async () => {
      const unknown = await runCli(['scan', '--bogus']);
      expectExit(unknown, 2);
      // The same prefix as every other error.
      expect(unknown.stderr).toMatch(/^deployguard: error: unknown option '--bogus'/);
      const fmt = await runCli(['scan', '--repo-path', repo, '--format', 'xml']);
      expectExit(fmt, 2);
      expect(fmt.stderr).toMatch(/table, json, sarif, csv/);
      expectExit(await runCli(['scan', '--repo-path', repo, '--repo-url', 'https://example.com/x.git']), 2);
      expectExit(await runCli(['scan', '--repo-path', repo, '--exit-code', 'two']), 2);
    });

    it('exits 2 for an invalid config or baseline, naming what is wrong', async () => {
      const badConfig = join(dir, 'bad.yml');
      writeFileSync(badConfig, "rules:\n  - id: broken\n    keywords: [x]\n    pattern: '(unclosed'\n");
      const c = await runCli(['scan', '--repo-path', repo, '--config', badConfig]);
      expectExit(c, 2);
      expect(c.stderr).toMatch(/rule "broken": pattern is not a valid regular expression/);
      const unknownKey = join(dir, 'unknown.yml');
      writeFileSync(unknownKey, 'colour: blue\n');
      expect((await runCli(['scan', '--repo-path', repo, '--config', unknownKey])).stderr).toMatch(
        /unknown key "colour"/,
      );
      const badBaseline = join(dir, 'bad-baseline.json');
      writeFileSync(badBaseline, '{"not": "a report"}');
      const b = await runCli(['scan', '--repo-path', repo, '--baseline', badBaseline]);
      expectExit(b, 2);
      expect(b.stderr).toMatch(/no "findings" list/);
    });

    it('exits 2 when the output file cannot be written, after scanning', async () => {
      const run = await runCli([
        'scan',
        '--repo-path',
        repo,
        '--output',
        join(dir, 'no', 'such', 'dir', 'r.json'),
      ]);
      expectExit(run, 2);
      expect(run.stderr).toMatch(/cannot write the report .*: no such file or directory \(ENOENT\)/);
    });

    it('skips binary, huge, unreadable and invalid UTF-8 files and scans the rest', async () => {
      const mixed = initRepo(join(dir, 'mixed'));
      commitFiles(mixed, {
        'image.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(PAT)]),
        'huge.log': 'x'.repeat(11 * 1024 * 1024) + `\n${PAT}\n`,
        'latin1.txt': Buffer.concat([
          Buffer.from([0xe9, 0xff, 0x0a]),
          Buffer.from(`aws_access_key_id = ${AWS}\n`),
        ]),
      });
      symlinkSync('loop', join(mixed, 'loop'));
      for (const history of [true, false]) {
        const run = await runCli([
          'scan',
          '--repo-path',
          mixed,
          '--format',
          'json',
          ...(history ? [] : ['--no-history']),
        ]);
        expectExit(run, 1);
        const report = JSON.parse(run.stdout);
        expect(report.findings.map((f: { file: string; line: number }) => [f.file, f.line])).toEqual([
          ['latin1.txt', 2],
        ]);
        expect(report.stats).toMatchObject({ skipped_binary: 1, skipped_too_large: 1 });
        expect(report.skipped.map((s: { reason: string }) => s.reason).sort()).toEqual([
          'binary',
          'too-large',
          'unreadable',
        ]);
      }
    });

    it('exits 2 for an unknown branch', async () => {
      const run = await runCli(['scan', '--repo-path', repo, '--branch', 'no-such-branch']);
      expectExit(run, 2);
      expect(run.stderr).toMatch(/names no branch or commit/);
    });
  });
});
