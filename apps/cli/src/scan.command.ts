// `deployguard scan`: scan a repository path or URL and write a report.
import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { CONFIG_FILE_NAMES, loadBaseline, type Confidence } from '@deployguard/detect';
import { gitText } from '@deployguard/git';
import {
  CONFIDENCES,
  formatReport,
  meetsConfidence,
  REPORT_FORMATS,
  type ReportFormat,
  type ScanReport,
} from '@deployguard/report';
import { scanRepository } from '@deployguard/scan';
import { CliError, EXIT_CLEAN, EXIT_ERROR } from './cli-error';
import { createProgress } from './progress';
import { withRepository } from './repository-source';
import { scanConfigFor } from './scan-config.loader';

interface ScanFlags {
  repoPath?: string;
  repoUrl?: string;
  branch?: string;
  history: boolean;
  format?: ReportFormat;
  output?: string;
  config?: string;
  baseline?: string;
  exitCode: string;
  progress: boolean;
  minConfidence?: Confidence;
}

export function scanCommand(): Command {
  return new Command('scan')
    .description('scan a repository (every commit of every ref, and uncommitted files) for leaked secrets')
    .option('--repo-path <path>', 'repository or directory to scan (default: the current directory)')
    .option('--repo-url <url>', 'clone this repository (https or ssh) into a temporary directory and scan it')
    .option('--branch <name>', 'scan only the history of this branch')
    .option('--no-history', 'scan only the files of the working tree')
    .addOption(
      new Option('--format <format>', 'report format (default: table on a terminal, else json)').choices(
        REPORT_FORMATS,
      ),
    )
    .option('--output <file>', 'write the report to this file instead of standard output')
    .option(
      '--config <file>',
      `rules and allowlist configuration (default: ${CONFIG_FILE_NAMES.join(' | ')} at the repository root)`,
    )
    .option('--baseline <file>', 'a previous JSON report: its findings are not reported again')
    .addOption(
      new Option(
        '--min-confidence <level>',
        'report only findings at least this sure (default: medium in a table, low in other formats)',
      ).choices(CONFIDENCES),
    )
    .option('--exit-code <n>', 'exit code when findings remain', '1')
    .option('--no-progress', 'no progress bar')
    .action(async (flags: ScanFlags, cmd: Command) => {
      process.exitCode = await runScan(flags, cmd);
    });
}

async function runScan(flags: ScanFlags, cmd: Command): Promise<number> {
  if (flags.repoPath && flags.repoUrl) throw new CliError('give either --repo-path or --repo-url, not both');
  const exitCode = Number(flags.exitCode);
  if (!Number.isInteger(exitCode) || exitCode < 0 || exitCode > 125 || exitCode === EXIT_ERROR) {
    throw new CliError(
      `--exit-code must be an integer from 0 to 125 other than ${EXIT_ERROR} (kept for errors), got "${flags.exitCode}"`,
    );
  }
  const format = flags.format ?? inferFormat(flags.output);
  const baseline = flags.baseline ? loadBaseline(flags.baseline) : undefined;
  const progress = createProgress(flags.progress);
  try {
    const result = await withRepository(
      { path: flags.repoPath, url: flags.repoUrl, branch: flags.branch, history: flags.history },
      async (source) => {
        const { config, notice } = scanConfigFor(source.path, flags.config);
        const revs =
          flags.branch && !flags.repoUrl ? [await resolveBranch(source.path, flags.branch)] : undefined;
        return scanRepository({
          path: source.path,
          history: flags.history,
          revs,
          config,
          baseline,
          displayName: source.displayName,
          onProgress: (p) => progress.update(p),
        }).then((r) =>
          notice ? { ...r, report: { ...r.report, warnings: [notice, ...r.report.warnings] } } : r,
        );
      },
    );
    progress.stop();
    // A person reading a table triages; weak generic matches (low) are for machines and audits.
    const report = withMinConfidence(
      result.report,
      flags.minConfidence ?? (format === 'table' ? 'medium' : 'low'),
    );
    const text = formatReport(report, format, {
      color: !flags.output && process.stdout.isTTY === true,
      width: process.stdout.columns,
    });
    if (flags.output) {
      await writeFile(flags.output, text).catch((e: NodeJS.ErrnoException) => {
        throw new CliError(`cannot write the report to ${flags.output}: ${e.code ?? e.message}`);
      });
      if (process.stderr.isTTY)
        process.stderr.write(`${report.findings.length} finding(s); report written to ${flags.output}\n`);
    } else {
      process.stdout.write(text.endsWith('\n') ? text : text + '\n');
    }
    for (const w of report.warnings) process.stderr.write(`deployguard: warning: ${w}\n`);
    if (report.stats.blobs_scanned === 0 && report.skipped.length > 0 && report.findings.length === 0) {
      throw new CliError('nothing could be scanned: every file or object was skipped (see the report)');
    }
    void cmd;
    return report.findings.length > 0 ? exitCode : EXIT_CLEAN;
  } finally {
    progress.stop();
  }
}

// The report without the findings below `min`, and a note saying how many were left out.
function withMinConfidence(report: ScanReport, min: Confidence): ScanReport {
  const findings = report.findings.filter((f) => meetsConfidence(f, min));
  const hidden = report.findings.length - findings.length;
  if (hidden === 0) return report;
  const weaker = CONFIDENCES.slice(CONFIDENCES.indexOf(min) + 1).join(' or ');
  return {
    ...report,
    findings,
    stats: { ...report.stats, findings: findings.length },
    warnings: [
      ...report.warnings,
      `${hidden} finding(s) of ${weaker} confidence not shown (--min-confidence ${CONFIDENCES.at(-1)} shows every finding)`,
    ],
  };
}

function inferFormat(output?: string): ReportFormat {
  if (output) {
    if (/\.sarif(\.json)?$/i.test(output)) return 'sarif';
    if (/\.csv$/i.test(output)) return 'csv';
    if (/\.(txt|log)$/i.test(output)) return 'table';
    return 'json';
  }
  return process.stdout.isTTY ? 'table' : 'json';
}

async function resolveBranch(repo: string, branch: string): Promise<string> {
  if (branch.startsWith('-')) throw new CliError(`--branch "${branch}" is not a branch name`);
  try {
    return (
      await gitText(['rev-parse', '--verify', '--quiet', '--end-of-options', `${branch}^{commit}`], {
        cwd: repo,
      })
    ).trim();
  } catch {
    throw new CliError(`--branch "${branch}" names no branch or commit in ${repo}`);
  }
}
