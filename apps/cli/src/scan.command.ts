// `deployguard scan`: scan a repository path or URL and write a report.
import { Command } from 'commander';
import { CONFIG_FILE_NAMES, loadBaseline } from '@deployguard/detect';
import { gitText } from '@deployguard/git';
import {
  resolveCommitRange,
  scanCommitRange,
  scanRepository,
  type ScanProgress,
  type ScanResult,
} from '@deployguard/scan';
import { CliError, EXIT_CLEAN, parseExitCode } from './cli-error';
import { createProgress } from './progress';
import { checkRedaction, outputOptions, unredacted, writeReport, type OutputFlags } from './report-output';
import { withRepository } from './repository-source';
import { rangeScanConfigFor, scanConfigFor } from './scan-config.loader';

interface ScanFlags extends OutputFlags {
  repoPath?: string;
  repoUrl?: string;
  branch?: string;
  history: boolean;
  since?: string;
  until?: string;
  logOpts?: string;
  config?: string;
  baseline?: string;
  exitCode: string;
  progress: boolean;
}

export function scanCommand(): Command {
  const command = new Command('scan')
    .description('scan a repository (every commit of every ref, and uncommitted files) for leaked secrets')
    .option('--repo-path <path>', 'repository or directory to scan (default: the current directory)')
    .option('--repo-url <url>', 'clone this repository (https or ssh) into a temporary directory and scan it')
    .option('--branch <name>', 'scan only the history of this branch')
    .option('--no-history', 'scan only the files of the working tree')
    .option('--since <rev>', 'scan only the commits after this one (e.g. origin/main): a pull request')
    .option('--until <rev>', 'with --since: the last commit to scan (default: HEAD)')
    .option('--log-opts <range>', 'scan only the commits of this revision range, e.g. "origin/main..HEAD"');
  for (const option of outputOptions()) command.addOption(option);
  return command
    .option(
      '--config <file>',
      `rules and allowlist configuration (default: ${CONFIG_FILE_NAMES.join(' | ')} at the repository root)`,
    )
    .option('--baseline <file>', 'a previous JSON report: its findings are not reported again')
    .option('--exit-code <n>', 'exit code when findings remain', '1')
    .option('--no-progress', 'no progress bar')
    .action(async (flags: ScanFlags) => {
      process.exitCode = await runScan(flags);
    });
}

async function runScan(flags: ScanFlags): Promise<number> {
  if (flags.repoPath && flags.repoUrl) throw new CliError('give either --repo-path or --repo-url, not both');
  const exitCode = parseExitCode(flags.exitCode);
  checkRedaction(flags);
  const rangeTokens = commitRangeOf(flags);
  const baseline = flags.baseline ? loadBaseline(flags.baseline) : undefined;
  const progress = createProgress(flags.progress);
  try {
    const result = await withRepository(
      { path: flags.repoPath, url: flags.repoUrl, branch: flags.branch, history: flags.history },
      async (source): Promise<ScanResult> => {
        // A range is scanned with its base's configuration: it cannot loosen its own scan.
        const range = rangeTokens ? await resolveCommitRange(source.path, rangeTokens) : null;
        const { config, notice } = range
          ? await rangeScanConfigFor(source.path, range, flags.config)
          : await scanConfigFor(source.path, flags.config);
        const common = {
          path: source.path,
          config,
          baseline,
          displayName: source.displayName,
          keepSecretValues: !flags.redact,
          onProgress: (p: ScanProgress) => progress.update(p),
        };
        const r = range
          ? await scanCommitRange(common, range)
          : await scanRepository({
              ...common,
              history: flags.history,
              revs:
                flags.branch && !flags.repoUrl ? [await resolveBranch(source.path, flags.branch)] : undefined,
            });
        return notice ? { ...r, report: { ...r.report, warnings: [notice, ...r.report.warnings] } } : r;
      },
    );
    progress.stop();
    const report = flags.redact ? result.report : unredacted(result.report, result.secrets);
    const shown = await writeReport(report, flags);
    if (shown.stats.blobs_scanned === 0 && shown.skipped.length > 0 && shown.findings.length === 0) {
      throw new CliError('nothing could be scanned: every file or object was skipped (see the report)');
    }
    if (result.historyUnread && shown.findings.length === 0)
      throw new CliError(
        'nothing could be scanned: no commit of the history could be read (see the warnings)',
      );
    return shown.findings.length > 0 ? exitCode : EXIT_CLEAN;
  } finally {
    progress.stop();
  }
}

// The revision arguments of a range scan (--since/--until or --log-opts), or null for a full scan.
function commitRangeOf(flags: ScanFlags): string[] | null {
  const ranged = flags.since !== undefined || flags.until !== undefined || flags.logOpts !== undefined;
  if (!ranged) return null;
  if (!flags.history) throw new CliError('--since, --until and --log-opts select commits: drop --no-history');
  if (flags.branch) throw new CliError('--branch and a commit range cannot be combined: give the range only');
  if (flags.logOpts !== undefined) {
    if (flags.since !== undefined || flags.until !== undefined)
      throw new CliError('give either --log-opts or --since/--until, not both');
    return flags.logOpts.split(/\s+/).filter((t) => t !== '');
  }
  if (flags.since === undefined)
    throw new CliError('--until needs --since (the commits after which to scan)');
  return [`^${flags.since}`, flags.until ?? 'HEAD'];
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
