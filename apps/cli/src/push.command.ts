// `deployguard push`: deliver a (cleaned) repository to a target remote, all branches and tags.
import { Command } from 'commander';
import { credentialsFromEnv, pushRepository, scrubUrl } from '@deployguard/git';
import { EXIT_CLEAN } from './cli-error';

interface PushFlags {
  repoPath: string;
  targetUrl: string;
  force?: boolean;
  atomic: boolean;
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
    .action(async (flags: PushFlags) => {
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
      process.stdout.write(lines.join('\n') + '\n');
      process.exitCode = EXIT_CLEAN;
    });
}
