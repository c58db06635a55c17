// The deployguard command: scan, clean, push, protect, install-hook, submit. Exit codes: 0 no
// findings, 1 findings remain (or --exit-code), 2 error.
import { Command, CommanderError } from 'commander';
import { scrubCredentials } from '@deployguard/git';
import { TOOL_VERSION } from '@deployguard/scan';
import { EXIT_ERROR } from './cli-error';

// Each command's module is loaded only when that command runs: `protect` runs on every commit,
// and loading the cleaning code (or anything else it does not use) would slow every commit down.
const COMMANDS: Record<string, () => Command> = {
  scan: () => (require('./scan.command') as typeof import('./scan.command')).scanCommand(),
  clean: () => (require('./clean.command') as typeof import('./clean.command')).cleanCommand(),
  push: () => (require('./push.command') as typeof import('./push.command')).pushCommand(),
  protect: () => (require('./protect.command') as typeof import('./protect.command')).protectCommand(),
  'install-hook': () =>
    (require('./install-hook.command') as typeof import('./install-hook.command')).installHookCommand(),
  submit: () => (require('./submit.command') as typeof import('./submit.command')).submitCommand(),
};

// Commander's usage errors start with "error: "; ours all start with "deployguard: error: ".
const USAGE_OUTPUT = {
  outputError: (text: string, write: (s: string) => void) => write(`deployguard: ${text}`),
};

/** The program with every command, or only `only` (the command being run) when it names one. */
export function buildProgram(only?: string): Command {
  const program = new Command('deployguard')
    .description(
      'Find leaked secrets in git repositories, remove them from every commit, deliver the cleaned repository.',
    )
    .version(TOOL_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput(USAGE_OUTPUT)
    .exitOverride();
  const names = only !== undefined && Object.hasOwn(COMMANDS, only) ? [only] : Object.keys(COMMANDS);
  for (const name of names) program.addCommand(COMMANDS[name]().configureOutput(USAGE_OUTPUT).exitOverride());
  return program;
}

export async function run(argv: string[]): Promise<void> {
  try {
    await buildProgram(argv[2]).parseAsync(argv);
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
