// Changes to a finished report that its readers must be told about.
import type { Finding, ScanMode, ScanReport, ScanStats } from './report.types';

/**
 * The report with only the findings `keep` accepts (stats follow), plus the warning `note(n)` when
 * n findings were left out; the same report when none were.
 */
export function keepFindings(
  report: ScanReport,
  keep: (f: Finding) => boolean,
  note: (left: number) => string,
): ScanReport {
  const findings = report.findings.filter(keep);
  const left = report.findings.length - findings.length;
  if (left === 0) return report;
  return {
    ...report,
    findings,
    stats: { ...report.stats, findings: findings.length },
    warnings: [...report.warnings, note(left)],
  };
}

/** Stats of a scan that has not counted anything yet. */
export function emptyStats(mode: ScanMode, repository: string, isGitRepository: boolean): ScanStats {
  return {
    mode,
    repository,
    is_git_repository: isGitRepository,
    refs: 0,
    tips: 0,
    commits: 0,
    blobs_scanned: 0,
    bytes_scanned: 0,
    skipped_binary: 0,
    skipped_too_large: 0,
    missing_objects: 0,
    unreadable_files: 0,
    suppressed_by_baseline: 0,
    findings: 0,
    duration_ms: 0,
  };
}
