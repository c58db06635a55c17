import { formatReport, REPORT_FORMATS, type ReportFormat } from './format';
import type { Finding } from './report.types';
import { buildReport, historyFinding } from './report.fixture';

describe('formatReport', () => {
  it('offers the four formats of `deployguard scan --format`', () => {
    expect(REPORT_FORMATS).toEqual(['table', 'json', 'sarif', 'csv']);
  });

  it('dispatches to each format', () => {
    const report = buildReport();
    expect(JSON.parse(formatReport(report, 'json')).findings).toHaveLength(2);
    expect(JSON.parse(formatReport(report, 'sarif')).version).toBe('2.1.0');
    expect(formatReport(report, 'csv').startsWith('fingerprint,rule_id,')).toBe(true);
    expect(formatReport(report, 'table')).toContain('2 findings:');
    // eslint-disable-next-line no-control-regex
    expect(formatReport(report, 'table')).not.toMatch(/\u001b\[/); // color defaults to off
    expect(formatReport(report, 'table', { color: true })).toMatch(/\u001b\[/); // eslint-disable-line no-control-regex
  });

  it('rejects an unknown format with the accepted ones', () => {
    expect(() => formatReport(buildReport(), 'xml' as ReportFormat)).toThrow(
      /"xml".*table, json, sarif, csv/,
    );
  });

  it.each(REPORT_FORMATS)('never leaks a stray secret value in %s', (format) => {
    const leaky = { ...historyFinding, secret: 'hunter2-real-value', value: 'hunter2-real-value' } as Finding;
    expect(formatReport(buildReport({ findings: [leaky] }), format)).not.toContain('hunter2');
  });
});
