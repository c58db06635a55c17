// The deployguard command: scan, clean, push, protect, install-hook, submit. Exit codes: 0 no
// findings, 1 findings remain (or --exit-code), 2 error.
import { runProgram, type CommandTable } from './cli-program';

// Each command's module is loaded only when that command runs: `protect` runs on every commit,
// and loading the cleaning code (or anything else it does not use) would slow every commit down.
const COMMANDS: CommandTable = {
  scan: () => (require('./scan.command') as typeof import('./scan.command')).scanCommand(),
  clean: () => (require('./clean.command') as typeof import('./clean.command')).cleanCommand(),
  push: () => (require('./push.command') as typeof import('./push.command')).pushCommand(),
  protect: () => (require('./protect.command') as typeof import('./protect.command')).protectCommand(),
  'install-hook': () =>
    (require('./install-hook.command') as typeof import('./install-hook.command')).installHookCommand(),
  submit: () => (require('./submit.command') as typeof import('./submit.command')).submitCommand(),
};

export async function run(argv: string[]): Promise<void> {
  await runProgram(COMMANDS, argv);
}
