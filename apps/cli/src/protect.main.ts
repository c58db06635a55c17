// Entry of the protect bundle (dist/cli/protect.js, built by scripts/bundle-cli.js): the
// `protect` command alone, in one file, for the pre-commit hook that runs it on every commit.
// Same program and exit codes as main.ts; bin/deployguard.js picks it for `deployguard protect`.
import { runProgram } from './cli-program';
import { protectCommand } from './protect.command';

export async function run(argv: string[]): Promise<void> {
  await runProgram({ protect: protectCommand }, argv);
}
