// `deployguard install-hook`: a plain git pre-commit hook that runs `deployguard protect --staged`,
// for people who do not use the pre-commit framework. It goes where git looks for hooks (the
// repository's hooks directory, or core.hooksPath), and never replaces someone else's hook
// unless told to (--force keeps a backup).
import { chmod, lstat, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { Command } from 'commander';
import { packageRoot } from '@deployguard/detect';
import { gitText } from '@deployguard/git';
import { CliError } from './cli-error';

// The line that marks a hook as ours: ours may be rewritten, anything else is someone else's.
export const HOOK_MARKER = '# installed by `deployguard install-hook`';

interface InstallHookFlags {
  repoPath?: string;
  force?: boolean;
}

export function installHookCommand(): Command {
  return new Command('install-hook')
    .description('install a git pre-commit hook that runs `deployguard protect --staged` before every commit')
    .option('--repo-path <path>', 'the repository (default: the current directory)')
    .option('--force', 'replace an existing pre-commit hook that is not ours (a backup is kept)')
    .action(async (flags: InstallHookFlags) => {
      const { hook, backup } = await installHook(resolve(flags.repoPath ?? '.'), flags.force === true);
      process.stdout.write(
        `deployguard: pre-commit hook installed at ${hook}` +
          (backup ? ` (the previous hook was kept as ${backup})` : '') +
          '\nEvery `git commit` now runs `deployguard protect --staged`; `git commit --no-verify` skips it.\n',
      );
    });
}

async function installHook(repo: string, force: boolean): Promise<{ hook: string; backup: string | null }> {
  const hooksDir = await hooksDirectory(repo);
  const hook = join(hooksDir, 'pre-commit');
  const existing = await readFile(hook, 'utf8').catch(() => null);
  let backup: string | null = null;
  if (existing !== null && !existing.includes(HOOK_MARKER)) {
    if (!force)
      throw new CliError(
        `${hook} already exists and was not written by deployguard: add \`deployguard protect --staged\` ` +
          'to it yourself, or run install-hook --force to replace it (a backup is kept)',
      );
    // Moved, not copied: a hook that is a link to a shared script stays that link in the backup,
    // and the script it points to is never written. An earlier backup is never overwritten.
    backup = `${hook}.before-deployguard`;
    for (
      let n = 1;
      await lstat(backup).then(
        () => true,
        () => false,
      );
      n++
    )
      backup = `${hook}.before-deployguard.${n}`;
    await rename(hook, backup);
  }
  await mkdir(hooksDir, { recursive: true });
  // Written beside it and renamed over it: a link at `hook` is replaced, its target left alone.
  const fresh = `${hook}.deployguard-${process.pid}`;
  await writeFile(fresh, hookScript(), { mode: 0o755 });
  await chmod(fresh, 0o755); // the umask may have narrowed writeFile's mode
  await rename(fresh, hook);
  return { hook, backup };
}

// Where git runs this repository's hooks: core.hooksPath (relative to the work tree root), else
// the hooks directory of the common git directory (shared by linked work trees). Our own git
// invocation pins core.hooksPath to /dev/null on its command line, so that value is left out.
async function hooksDirectory(repo: string): Promise<string> {
  let commonDir: string;
  let root: string;
  try {
    [commonDir, root] = (
      await gitText(['rev-parse', '--path-format=absolute', '--git-common-dir', '--show-toplevel'], {
        cwd: repo,
      })
    )
      .trim()
      .split('\n');
  } catch {
    throw new CliError(`${repo} is not in a git work tree: run install-hook inside one, or give --repo-path`);
  }
  const configured = (
    await gitText(['config', '--show-origin', '--get-all', 'core.hooksPath'], { cwd: repo, okCodes: [1] })
  )
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('command line:'))
    .map((line) => line.slice(line.indexOf('\t') + 1))
    .at(-1);
  if (!configured) return join(commonDir, 'hooks');
  if (configured.startsWith('~/')) return join(homedir(), configured.slice(2));
  return isAbsolute(configured) ? configured : join(root, configured);
}

// The installed command when it is on PATH (it follows upgrades), else this very CLI by its path.
function hookScript(): string {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const root = packageRoot();
  if (root === null)
    throw new CliError(`cannot find DeployGuard's installation: no package.json above ${__dirname}`);
  const self = join(root, 'bin', 'deployguard.js');
  return [
    '#!/bin/sh',
    HOOK_MARKER,
    '# Blocks a commit that would add a secret; `git commit --no-verify` skips this check.',
    'if command -v deployguard >/dev/null 2>&1; then exec deployguard protect --staged; fi',
    `exec ${quote(process.execPath)} ${quote(self)} protect --staged`,
    '',
  ].join('\n');
}
