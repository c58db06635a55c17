// The deployguard command: scan, clean, push. Exit codes: 0 no findings, 1 findings remain
// (or --exit-code), 2 error.
import { Command, CommanderError } from 'commander';
import { scrubCredentials } from '@deployguard/git';
import { TOOL_VERSION } from '@deployguard/scan';
import { EXIT_ERROR } from './cli-error';
import { cleanCommand } from './clean.command';
import { pushCommand } from './push.command';
import { scanCommand } from './scan.command';

// Commander's usage errors start with "error: "; ours all start with "deployguard: error: ".
const USAGE_OUTPUT = { outputError: (text: string, write: (s: string) => void) => write(`deployguard: ${text}`) };

export function buildProgram(): Command {
  const program = new Command('deployguard')
    .description(
      'Find leaked secrets in git repositories, remove them from every commit, deliver the cleaned repository.',
    )
    .version(TOOL_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput(USAGE_OUTPUT)
    .exitOverride();
  for (const command of [scanCommand(), cleanCommand(), pushCommand()])
    program.addCommand(command.configureOutput(USAGE_OUTPUT).exitOverride());
  return program;
}

export async function run(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Usage errors exit 2 (not commander's 1, which means "findings" here); --help/--version exit 0.
      process.exitCode = e.exitCode === 0 ? 0 : EXIT_ERROR;
      return;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`deployguard: error: ${scrubCredentials(message)}\n`);
    process.exitCode = EXIT_ERROR;
  }
}
