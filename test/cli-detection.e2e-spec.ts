// Detection quality through the real CLI process: confidence levels and `--min-confidence`, values
// typed out by hand, weak passwords and provider key names, and values wrapped in base64 (issue 8
// items 4 and 6).
import { join } from 'node:path';
import { expectExit, runCli } from './support/cli-runner';
import { commitFiles, git, initRepo, makeTempDir, removeDir } from './support/git-fixtures';
import { sarifErrors } from './support/sarif-validator';

jest.setTimeout(60_000);

const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const STRONG = 'cCVIysEcOsfdroLfTu5Q'; // a generic password that looks random: medium
const WEAK = 'Sunflower2024'; // a generic password that is a word: low

interface JsonFinding {
  rule_id: string;
  confidence: string;
  secret_preview: string;
  file: string;
  line: number;
  column: number;
}

describe('deployguard scan: confidence', () => {
  let dir: string;
  let repo: string;

  beforeAll(() => {
    dir = makeTempDir('dg-cli-confidence-');
    repo = initRepo(join(dir, 'repo'));
    commitFiles(
      repo,
      {
        'config/app.env': `GITHUB_TOKEN=${PAT}\n`,
        'config/db.yml': `db_password: "${STRONG}"\nadmin_password: "${WEAK}"\n`,
      },
      'add config',
    );
  });
  afterAll(() => removeDir(dir));

  const findings = async (args: string[]): Promise<JsonFinding[]> => {
    const run = await runCli(['scan', '--repo-path', repo, '--format', 'json', ...args]);
    expectExit(run, 1);
    return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
  };
  const levels = (list: JsonFinding[]) => list.map((f) => `${f.rule_id}:${f.confidence}`).sort();

  it('gives every finding a confidence, and JSON keeps the low ones by default', async () => {
    expect(levels(await findings([]))).toEqual([
      'generic-password:low',
      'generic-password:medium',
      'github-pat:high',
    ]);
  });

  it('drops what is below --min-confidence, in every format', async () => {
    expect(levels(await findings(['--min-confidence', 'medium']))).toEqual([
      'generic-password:medium',
      'github-pat:high',
    ]);
    expect(levels(await findings(['--min-confidence', 'high']))).toEqual(['github-pat:high']);
    const csv = await runCli(['scan', '--repo-path', repo, '--format', 'csv', '--min-confidence', 'high']);
    const rows = csv.stdout.trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[0].split(',')).toContain('confidence');
    expect(rows[1]).toContain(',high,');
  });

  it('hides low findings from the table unless asked, and says how many it hid', async () => {
    const table = await runCli(['scan', '--repo-path', repo, '--format', 'table']);
    expectExit(table, 1);
    const weakPreview = `${WEAK.slice(0, 3)}*****${WEAK.slice(-3)}`;
    expect(table.stdout).toContain('medium confidence');
    expect(table.stdout).not.toContain(weakPreview);
    expect(table.stderr).toContain('1 finding(s) of low confidence not shown');
    const all = await runCli(['scan', '--repo-path', repo, '--format', 'table', '--min-confidence', 'low']);
    expect(all.stdout).toContain(weakPreview);
    expect(all.stdout).toContain('low confidence');
    expect(all.stderr).not.toContain('not shown');
  });

  it('maps confidence to the SARIF level and a result property', async () => {
    const run = await runCli(['scan', '--repo-path', repo, '--format', 'sarif']);
    expectExit(run, 1);
    const log = JSON.parse(run.stdout);
    expect(sarifErrors(log)).toEqual([]);
    const byLevel = (log.runs[0].results as { level: string; properties: { confidence: string } }[])
      .map((r) => `${r.properties.confidence}:${r.level}`)
      .sort();
    expect(byLevel).toEqual(['high:error', 'low:note', 'medium:warning']);
  });

  it('rejects an unknown level with the accepted ones', async () => {
    const run = await runCli(['scan', '--repo-path', repo, '--min-confidence', 'certain']);
    expectExit(run, 2);
    expect(run.stderr).toMatch(/'certain' is invalid.*high, medium, low/);
  });
});

describe('deployguard scan: typed-out values, weak passwords, provider key names', () => {
  let dir: string;
  let repo: string;

  beforeAll(() => {
    dir = makeTempDir('dg-cli-typed-');
    repo = initRepo(join(dir, 'repo'));
    commitFiles(
      repo,
      {
        // A weak password (a word and a digit) and one typed on the keyboard: low.
        '.env': 'DB_PASSWORD=Zorro7\nADMIN_PASSWORD=123QWEasd\n',
        // A provider's key name with a value of no documented shape: medium; typed out: low.
        'deploy/notify.conf':
          'PUSHBULLET SECRET Wq7Lk2Rp9Xz4Tn6Vb8Hm3Jd5Fs1Gc0\nDRONECI_TOKEN=abcd1234efgh5678ijkl9012mnop3456\n',
        // Typed out from end to end under a key that names nobody's secret: a placeholder.
        'docs/auth.md': "auth = HTTPHeaderAuth({'Api-Key': '1234567890ABCDEF'})\npassword = 'bbbbbbbb'\n",
      },
      'add config',
    );
  });
  afterAll(() => removeDir(dir));

  it('reports weak and typed-out values as low, a provider key of no known format as medium', async () => {
    const run = await runCli(['scan', '--repo-path', repo, '--format', 'json']);
    expectExit(run, 1);
    const found = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    expect(found.map((f) => `${f.file}:${f.line} ${f.rule_id}:${f.confidence}`).sort()).toEqual([
      '.env:1 generic-password:low',
      '.env:2 generic-password:low',
      'deploy/notify.conf:1 provider-key-any-format:medium',
      'deploy/notify.conf:2 generic-token:low',
    ]);
    expect(run.stdout).not.toContain('Zorro7');
  });

  it('keeps the low ones out of the default table', async () => {
    const table = await runCli(['scan', '--repo-path', repo, '--format', 'table']);
    expectExit(table, 1);
    expect(table.stdout).toContain('provider-key-any-format');
    expect(table.stdout).not.toContain('generic-password');
    expect(table.stderr).toContain('3 finding(s) of low confidence not shown');
  });
});

describe('deployguard scan and clean: encoded secrets', () => {
  let dir: string;
  const b64 = (v: string) => Buffer.from(v, 'utf8').toString('base64');
  const DB_URL = 'postgres://app:Xk29fQpLm3Zr8vN2@db.internal:5432/orders';

  beforeAll(() => {
    dir = makeTempDir('dg-cli-encoded-');
  });
  afterAll(() => removeDir(dir));

  it('reports a Kubernetes Secret value at its encoded text, and clean removes that text', async () => {
    const repo = initRepo(join(dir, 'repo'));
    const manifest = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: orders',
      'data:',
      `  DATABASE: ${b64(DB_URL)}`,
      `  GH: ${b64(PAT)}`,
      `  PLACEHOLDER: ${b64('postgres://user:pass@localhost/db')}`,
      '',
    ].join('\n');
    commitFiles(repo, { 'deploy/secret.yaml': manifest }, 'add secret manifest');
    const run = await runCli(['scan', '--repo-path', repo, '--format', 'json']);
    expectExit(run, 1);
    const found = (JSON.parse(run.stdout) as { findings: (JsonFinding & { fingerprint: string })[] })
      .findings;
    expect(found.map((f) => [f.rule_id, f.file, f.line, f.column, f.secret_preview]).sort()).toEqual([
      [
        'database-connection-string',
        'deploy/secret.yaml',
        6,
        13,
        `${b64(DB_URL).slice(0, 3)}*****${b64(DB_URL).slice(-3)}`,
      ],
      ['github-pat', 'deploy/secret.yaml', 7, 7, `${b64(PAT).slice(0, 3)}*****${b64(PAT).slice(-3)}`],
    ]);
    expect(run.stdout).not.toContain(b64(PAT));

    const clean = await runCli(['clean', '--repo-path', repo, '--all', '--in-place', '--format', 'json']);
    expectExit(clean, 0);
    const history = git(repo, ['log', '--branches', '--tags', '-p']);
    expect(history).not.toContain(b64(DB_URL));
    expect(history).not.toContain(b64(PAT));
    expect(history).toContain(b64('postgres://user:pass@localhost/db')); // a placeholder: left alone
  });
});
