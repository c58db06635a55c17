import { formatTable } from './table.format';
import type { Finding } from './report.types';
import { buildReport, historyFinding, messageFinding, workingTreeFinding } from './report.fixture';
import { displayWidth } from './text-width.util';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

describe('formatTable', () => {
  const plain = formatTable(buildReport(), { color: false });

  it('lists each finding with rule id, location, commit and preview', () => {
    expect(plain).toContain('aws-access-key-id');
    expect(plain).toContain('generic-password');
    expect(plain).toContain('config/prod.env:12:19');
    expect(plain).toContain('docs/my notes/über geheim.md:3:12');
    expect(plain).toMatch(/9fceb02 {2}2024-03-05 {2}Zoë Müller/);
    expect(plain).not.toContain('9fceb02d'); // the short sha only
    expect(plain).toContain('AKI**************Q7Z');
    expect(plain).toContain('working tree');
    expect(plain).toMatch(/CRITICAL/);
  });

  it('shows where a value outside file content sits, and a shallow boundary', () => {
    const text = formatTable(
      buildReport({ findings: [messageFinding, { ...historyFinding, commit_boundary: true }] }),
      { color: false },
    );
    expect(text).toContain('[commit-message]:3:7');
    expect(text).toContain('9fceb02 (shallow boundary: or earlier)');
  });

  it('puts the most severe finding first', () => {
    // The fixture lists the medium working-tree finding first.
    expect(plain.indexOf('aws-access-key-id')).toBeLessThan(plain.indexOf('generic-password'));
  });

  it('keeps a multi-line commit message on one line', () => {
    expect(plain).toContain('Add prod config, "temporarily" will remove later');
  });

  it('summarizes counts, scan size, skips and warnings', () => {
    expect(plain).toContain('2 findings: 1 critical, 0 high, 1 medium, 0 low');
    expect(plain).toContain('Scanned 1,234 blobs (5.6 MB) from 42 commits on 3 refs in 2.3 s.');
    expect(plain).toContain('Skipped: 7 binary, 1 too large.');
    expect(plain).toContain('Suppressed by baseline: 2 findings.');
    expect(plain).toContain('too-large: assets/big.sql (12.0 MB > 10 MB cap)');
    expect(plain).not.toContain('logo.png'); // binary skips are counted, not listed
    expect(plain).toContain('\n  ! shallow clone: history before 2023-01-01 was not scanned\n');
  });

  it('has no ANSI codes without color, and colours severities with it', () => {
    expect(plain).not.toMatch(ANSI);
    const colored = formatTable(buildReport(), { color: true });
    expect(colored).toMatch(ANSI);
    expect(colored).toContain('\u001b[31mCRITICAL'); // red
  });

  it('says so clearly when there is nothing to report', () => {
    const text = formatTable(buildReport({ findings: [], warnings: [] }), { color: false });
    expect(text).toContain('No secrets found.');
    expect(text).toContain('0 findings: 0 critical, 0 high, 0 medium, 0 low');
    expect(text).toContain('Scanned 1,234 blobs');
    expect(text).not.toContain('Warnings');
  });

  it('describes a working-tree scan in files, without commits', () => {
    const stats = {
      ...buildReport().stats,
      mode: 'working-tree' as const,
      blobs_scanned: 1,
      duration_ms: 80,
    };
    const text = formatTable(buildReport({ stats, findings: [workingTreeFinding] }), { color: false });
    expect(text).toContain('Scanned 1 file (5.6 MB) in 80 ms.');
    expect(text).toContain('1 finding: 0 critical');
  });

  it('fits long paths and messages within the width, keeping the file name', () => {
    const long: Finding = {
      ...historyFinding,
      file: `${'very-deep-directory/'.repeat(8)}app/settings.production.yaml`,
      message: 'x'.repeat(300),
      description: 'd'.repeat(200),
    };
    const text = formatTable(buildReport({ findings: [long] }), { color: false, width: 60 });
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(text).toMatch(/…[^\n]*settings\.production\.yaml:12:19/);
    expect(text).toContain('x…');
  });

  it('wraps a long warning instead of cutting it', () => {
    const warning = `${'word '.repeat(30)}end`;
    const text = formatTable(buildReport({ warnings: [warning] }), { color: false, width: 40 });
    const lines = text.split('\n').filter((l) => /^ {2}! | {4}word/.test(l));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(lines.map((l) => l.slice(4)).join(' ')).toBe(warning);
  });

  it('never prints terminal control sequences from repository data', () => {
    const hostile: Finding = {
      ...historyFinding,
      message: 'fix\u001b]8;;http://evil\u0007 typo',
      file: 'a\u001b[2Jb.env',
    };
    const text = formatTable(buildReport({ findings: [hostile] }), { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('a?[2Jb.env');
  });
});
