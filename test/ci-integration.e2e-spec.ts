// The CI integration files as a pipeline runs them: the GitHub Action's shell steps (action.yml)
// and the GitLab CI template's script, run here as scripts on real repositories with the
// environment those CI systems give them. Steps that call other actions (setup-node,
// upload-sarif) cannot run here; the SARIF file handed to upload-sarif is checked instead.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { commitFiles, initRepo, makeTempDir, removeDir } from './support/git-fixtures';
import { sarifErrors } from './support/sarif-validator';

const ROOT = join(__dirname, '..');
const PAT = 'ghp_' + 'R8mQ2vLx9TzK4pWn7YcB3dHf6JsA1gUe5NkV';
const AWS = 'AKIA' + 'QW3ER7TY2UI5OP4Z';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

// `${{ a.b || c.d }}` against a context object: the first non-empty operand, '' when none.
function resolve(text: string, context: Record<string, unknown>): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expr: string) => {
    for (const term of expr.split('||').map((t) => t.trim())) {
      const value = term
        .split('.')
        .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], context);
      if (value !== undefined && value !== null && value !== '') return String(value);
    }
    return '';
  });
}

// Runs action.yml's steps as the runner would for a job in `workspace`; returns each run step's
// exit code (the job stops at the first failure) and the upload step's SARIF file.
function runAction(workspace: string, inputs: Record<string, string>, event: Record<string, unknown>) {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default: string }>;
    runs: { steps: Step[] };
  };
  const resolvedInputs = Object.fromEntries(
    Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? v.default]),
  );
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  const context = { inputs: resolvedInputs, github: { action_path: ROOT, event }, steps };
  const results: { name: string; code: number; output: string }[] = [];
  let sarifForUpload: string | null = null;
  for (const step of action.runs.steps) {
    if (step.uses) {
      if (step.uses.startsWith('github/codeql-action/upload-sarif'))
        sarifForUpload = resolve(step.with!.sarif_file, context);
      continue;
    }
    const outputFile = join(workspace, '..', `output-${results.length}`);
    writeFileSync(outputFile, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, resolve(v, context)]));
    const r = spawnSync('bash', ['-e', '-c', step.run!], {
      cwd: workspace,
      env: { ...process.env, ...env, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: workspace },
      encoding: 'utf8',
    });
    results.push({ name: step.name ?? '', code: r.status ?? -1, output: r.stdout + r.stderr });
    if (step.id) {
      const outputs = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter((l) => l.includes('='))
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      steps[step.id] = { outputs };
    }
    if (r.status !== 0) break;
  }
  return { results, sarifForUpload, steps };
}

describe('CI integration files', () => {
  let dir: string;
  let repo: string;
  let base: string;

  beforeAll(() => {
    dir = makeTempDir('dg-ci-');
    repo = initRepo(join(dir, 'repo'));
    base = commitFiles(repo, { 'old.env': `TOKEN=${PAT}\n` }, 'main: an old leak, already known');
  });
  afterAll(() => removeDir(dir));

  it('GitHub Action: a pull request adding a secret gets a SARIF report for code scanning and a failed job', () => {
    commitFiles(repo, { 'src/aws.js': `const key = "${AWS}";\n` }, 'PR: add aws client');
    const { results, sarifForUpload, steps } = runAction(repo, {}, { pull_request: { base: { sha: base } } });
    expect(results.map((r) => [r.name, r.code])).toEqual([
      ['Install DeployGuard', 0],
      ['Scan', 0],
      ['Fail on findings', 1],
    ]);
    expect(steps.scan.outputs).toEqual({ findings: '1', sarif: 'deployguard.sarif' });
    expect(results[1].output).toContain(`scanning ${base}..HEAD`);
    expect(results[1].output).toMatch(/aws-access-key-id {2}src\/aws\.js:1/);
    expect(results[2].output).toContain('::error::DeployGuard found 1 secret(s)');
    const sarif = JSON.parse(readFileSync(join(repo, sarifForUpload!), 'utf8'));
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['aws-access-key-id']);
    expect(results.map((r) => r.output).join('')).not.toContain(AWS);
  });

  it('GitHub Action: inputs for range, baseline and fail-on-findings; a push event scans the pushed commits', () => {
    const before = commitFiles(repo, { 'README.md': '# app\n' }, 'docs');
    commitFiles(repo, { 'docs/more.md': 'more\n' }, 'docs again');
    const push = runAction(repo, {}, { before });
    expect(push.results.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(push.steps.scan.outputs.findings).toBe('0');
    // The whole history (a range from the root) with a baseline of the old leak: the new one remains.
    const baseline = join(dir, 'baseline.json');
    const scan = spawnSync(process.execPath, [
      join(ROOT, 'bin/deployguard.js'),
      'scan',
      '--repo-path',
      repo,
      '--log-opts',
      base,
      '--format',
      'json',
    ]);
    writeFileSync(baseline, scan.stdout);
    const ranged = runAction(
      repo,
      { range: 'HEAD', baseline, 'fail-on-findings': 'false', 'sarif-file': 'out.sarif' },
      {},
    );
    expect(ranged.results.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(ranged.steps.scan.outputs).toEqual({ findings: '1', sarif: 'out.sarif' });
    // A range whose base is not in the clone (a shallow checkout) fails the step with a hint.
    const missing = runAction(repo, { range: 'no-such-base..HEAD' }, {});
    expect(missing.results.map((r) => r.code)).toEqual([0, 2]);
    expect(missing.results[1].output).toContain('fetch-depth: 0');
  });

  it('GitLab CI template: a merge request adding a secret keeps the SARIF artifact and fails the job', () => {
    const template = parse(readFileSync(join(ROOT, 'scripts/ci/deployguard.gitlab-ci.yml'), 'utf8')) as {
      deployguard: { variables: Record<string, string>; script: string[]; artifacts: { paths: string[] } };
    };
    const job = template.deployguard;
    const mrBase = commitFiles(repo, { 'x.txt': 'x\n' }, 'main moves on');
    commitFiles(repo, { 'ci/deploy.sh': `export AWS_ACCESS_KEY_ID=${AWS}\n` }, 'MR: deploy script');
    // /app is where the image holds the project; here it is this checkout.
    const script = job.script.map((line) => line.replace(/\/app\//g, `${ROOT}/`)).join('\n');
    const r = spawnSync('bash', ['-e', '-c', script], {
      cwd: repo,
      env: {
        ...process.env,
        ...job.variables,
        DEPLOYGUARD: `node ${ROOT}/bin/deployguard.js`,
        CI_MERGE_REQUEST_DIFF_BASE_SHA: mrBase,
        CI_COMMIT_BEFORE_SHA: '0000000000000000000000000000000000000000',
      },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toContain(`scanning ${mrBase}..HEAD`);
    expect(r.stderr).toMatch(/aws-access-key-id {2}ci\/deploy\.sh:1/);
    const sarif = JSON.parse(readFileSync(join(repo, job.artifacts.paths[0]), 'utf8'));
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(1);
  });
});
