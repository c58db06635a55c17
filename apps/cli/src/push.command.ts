// `deployguard push`: deliver a (cleaned) repository to a target remote, all branches and tags.
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { readCleanVerdict } from '@deployguard/clean';
import { credentialsFromEnv, pushRepository, scrubUrl } from '@deployguard/git';
import { systemErrorText } from '@deployguard/detect';
import { CliError, EXIT_CLEAN } from './cli-error';
import { writeStdout } from './report-output';

interface PushFlags {
  repoPath: string;
  targetUrl: string;
  force?: boolean;
  atomic: boolean;
  allowUnverified?: boolean;
}

export function pushCommand(): Command {
  return new Command('push')
    .description(
      'push every branch and tag to a target remote (credentials from DEPLOYGUARD_GIT_* or a git credential helper)',
    )
    .requiredOption(
      '--repo-path <path>',
      'the repository to push, e.g. the mirror written by `deployguard clean`',
    )
    .requiredOption('--target-url <url>', 'the remote to push to (https, ssh or git@host:path)')
    .option('--force', 'overwrite the target refs (needed after a history rewrite)')
    .option(
      '--no-atomic',
      'let the target take some refs when it refuses others (default: all refs or none, where the target supports it)',
    )
    .option(
      '--allow-unverified',
      'push even though the last `deployguard clean` of this repository did not verify (it still holds a selected secret)',
    )
    .action(async (flags: PushFlags) => {
      // A mirror whose clean did not verify still holds a secret: pushing it would publish it.
      const verdict = await readCleanVerdict(flags.repoPath);
      if (verdict && !verdict.verified && !flags.allowUnverified)
        throw new CliError(
          `${flags.repoPath} did not pass the verification of its clean (report: ${verdict.file}): ` +
            'it still holds a selected secret and is not pushed; clean it again, or pass --allow-unverified',
        );
      // (a path that is not there gets the push's own error alone)
      if (!verdict && existsSync(flags.repoPath))
        process.stderr.write(
          `deployguard: note: ${flags.repoPath} has no DeployGuard clean report: it is pushed as it is\n`,
        );
      // The CLI acts with its user's own authority: local and private-network remotes are allowed.
      const result = await pushRepository({
        repoPath: flags.repoPath,
        targetUrl: flags.targetUrl,
        force: flags.force === true,
        atomic: flags.atomic,
        credentials: credentialsFromEnv(),
        allowLocal: true,
        allowPrivate: true,
        allowHttp: true,
      });
      const lines = [`Pushed to ${scrubUrl(result.target)}${result.forced ? ' (forced)' : ''}:`];
      for (const r of result.refs)
        lines.push(
          `  ${r.status.padEnd(10)} ${r.ref}${r.change ? ` (${r.change})` : ''}${r.reason ? ` — ${r.reason}` : ''}`,
        );
      for (const note of result.notes) lines.push(`Note: ${note}`);
      if (result.serverMessages.length > 0)
        lines.push(`The server said: ${result.serverMessages.join(' | ')}`);
      if (result.skipped.length > 0)
        lines.push(`Skipped (refused by forges or private to DeployGuard): ${result.skipped.join(', ')}`);
      await writeStdout(lines.join('\n') + '\n').catch((e: NodeJS.ErrnoException) => {
        throw new CliError(
          `the push is done, but its summary could not be written to standard output: ${systemErrorText(e)}`,
        );
      });
      process.exitCode = EXIT_CLEAN;
    });
}
