// The default `deployguard scan` (history and uncommitted files) against `--no-history`, through
// the real CLI: a finding has the same confidence in both modes.
import { join } from 'node:path';
import { expectExit, runCli } from './support/cli-runner';
import { commitFiles, initRepo, makeTempDir, removeDir } from './support/git-fixtures';

const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
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

describe('deployguard scan: the default mode and --no-history agree', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('dg-cli-modes-');
  });
  afterEach(() => removeDir(dir));

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
