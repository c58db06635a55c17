// One entry point for `deployguard scan --format …` and the service's report downloads.
import { formatCsv } from './csv.format';
import { formatJson } from './json.format';
import type { ScanReport } from './report.types';
import { formatSarif } from './sarif.format';
import { formatTable } from './table.format';

export type ReportFormat = 'table' | 'json' | 'sarif' | 'csv';

export const REPORT_FORMATS: readonly ReportFormat[] = ['table', 'json', 'sarif', 'csv'];

export interface FormatOptions {
  color?: boolean; // table only; default false
  width?: number; // table only; terminal columns, default 100
  // false: `secret_preview` holds full values (said in json and sarif); default true
  redacted?: boolean;
}

export function formatReport(report: ScanReport, format: ReportFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'table':
      return formatTable(report, { color: options.color ?? false, width: options.width });
    case 'json':
      return formatJson(report, options.redacted ?? true);
    case 'sarif':
      return formatSarif(report, options.redacted ?? true);
    case 'csv':
      return formatCsv(report);
    default:
      throw new Error(
        `unknown report format "${String(format)}": expected one of ${REPORT_FORMATS.join(', ')}`,
      );
  }
}
