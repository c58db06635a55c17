// Delivers a (cleaned) repository to a target remote: every branch, tag and other shareable ref,
// each reported on its own. The target URL is validated, credentials go through the one-shot
// helper (credentials.ts), and every message is scrubbed.
import { realpath } from 'node:fs/promises';
import { gitAuthFor, mergeCredentials, userCredentialHelpers, type GitCredentials } from './credentials';
import { findRepositoryRoot, GitError, runGit } from './git.runner';
import {
  classifyRemoteFailure,
  describeRemoteFailure,
  protocolConfig,
  type RemoteFailureKind,
} from './remote-failure';
import { validateRemoteUrl, RemoteUrlError } from './remote-url';
import { scrubCredentials } from './scrub.util';

export interface PushOptions {
  repoPath: string;
  targetUrl: string;
  force?: boolean;
  credentials?: GitCredentials;
  allowLocal?: boolean;
  allowPrivate?: boolean;
  allowHttp?: boolean;
  timeoutMs?: number;
}

export type PushRefStatus = 'ok' | 'up-to-date' | 'rejected' | 'error';
export type PushRefChange = 'created' | 'fast-forward' | 'forced' | 'deleted';

export interface PushRefResult {
  ref: string;
  status: PushRefStatus;
  change?: PushRefChange;
  // Why a ref was rejected or failed, as git says it ("non-fast-forward", "fetch first", …).
  reason?: string;
}

export interface PushResult {
  target: string; // scrubbed
  forced: boolean;
  refs: PushRefResult[];
  // Refs not pushed on purpose (forge-owned or local-only namespaces).
  skipped: string[];
}

export type PushErrorKind = RemoteFailureKind | 'not-a-repository' | 'nothing-to-push';

export class PushError extends Error {
  constructor(
    message: string,
    readonly kind: PushErrorKind,
    // Present when git got as far as reporting refs (kind 'rejected').
    readonly result?: PushResult,
  ) {
    super(message);
    this.name = 'PushError';
  }
}

// Forges refuse writes to their own namespaces; the others are local bookkeeping
// (remote-tracking refs, DeployGuard's and filter-branch's backups, the stash).
const SKIPPED_PREFIXES = [
  'refs/pull/',
  'refs/merge-requests/',
  'refs/changes/',
  'refs/remotes/',
  'refs/deployguard-backup/',
  'refs/original/',
  'refs/bisect/',
];
const SKIPPED_REFS = new Set(['refs/stash']);

export function isSkippedRef(ref: string): boolean {
  return SKIPPED_REFS.has(ref) || SKIPPED_PREFIXES.some((p) => ref.startsWith(p));
}

// One wildcard refspec per namespace keeps the command line short for thousands of refs.
export function pushRefspecs(
  refs: readonly string[],
  force: boolean,
): { refspecs: string[]; skipped: string[] } {
  const skipped: string[] = [];
  const specs = new Set<string>();
  for (const ref of refs) {
    if (isSkippedRef(ref)) {
      skipped.push(ref);
      continue;
    }
    const ns = /^(refs\/[^/]+\/)./.exec(ref)?.[1];
    specs.add(ns ? `${ns}*:${ns}*` : `${ref}:${ref}`);
  }
  const plus = force ? '+' : '';
  return { refspecs: [...specs].sort().map((s) => plus + s), skipped };
}

const FLAG_STATUS: Record<string, { status: PushRefStatus; change?: PushRefChange }> = {
  ' ': { status: 'ok', change: 'fast-forward' },
  '+': { status: 'ok', change: 'forced' },
  '*': { status: 'ok', change: 'created' },
  '-': { status: 'ok', change: 'deleted' },
  '=': { status: 'up-to-date' },
  '!': { status: 'rejected' },
};

// `git push --porcelain`: "<flag>\t<src>:<dst>\t<summary> (<reason>)" per ref.
export function parsePushPorcelain(stdout: string): PushRefResult[] {
  const refs: PushRefResult[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^(.)\t([^\t]*):([^\t]+)\t(.*)$/.exec(line);
    if (!m) continue;
    const [, flag, , dst, summary] = m;
    const known = FLAG_STATUS[flag] ?? { status: 'error' as const };
    const reason = /\(([^)]*)\)\s*$/.exec(summary)?.[1];
    let status = known.status;
    // "[remote rejected]" / "[remote failure]": the server (or its hooks) refused the update.
    if (flag === '!' && !summary.startsWith('[rejected]')) status = 'error';
    const entry: PushRefResult = { ref: dst, status };
    if (known.change) entry.change = known.change;
    if ((status === 'rejected' || status === 'error') && (reason || summary))
      entry.reason = reason ?? summary;
    refs.push(entry);
  }
  return refs;
}

async function resolveRepository(repoPath: string): Promise<string> {
  const repo = await findRepositoryRoot(repoPath);
  const real = await realpath(repoPath).catch(() => repoPath);
  const accepted = repo && (repo.root === real || `${repo.root}/.git` === real || repo.bare);
  if (!repo || !accepted) {
    throw new PushError(
      `"${repoPath}" is not a git repository (give the top of a work tree or a bare repository)`,
      'not-a-repository',
    );
  }
  return repo.root;
}

function rejectionMessage(result: PushResult): string {
  const rejected = result.refs.filter((r) => r.status === 'rejected');
  const failed = result.refs.filter((r) => r.status === 'error');
  const parts: string[] = [];
  if (rejected.length) {
    const list = rejected.map((r) => `${r.ref} (${r.reason ?? 'rejected'})`).join(', ');
    parts.push(
      `the target refused ${rejected.length} ref(s) because its history differs: ${list}; ` +
        'use --force to overwrite the target (expected after a history rewrite)',
    );
  }
  if (failed.length) {
    parts.push(
      `the target failed to update: ${failed.map((r) => `${r.ref} (${r.reason ?? 'error'})`).join(', ')}`,
    );
  }
  return `push to ${result.target} incomplete: ${parts.join('; ')}`;
}

export async function pushRepository(options: PushOptions): Promise<PushResult> {
  const { force = false } = options;
  let remote;
  try {
    remote = await validateRemoteUrl(options.targetUrl, options);
  } catch (e) {
    if (e instanceof RemoteUrlError) throw new PushError(e.message, 'invalid-url');
    throw e;
  }
  const credentials = mergeCredentials(options.credentials, remote.credentials);
  const auth = gitAuthFor(remote, credentials);
  const secrets = [...auth.secrets, ...(remote.credentials?.password ? [remote.credentials.password] : [])];
  const scrub = (text: string) => scrubCredentials(text, secrets);

  const root = await resolveRepository(options.repoPath);
  const listed = await runGit(['for-each-ref', '--format=%(refname)'], { cwd: root });
  const refs = listed.stdout.toString('utf8').split('\n').filter(Boolean);
  const { refspecs, skipped } = pushRefspecs(refs, force);
  const target = remote.displayUrl;
  if (refspecs.length === 0) {
    const note = skipped.length ? ` (skipped: ${skipped.join(', ')})` : '';
    throw new PushError(
      `nothing to push from "${options.repoPath}": it has no branches or tags${note}`,
      'nothing-to-push',
    );
  }

  const args = [
    ...protocolConfig(remote, options),
    ...(auth.config.length > 0 ? auth.config : await userCredentialHelpers()),
    'push',
    '--porcelain',
    '--no-verify',
    // Not a receive-pack program the repository's `remote.<url>.receivepack` might name.
    '--receive-pack=git-receive-pack',
    // `--` so nothing after it can be read as an option.
    '--',
    remote.url,
    ...refspecs,
  ];
  let stdout = '';
  let stderr = '';
  let code: number | null = 0;
  try {
    const r = await runGit(args, {
      cwd: root,
      env: auth.env,
      secrets,
      timeoutMs: options.timeoutMs,
      okCodes: [1],
    });
    stdout = scrub(r.stdout.toString('utf8'));
    stderr = r.stderr;
    code = r.code;
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    const timedOut = /timed out/.test(e.message);
    const kind = timedOut ? 'timeout' : classifyRemoteFailure(e.stderr);
    throw new PushError(scrub(`push to ${target} failed: ${describeRemoteFailure(kind, e.stderr)}`), kind);
  }

  const result: PushResult = { target, forced: force, refs: parsePushPorcelain(stdout), skipped };
  if (result.refs.some((r) => r.status === 'rejected' || r.status === 'error')) {
    throw new PushError(scrub(rejectionMessage(result)), 'rejected', result);
  }
  if (code !== 0) {
    // Exit 1 without any ref line: a connection or authentication failure.
    const kind = classifyRemoteFailure(stderr);
    throw new PushError(scrub(`push to ${target} failed: ${describeRemoteFailure(kind, stderr)}`), kind);
  }
  return result;
}
