// `--format csv`: one row per finding, columns in contract order, RFC 4180 quoting and CRLF rows.
import { stringify } from 'csv-stringify/sync';
import { FINDING_FIELDS } from './finding-fields.util';
import type { Finding, ScanReport } from './report.types';

// A spreadsheet evaluates a cell starting with one of these as a formula (CSV injection): a commit
// message or path from an untrusted repository must not run in the reader's spreadsheet.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function cellOf(value: Finding[keyof Finding]): string {
  return neutralizeFormula(value === null || value === undefined ? '' : String(value));
}

export function formatCsv(report: ScanReport): string {
  const rows: string[][] = [[...FINDING_FIELDS]];
  for (const f of report.findings) rows.push(FINDING_FIELDS.map((k) => cellOf(f[k])));
  // quoted_match: a lone LF or CR inside a cell must be quoted too, not only the CRLF row delimiter.
  return stringify(rows, { record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}
