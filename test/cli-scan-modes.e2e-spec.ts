// The default `deployguard scan` (history and uncommitted files) against `--no-history`, through
// the real CLI: the default mode misses nothing a commit would record (staged files included), and
// a finding has the same confidence in both modes.
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectExit, runCli } from './support/cli-runner';
import { commitFiles, git, initRepo, makeTempDir, removeDir } from './support/git-fixtures';

const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const PAT_B = 'ghp_' + 'Lq7Xw2Mz9Rb4Tn6Vc1Yk8Hd3Pf5Ja0Gs2EuW';
// An Argon2 hash as libraries' READMEs show it (the password-hash rule, exampleInDocs).
const HASH =
  '$argon2id$v=19$m=65536,t=3,p=4$' + 'MIIRqgvgQbgj220jfp0MPA$YfwJSVjtjSU0zzV/P3S9nnQ/USre2wvJMjfCIjrTQbg';

interface Finding {
  rule_id: string;
  file: string | null;
  line: number;
  commit: string | null;
  confidence: string;
}

async function scanJson(repo: string, extra: string[] = []): Promise<Finding[]> {
  const run = await runCli(['scan', '--repo-path', repo, '--format', 'json', '--no-progress', ...extra]);
  expectExit(run, 1);
  expect(run.stdout + run.stderr).not.toContain(PAT);
  return (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
}

const files = (findings: Finding[]) => findings.map((f) => f.file).sort();

describe('deployguard scan: the default mode and --no-history agree', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('dg-cli-modes-');
  });
  afterEach(() => removeDir(dir));

  it('scans staged files in the default mode, new or modified, and a staged version the work tree lost', async () => {
    const repo = initRepo(join(dir, 'repo'));
    commitFiles(repo, { a: 'hello\n' }, 'init');
    const line = `t='${PAT}'\n`;
    writeFileSync(join(repo, 'staged.py'), line);
    git(repo, ['add', 'staged.py']);
    writeFileSync(join(repo, 'untracked.py'), line);
    appendFileSync(join(repo, 'a'), line);
    const everyFile = ['a', 'staged.py', 'untracked.py'];
    expect(files(await scanJson(repo))).toEqual(everyFile);
    expect(files(await scanJson(repo, ['--no-history']))).toEqual(everyFile);

    git(repo, ['add', 'a']);
    const findings = await scanJson(repo);
    expect(files(findings)).toEqual(everyFile);
    expect(findings.find((f) => f.file === 'a')).toMatchObject({ line: 2, commit: null });

    // Staged, then edited out of the work tree or deleted: still what the next commit records.
    writeFileSync(join(repo, 'edited.py'), `x = 1\nt='${PAT_B}'\n`);
    writeFileSync(join(repo, 'deleted.py'), `t='${PAT_B}'\n`);
    git(repo, ['add', 'edited.py', 'deleted.py']);
    writeFileSync(join(repo, 'edited.py'), 'x = 1\n');
    rmSync(join(repo, 'deleted.py'));
    const lost = await scanJson(repo);
    expect(files(lost)).toEqual(['a', 'deleted.py', 'edited.py', 'staged.py', 'untracked.py']);
    expect(lost.find((f) => f.file === 'edited.py')).toMatchObject({ line: 2, commit: null });
  });

  it('gives a password hash in README.md the same (low) confidence in history and in --no-history', async () => {
    const repo = initRepo(join(dir, 'repo'));
    const text = `>>> ph.hash("correct horse battery staple")\n'${HASH}'\n`;
    const commit = commitFiles(repo, { 'README.md': text, 'seed.py': text }, 'docs');
    const history = await scanJson(repo);
    const tree = await scanJson(repo, ['--no-history']);
    const levels = (findings: Finding[]) =>
      findings.map((f) => [f.rule_id, f.file, f.confidence]).sort((a, b) => a[1]!.localeCompare(b[1]!));
    const expected = [
      ['password-hash', 'README.md', 'low'],
      ['password-hash', 'seed.py', 'medium'],
    ];
    expect(levels(history)).toEqual(expected);
    expect(levels(tree)).toEqual(expected);
    expect(history.map((f) => f.commit)).toEqual([commit, commit]);
  });
});
