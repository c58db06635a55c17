import { CONTRACT_FIELDS } from '../../../test/support/report-contract';
import { formatCsv, neutralizeFormula } from './csv.format';
import {
  buildReport,
  formulaFinding,
  historyFinding,
  messageFinding,
  workingTreeFinding,
} from './report.fixture';
import type { Finding } from './report.types';

// csv-parse is not installed; this is a strict RFC 4180 reader written independently of
// csv-stringify, so the round trip below checks the writer against the standard, not against itself.
function parseRfc4180(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted cell');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) {
      throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
    }
  }
  if (row.length > 0) throw new Error('last row has no CRLF');
  return rows;
}

const HEADER = CONTRACT_FIELDS;

const cells = (f: Finding) => HEADER.map((k) => String(f[k as keyof Finding] ?? ''));

describe('formatCsv', () => {
  it('writes a header and one row per finding that parse back to the same cells', () => {
    const text = formatCsv(buildReport({ findings: [historyFinding, workingTreeFinding] }));
    const rows = parseRfc4180(text);
    expect(rows).toEqual([HEADER, cells(historyFinding), cells(workingTreeFinding)]);
    // The commit message keeps its comma, quotes and newline inside one quoted cell.
    expect(rows[1][HEADER.indexOf('message')]).toBe('Add prod config, "temporarily"\nwill remove later');
    expect(text).toContain('"Add prod config, ""temporarily""\nwill remove later"');
    // working tree: empty commit cells (commit_boundary is false)
    expect(rows[2].slice(HEADER.indexOf('commit'))).toEqual(['', '', 'false', '', '', '', '']);
    expect(rows[2][HEADER.indexOf('file')]).toBe('docs/my notes/über geheim.md');
    expect(rows[2][HEADER.indexOf('location')]).toBe('file');
    expect(rows[2][HEADER.indexOf('confidence')]).toBe('low');
  });

  it('leaves the file cell empty for a commit-message finding and names the location', () => {
    const rows = parseRfc4180(formatCsv(buildReport({ findings: [messageFinding] })));
    expect(rows[1][HEADER.indexOf('file')]).toBe('');
    expect(rows[1][HEADER.indexOf('location')]).toBe('commit-message');
  });

  it('writes only the header for an empty report', () => {
    expect(parseRfc4180(formatCsv(buildReport({ findings: [] })))).toEqual([HEADER]);
  });

  it('prefixes cells that a spreadsheet would run as a formula', () => {
    const [, row] = parseRfc4180(formatCsv(buildReport({ findings: [formulaFinding] })));
    const at = (k: string) => row[HEADER.indexOf(k)];
    expect(at('description')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(at('secret_preview')).toBe(`'-ghp*****xYz`);
    expect(at('author')).toBe(`'@attacker`);
    expect(at('email')).toBe(`'+1@example.com`);
    expect(at('message')).toBe(`'\tcmd|calc`);
    expect(at('rule_id')).toBe('github-pat'); // ordinary cells are untouched
  });

  it('neutralizes each formula trigger and nothing else', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(neutralizeFormula(s)).toBe(`'${s}`);
    for (const s of ['a=1', 'x-y', '', ' =1', '1.5']) expect(neutralizeFormula(s)).toBe(s);
  });

  it('never leaks a stray property such as a secret value', () => {
    const leaky = { ...historyFinding, secret: 'hunter2-real-value' } as Finding;
    expect(formatCsv(buildReport({ findings: [leaky] }))).not.toContain('hunter2');
  });
});
