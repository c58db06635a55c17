// How every git process of ours is started (SPEC §6). Every repository we touch is untrusted: its
// own config (and .gitattributes) may name programs — hooks, filters, signature programs,
// textconv and external diff drivers, fsmonitor, pagers, credential helpers, ssh commands — and
// none of them may run. Command-line `-c` settings are read after every config file, so they win;
// the few things `-c` cannot switch off are handled by the environment or by command options.
import { spawn } from 'node:child_process';

/** `key=value` settings that every git process of ours gets first (see SAFE_GIT_CONFIG). */
// Values that switch a program-naming key off. `false` is the standard `false` utility: git
// then sees a failed verification, never a program chosen by the repository.
export const SAFE_GIT_SETTINGS: readonly string[] = [
  'core.hooksPath=/dev/null',
  'core.fsmonitor=false',
  'core.untrackedCache=false',
  // Ours for clone/push come from GIT_SSH_COMMAND in the environment, which beats this.
  'core.sshCommand=ssh',
  'core.askPass=',
  'core.pager=cat',
  'core.attributesFile=/dev/null',
  'core.quotePath=false',
  'submodule.recurse=false',
  'protocol.ext.allow=never',
  'credential.interactive=false',
  // An empty helper clears the list read from config files (url-scoped ones included); callers
  // that authenticate add their own helper after this.
  'credential.helper=',
  'log.showSignature=false',
  'gpg.program=false',
  'gpg.openpgp.program=false',
  'gpg.x509.program=false',
  'gpg.ssh.program=false',
  'push.gpgSign=false',
  'commit.gpgSign=false',
  'tag.gpgSign=false',
  // A scan must not start a background gc or maintenance run in someone else's repository.
  'gc.auto=0',
  'maintenance.auto=false',
];

/**
 * Environment under which git reads the real objects, never their `git replace` stand-ins: a
 * replace ref can hide a commit (and the secret in it) behind another, yet every clone still
 * carries the original. Scan and clean both run git with it.
 */
export const REAL_OBJECTS_ENV: Readonly<NodeJS.ProcessEnv> = { GIT_NO_REPLACE_OBJECTS: '1' };

/** SAFE_GIT_SETTINGS as `-c key=value` argv words: what every git process of ours gets first. */
export const SAFE_GIT_CONFIG: readonly string[] = SAFE_GIT_SETTINGS.flatMap((s) => ['-c', s]);

// Sub-commands that may read or write the work tree and so run clean/smudge filters named by
// .gitattributes (or textconv). They get per-driver overrides, read from the repository first.
const FILTER_COMMANDS = new Set([
  'add',
  'apply',
  'archive',
  'checkout',
  'checkout-index',
  'commit',
  'diff',
  'diff-files',
  'diff-index',
  'grep',
  'ls-files',
  'merge',
  'read-tree',
  'reset',
  'restore',
  'rm',
  'stash',
  'status',
  'switch',
  'update-index',
]);

/** Whether `command` (a git sub-command name) can run filter drivers on work-tree files. */
export function runsFilters(command: string): boolean {
  return FILTER_COMMANDS.has(command);
}

const DIFF_COMMANDS = new Set([
  'diff',
  'diff-files',
  'diff-index',
  'diff-tree',
  'log',
  'show',
  'whatchanged',
]);

/** Whether `command` takes `--no-ext-diff --no-textconv` (it can print diffs). */
export function producesDiffs(command: string): boolean {
  return DIFF_COMMANDS.has(command);
}

const INHERITED_PROGRAMS = [
  'GIT_EXTERNAL_DIFF',
  'GIT_SSH',
  'GIT_PROXY_COMMAND',
  'GIT_EXEC_PATH',
  'GIT_TEMPLATE_DIR',
  'GIT_SEQUENCE_EDITOR',
  'EDITOR',
  'VISUAL',
  'PAGER',
];

/** Environment of every git process: no prompts, no pager, no system config, nothing inherited that names a program. */
export function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    // Empty rather than unset: unset would let the repository's core.askPass be used.
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GCM_INTERACTIVE: 'never',
    GIT_PAGER: 'cat',
    GIT_EDITOR: ':',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_ATTR_NOSYSTEM: '1',
    LC_ALL: 'C',
    // Keeps Authorization headers and cookies out of any GIT_TRACE* output the user turned on.
    GIT_TRACE_REDACT: '1',
  };
  // Each of these names a program git would run (or, for the template directory, hooks to copy):
  // ours never need one, and GIT_EDITOR/GIT_PAGER above already win over EDITOR/VISUAL/PAGER.
  for (const name of INHERITED_PROGRAMS) delete env[name];
  return { ...env, ...extra };
}

/**
 * `-c` overrides that disable every filter driver the repository's config defines
 * (`filter.<name>.clean|smudge|process` set empty, `required` false), so no .gitattributes
 * entry can select one. Drivers are named by attributes, which `-c` cannot switch off, so
 * they are listed from the config git would read in `cwd`. Reading config runs nothing.
 */
export async function filterOverrides(cwd: string | undefined): Promise<string[]> {
  const out = await new Promise<string>((resolve) => {
    const child = spawn('git', [...SAFE_GIT_CONFIG, 'config', '-z', '--get-regexp', '^filter\\.'], {
      cwd,
      env: gitEnv(),
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    // Exit 1 (no such key) and a directory that is no repository both mean: nothing to override.
    child.on('error', () => resolve(''));
    child.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
  const drivers = new Set<string>();
  for (const record of out.split('\0')) {
    const key = record.split('\n', 1)[0];
    // filter.<name>.<variable>; the name may itself hold dots.
    const last = key.lastIndexOf('.');
    if (key.startsWith('filter.') && last > 'filter.'.length) drivers.add(key.slice('filter.'.length, last));
  }
  return [...drivers].flatMap((name) =>
    ['clean=', 'smudge=', 'process=', 'required=false'].flatMap((v) => ['-c', `filter.${name}.${v}`]),
  );
}
