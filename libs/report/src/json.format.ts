// `--format json`: the snake_case report contract, pretty-printed. Also the baseline file format.
import { pickFinding, pickSkipped, pickStats } from './finding-fields.util';
import type { ScanReport } from './report.types';

export function formatJson(report: ScanReport): string {
  const out = {
    findings: report.findings.map(pickFinding),
    stats: pickStats(report.stats),
    skipped: report.skipped.map(pickSkipped),
    warnings: report.warnings.map(String),
    tool: { name: report.tool.name, version: report.tool.version },
  };
  return JSON.stringify(out, null, 2) + '\n';
}
