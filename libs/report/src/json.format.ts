// `--format json`: the snake_case report contract, pretty-printed. Also the baseline file format.
import { pickFinding, pickSkipped, pickStats } from './finding-fields.util';
import { REPORT_SCHEMA_VERSION, type ScanReport } from './report.types';

/**
 * The JSON report (report.schema.json describes it). `redacted` false: `secret_preview` holds the
 * full value (the CLI's `--no-redact`, on the user's own machine only).
 */
export function formatJson(report: ScanReport, redacted = true): string {
  const out = {
    schema_version: REPORT_SCHEMA_VERSION,
    redacted,
    findings: report.findings.map(pickFinding),
    stats: pickStats(report.stats),
    skipped: report.skipped.map(pickSkipped),
    warnings: report.warnings.map(String),
    tool: { name: report.tool.name, version: report.tool.version },
  };
  return JSON.stringify(out, null, 2) + '\n';
}
