import { sarifErrors, sarifSchema as schema } from '../../../test/support/sarif-validator';
import { fileToUri, formatSarif } from './sarif.format';
import {
  buildReport,
  formulaFinding,
  historyFinding,
  messageFinding,
  workingTreeFinding,
} from './report.fixture';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const parse = (text: string): any => JSON.parse(text);

describe('formatSarif', () => {
  it('uses a draft-04 schema, so the Ajv class matches it', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
  });

  it('produces a log that validates against the SARIF 2.1.0 schema', () => {
    const log = parse(
      formatSarif(buildReport({ findings: [historyFinding, workingTreeFinding, formulaFinding] })),
    );
    expect(sarifErrors(log)).toEqual([]);
  });

  it('validates with no findings too', () => {
    const log = parse(formatSarif(buildReport({ findings: [], warnings: [] })));
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
  });

  it('fails validation when the log is broken, so the check above can fail', () => {
    const noVersion = parse(formatSarif(buildReport()));
    delete noVersion.version;
    expect(sarifErrors(noVersion)).not.toEqual([]);

    const badLevel = parse(formatSarif(buildReport()));
    badLevel.runs[0].results[0].level = 'fatal';
    expect(sarifErrors(badLevel)).not.toEqual([]);

    const badLine = parse(formatSarif(buildReport()));
    badLine.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(sarifErrors(badLine)).not.toEqual([]);

    // ajv-formats is wired in: a `format: uri` property rejects a relative reference.
    const badUri = parse(formatSarif(buildReport()));
    badUri.runs[0].tool.driver.informationUri = 'not a uri';
    expect(sarifErrors(badUri)).not.toEqual([]);
  });

  it('describes the tool and one rule per distinct rule id', () => {
    const log = parse(
      formatSarif(buildReport({ findings: [historyFinding, workingTreeFinding, historyFinding] })),
    );
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('DeployGuard');
    expect(driver.version).toBe('0.1.0');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(['aws-access-key-id', 'generic-password']);

    const aws = driver.rules[0];
    expect(aws.name).toBe('AwsAccessKeyId');
    expect(aws.shortDescription.text).toBe('AWS Access Key ID');
    expect(aws.help.text).toMatch(/rotate/i);
    expect(aws.help.text).toMatch(/history/i);
    expect(aws.defaultConfiguration.level).toBe('error');
    expect(aws.properties).toEqual({
      tags: ['security', 'external/cwe/cwe-798'],
      'security-severity': '9.5',
      precision: 'high',
    });
    expect(driver.rules[1].defaultConfiguration.level).toBe('warning');
    expect(driver.rules[1].properties['security-severity']).toBe('5.5');
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('maps each finding to a result pointing at its rule and location', () => {
    const log = parse(formatSarif(buildReport({ findings: [workingTreeFinding, historyFinding] })));
    const { rules } = log.runs[0].tool.driver;
    const [wt, hist] = log.runs[0].results;

    for (const r of [wt, hist]) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(hist.level).toBe('error');
    expect(hist.message.text).toContain('AWS Access Key ID');
    expect(hist.message.text).toContain('AKI**************Q7Z');
    expect(hist.partialFingerprints).toEqual({ 'deployguard/v1': historyFinding.fingerprint });
    expect(hist.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'config/prod.env', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 19, endLine: 12 },
    });
    expect(hist.properties).toEqual({
      confidence: 'high',
      location: 'file',
      commit: historyFinding.commit,
      commit_boundary: false,
      author: 'Zoë Müller',
      email: 'zoe@example.com',
      date: '2024-03-05T14:22:10+01:00',
      commit_message: historyFinding.message,
    });

    expect(wt.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'docs/my%20notes/%C3%BCber%20geheim.md',
    );
    // The level says how sure the match is: a low-confidence generic match is a note.
    expect(wt.properties).toEqual({ confidence: 'low', location: 'file' });
    expect(wt.level).toBe('note');
  });

  it('gives a commit-message finding a logical location (no file) that validates', () => {
    const log = JSON.parse(formatSarif(buildReport({ findings: [messageFinding] })));
    expect(sarifErrors(log)).toEqual([]);
    const [result] = log.runs[0].results;
    expect(result.locations[0].physicalLocation).toBeUndefined();
    expect(result.locations[0].logicalLocations).toEqual([
      {
        name: 'commit-message',
        fullyQualifiedName: `${messageFinding.commit}/commit-message`,
        kind: 'member',
      },
    ]);
    expect(result.properties).toMatchObject({ location: 'commit-message', commit: messageFinding.commit });
    expect(result.message.text).toContain('(commit-message)');
  });

  it('represents a secret in a path and a tagged blob, and both validate', () => {
    const inPath = { ...historyFinding, location: 'path' as const, fingerprint: 'p' };
    const tagged = {
      ...workingTreeFinding,
      file: null,
      location: 'tagged-blob' as const,
      ref: 'refs/tags/key',
      fingerprint: 't',
    };
    const log = JSON.parse(formatSarif(buildReport({ findings: [inPath, tagged] })));
    expect(sarifErrors(log)).toEqual([]);
    const [path, blob] = log.runs[0].results;
    expect(path.locations[0].physicalLocation.artifactLocation.uri).toBe('config/prod.env');
    expect(path.locations[0].logicalLocations[0].name).toBe('path');
    expect(blob.locations[0].logicalLocations[0].fullyQualifiedName).toBe('refs/tags/key/tagged-blob');
    expect(blob.properties).toEqual({ confidence: 'low', location: 'tagged-blob', ref: 'refs/tags/key' });
    expect(blob.message.text).toContain('reached through refs/tags/key');
  });

  it('roots relative URIs at the local repository path', () => {
    const log = parse(formatSarif(buildReport()));
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%']).toEqual({ uri: 'file:///tmp/repos/acme%20app/' });
    const remote = parse(
      formatSarif(
        buildReport({ stats: { ...buildReport().stats, repository: 'https://github.com/acme/app.git' } }),
      ),
    );
    expect(remote.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBeUndefined();
    expect(sarifErrors(remote)).toEqual([]);
  });

  it('encodes each path segment and normalizes backslashes', () => {
    expect(fileToUri('a dir\\sub#1/file?.txt')).toBe('a%20dir/sub%231/file%3F.txt');
    expect(fileToUri('./src/日本.ts')).toBe('src/%E6%97%A5%E6%9C%AC.ts');
  });
});
