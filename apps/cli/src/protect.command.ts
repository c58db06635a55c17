// `deployguard protect`: what a commit (--staged, for a pre-commit hook) or a push (--since REV,
// the commits not yet pushed) would add, for a person at their terminal. Exit 1 on findings.
import { resolve } from 'node:path';
import { Command } from 'commander';
import { findRepositoryRoot } from '@deployguard/git';
import { loadBaseline } from '@deployguard/detect';
import { resolveCommitRange, scanCommitRange, scanStaged } from '@deployguard/scan';
import { CliError, EXIT_CLEAN, EXIT_FINDINGS } from './cli-error';
import { checkRedaction, outputOptions, unredacted, writeReport, type OutputFlags } from './report-output';
import { rangeScanConfigFor, stagedScanConfigFor } from './scan-config.loader';

interface ProtectFlags extends OutputFlags {
  staged?: boolean;
  since?: string;
  repoPath?: string;
  config?: string;
  baseline?: string;
}

export function protectCommand(): Command {
  const command = new Command('protect')
    .description('scan what the next commit (--staged) or push (--since REV) would add; exit 1 on findings')
    .option('--staged', 'the added lines of the staged changes (what `git commit` would record)')
    .option(
      '--since <rev>',
      'the commits after REV up to HEAD (e.g. @{upstream}: what `git push` would send)',
    )
    .option('--repo-path <path>', 'the repository (default: the current directory)');
  for (const option of outputOptions()) command.addOption(option);
  return command
    .option('--config <file>', 'rules and allowlist configuration (default: .deployguard.yml at the root)')
    .option('--baseline <file>', 'a previous JSON report: its findings are not reported again')
    .action(async (flags: ProtectFlags) => {
      process.exitCode = await runProtect(flags);
    });
}

async function runProtect(flags: ProtectFlags): Promise<number> {
  if (Boolean(flags.staged) === (flags.since !== undefined))
    throw new CliError('give exactly one of --staged (before a commit) or --since <rev> (before a push)');
  checkRedaction(flags);
  const repo = await findRepositoryRoot(resolve(flags.repoPath ?? '.'));
  if (!repo) throw new CliError(`${flags.repoPath ?? 'the current directory'} is not inside a git work tree`);
  // Paths in diffs, .deployguardignore and the config file are at the root. A git directory (bare,
  // or one whose work tree is named only by its own core.worktree) is enough: what a commit or a
  // push would add is read from its index and commits, never from a work tree.
  const path = repo.root;
  // A commit or a push is scanned with the configuration it starts from (the index's unless it
  // changes it, the range's base's): it cannot loosen its own scan.
  const range = flags.staged ? null : await resolveCommitRange(path, [`^${flags.since}`, 'HEAD']);
  const { config, notice } = range
    ? await rangeScanConfigFor(path, range, flags.config)
    : await stagedScanConfigFor(path, flags.config);
  const baseline = flags.baseline ? loadBaseline(flags.baseline) : undefined;
  const options = { path, config, baseline, keepSecretValues: !flags.redact };
  const result = range ? await scanCommitRange(options, range) : await scanStaged(options);
  const report = flags.redact ? result.report : unredacted(result.report, result.secrets);
  if (notice) report.warnings.unshift(notice);
  const shown = await writeReport(report, { ...flags, format: flags.format ?? 'table' });
  if (shown.findings.length === 0) return EXIT_CLEAN;
  process.stderr.write(
    `deployguard: ${shown.findings.length} secret(s) in what ${flags.staged ? 'this commit' : 'this push'} ` +
      'would add. Remove them (and rotate any that were real), add `deployguard:allow` to a line that is ' +
      'a false positive, or list the path in .deployguardignore.\n',
  );
  return EXIT_FINDINGS;
}
