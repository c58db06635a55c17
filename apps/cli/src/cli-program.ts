// The deployguard program around its commands: usage errors, --help and --version, exit codes
// (0 no findings, 1 findings remain or --exit-code, 2 error). Shared by the full CLI (main.ts) and
// the protect bundle (protect.main.ts), which carries only the commands it is given.
import { Command, CommanderError } from 'commander';
import { scrubCredentials } from '@deployguard/git';
import { TOOL_VERSION } from '@deployguard/scan';
import { systemErrorText } from '@deployguard/detect';
import { EXIT_ERROR } from './cli-error';

/** Command name -> a function building it; it loads the command's module, so only on use. */
export type CommandTable = Record<string, () => Command>;

// Commander's usage errors start with "error: "; ours all start with "deployguard: error: ".
const USAGE_OUTPUT = {
  outputError: (text: string, write: (s: string) => void) => write(`deployguard: ${text}`),
};

/** The program with every command of `commands`, or only `only` (the command being run) when it names one. */
export function buildProgram(commands: CommandTable, only?: string): Command {
  const program = new Command('deployguard')
    .description(
      'Find leaked secrets in git repositories, remove them from every commit, deliver the cleaned repository.',
    )
    .version(TOOL_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput(USAGE_OUTPUT)
    .exitOverride();
  const names = only !== undefined && Object.hasOwn(commands, only) ? [only] : Object.keys(commands);
  for (const name of names) program.addCommand(commands[name]().configureOutput(USAGE_OUTPUT).exitOverride());
  return program;
}

/** Runs the command `argv` names (process.argv); sets process.exitCode, never throws. */
export async function runProgram(commands: CommandTable, argv: string[]): Promise<void> {
  // A message that cannot reach stderr (a full disk, a closed pipe) is lost, not an uncaught
  // 'error' event: that would end the process with Node's exit code 1, which says "findings".
  process.stderr.on('error', () => undefined);
  // Reports say themselves when they cannot be written (report-output.ts); any other text that
  // cannot reach stdout (--help, --version) ends the command with 2 too, not a stack trace and 1.
  let stdoutError: NodeJS.ErrnoException | null = null;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    stdoutError = e;
    process.exitCode = EXIT_ERROR;
  });
  try {
    await buildProgram(commands, argv[2]).parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Usage errors exit 2 (not commander's 1, which means "findings" here); --help/--version exit 0.
      process.exitCode = e.exitCode === 0 && stdoutError === null ? 0 : EXIT_ERROR;
      const failed = stdoutError as NodeJS.ErrnoException | null;
      if (failed)
        process.stderr.write(
          `deployguard: error: cannot write to standard output: ${systemErrorText(failed)}\n`,
        );
      return;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`deployguard: error: ${scrubCredentials(message)}\n`);
    process.exitCode = EXIT_ERROR;
  }
}
