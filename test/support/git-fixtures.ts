// Small helpers to build real git repositories in tests, deterministic (fixed author, committer
// and dates) and independent of the machine's git configuration.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

export const FIXTURE_AUTHOR = { name: 'Test Author', email: 'author@example.com' };
export const FIXTURE_DATE = '2024-01-02T03:04:05Z';

// Environment for fixture git commands: no user or system config, fixed identity and dates.
export function fixtureEnv(date = FIXTURE_DATE): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: FIXTURE_AUTHOR.name,
    GIT_AUTHOR_EMAIL: FIXTURE_AUTHOR.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: FIXTURE_AUTHOR.name,
    GIT_COMMITTER_EMAIL: FIXTURE_AUTHOR.email,
    GIT_COMMITTER_DATE: date,
    GIT_TERMINAL_PROMPT: '0',
  };
}

// Runs git in `cwd` and returns trimmed stdout; throws with stderr on failure.
export function git(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = fixtureEnv()): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

// Same, without blocking the event loop: needed when the server git talks to runs in this process.
export async function gitAsync(
  cwd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = fixtureEnv(),
): Promise<string> {
  const { stdout } = await promisify(execFile)('git', args, { cwd, env, encoding: 'utf8' });
  return stdout.trim();
}

export function makeTempDir(prefix = 'dg-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function initRepo(dir: string, options: { bare?: boolean; defaultBranch?: string } = {}): string {
  mkdirSync(dir, { recursive: true });
  git(dir, [
    'init',
    '--quiet',
    `--initial-branch=${options.defaultBranch ?? 'main'}`,
    ...(options.bare ? ['--bare'] : []),
  ]);
  return dir;
}

// Writes the files (paths relative to the work tree, `null` deletes), stages everything and commits.
// Returns the new commit id.
export function commitFiles(
  repo: string,
  files: Record<string, string | Buffer | null>,
  message = 'commit',
  options: { date?: string; allowEmpty?: boolean } = {},
): string {
  for (const [path, content] of Object.entries(files)) {
    const full = join(repo, path);
    if (content === null) rmSync(full, { force: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }
  const env = fixtureEnv(options.date);
  git(repo, ['add', '--all'], env);
  git(
    repo,
    ['commit', '--quiet', '--no-verify', '-m', message, ...(options.allowEmpty ? ['--allow-empty'] : [])],
    env,
  );
  return git(repo, ['rev-parse', 'HEAD'], env);
}

export function createBranch(repo: string, name: string, startPoint = 'HEAD'): void {
  git(repo, ['branch', name, startPoint]);
}

export function checkout(repo: string, ref: string): void {
  git(repo, ['checkout', '--quiet', ref]);
}

// A lightweight tag, or an annotated one when `message` is given.
export function createTag(
  repo: string,
  name: string,
  options: { ref?: string; message?: string } = {},
): void {
  const args = options.message ? ['tag', '-a', name, '-m', options.message] : ['tag', name];
  git(repo, [...args, options.ref ?? 'HEAD']);
}

// Any ref, e.g. `refs/pull/1/head`, pointing at `target`.
export function updateRef(repo: string, ref: string, target = 'HEAD'): void {
  git(repo, ['update-ref', ref, git(repo, ['rev-parse', target])]);
}

// ref name → object id, for every ref in the repository.
export function listRefs(repo: string): Record<string, string> {
  const out = git(repo, ['for-each-ref', '--format=%(objectname) %(refname)']);
  const refs: Record<string, string> = {};
  for (const line of out.split('\n').filter(Boolean)) {
    const [sha, ref] = line.split(' ');
    refs[ref] = sha;
  }
  return refs;
}
