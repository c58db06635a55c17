import { CONTRACT_FIELDS } from '../../../test/support/report-contract';
import { formatJson } from './json.format';
import { reportSchemaErrors } from '../../../test/support/report-schema';
import { REPORT_SCHEMA_VERSION, type Finding } from './report.types';
import { buildReport, historyFinding, workingTreeFinding } from './report.fixture';

describe('formatJson', () => {
  it('prints the report sections in contract order', () => {
    const text = formatJson(buildReport());
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual([
      'schema_version',
      'redacted',
      'findings',
      'stats',
      'skipped',
      'warnings',
      'tool',
    ]);
    expect(parsed).toMatchObject({ schema_version: REPORT_SCHEMA_VERSION, redacted: true });
    expect(parsed.tool).toEqual({ name: 'deployguard', version: '0.1.0' });
    expect(parsed.stats).toEqual(buildReport().stats);
    expect(parsed.skipped).toEqual(buildReport().skipped);
    expect(parsed.warnings).toEqual(buildReport().warnings);
    expect(text).toMatch(/^\{\n {2}"schema_version": /); // pretty-printed
  });

  it('gives every finding exactly the contract fields, in order, with their values', () => {
    const parsed = JSON.parse(formatJson(buildReport({ findings: [historyFinding, workingTreeFinding] })));
    for (const f of parsed.findings) expect(Object.keys(f)).toEqual(CONTRACT_FIELDS);
    expect(parsed.findings).toEqual([historyFinding, workingTreeFinding]);
    expect(parsed.findings[1].commit).toBeNull();
    expect(parsed.findings[0].message).toBe('Add prod config, "temporarily"\nwill remove later');
  });

  it('matches the checked-in JSON Schema, redacted or not', () => {
    // Real fingerprints are 32 hex characters (the fixture's are readable labels).
    const findings = [historyFinding, workingTreeFinding].map((f, i) => ({
      ...f,
      fingerprint: `${i}`.repeat(32),
    }));
    const report = buildReport({ findings });
    expect(reportSchemaErrors(JSON.parse(formatJson(report)))).toEqual([]);
    expect(JSON.parse(formatJson(report, false)).redacted).toBe(false);
    expect(
      reportSchemaErrors(
        JSON.parse(formatJson({ ...report, tool: { name: 'deployguard', version: 'x' } }, false)),
      ),
    ).toEqual([]);
    // The schema is a real check: a missing field or an unknown one fails it.
    const parsed = JSON.parse(formatJson(report));
    delete parsed.findings[0].fingerprint;
    parsed.extra = 1;
    expect(reportSchemaErrors(parsed).length).toBeGreaterThanOrEqual(2);
  });

  it('never leaks a stray property such as a secret value', () => {
    const leaky = { ...historyFinding, secret: 'hunter2-real-value' } as Finding;
    const stats = { ...buildReport().stats, token: 'hunter2-real-value' };
    const skipped = [{ ...buildReport().skipped[0], content: 'hunter2-real-value' }];
    const text = formatJson(buildReport({ findings: [leaky], stats, skipped }));
    expect(text).not.toContain('hunter2');
    expect(Object.keys(JSON.parse(text).findings[0])).toEqual(CONTRACT_FIELDS);
  });
});
