// Delivers a (cleaned) repository to a target remote: every branch, tag and other shareable ref,
// each reported on its own. The target URL is validated, credentials go through the one-shot
// helper (credentials.ts), and every message is scrubbed.
import { realpath } from 'node:fs/promises';
import { gitAuthFor, mergeCredentials, userCredentialHelpers, type GitCredentials } from './credentials';
import { GitError } from './git.runner';
import { porcelainRaw, settingsOf, withPorcelain } from './porcelain';
import { findRepositoryRoot } from './repository-root';
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
  // All refs or none (`git push --atomic`), default true; a target that does not support it gets
  // a plain push, said in `notes`.
  atomic?: boolean;
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
  // Whether the target applied the refs as one transaction.
  atomic: boolean;
  // What the server (its hooks) printed, scrubbed: the reason behind a "hook declined".
  serverMessages: string[];
  notes: string[];
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

// git's words for a ref left alone because another ref of an atomic push was refused.
const ATOMIC_FAILURE = /^atomic push fail(ed|ure)$/;
const ATOMIC_REASON = 'not applied: another ref was refused and the push is atomic';
const HISTORY_DIFFERS = /non-fast-forward|fetch first|stale info|already exists/;
// Ref names shown in one message; the result carries all of them.
const MAX_LISTED = 20;

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
      entry.reason = ATOMIC_FAILURE.test(reason ?? '') ? ATOMIC_REASON : (reason ?? summary);
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

// Says exactly which refs the target now holds and which it does not, and why: the refused refs
// and the server's words first, long lists cut (the result lists every ref).
function rejectionMessage(result: PushResult): string {
  const names = (refs: PushRefResult[], withReason: boolean) => {
    const shown = refs
      .slice(0, MAX_LISTED)
      .map((r) => (withReason ? `${r.ref} (${r.reason ?? r.status})` : r.ref));
    return shown.join(', ') + (refs.length > MAX_LISTED ? ` and ${refs.length - MAX_LISTED} more` : '');
  };
  const updated = result.refs.filter((r) => r.status === 'ok');
  const notUpdated = result.refs.filter((r) => r.status === 'rejected' || r.status === 'error');
  const refused = notUpdated.filter((r) => r.reason !== ATOMIC_REASON);
  const held = notUpdated.filter((r) => r.reason === ATOMIC_REASON);
  const parts = [
    updated.length
      ? `updated ${updated.length} ref(s): ${names(updated, false)}`
      : result.atomic
        ? 'nothing was updated (atomic push: the target takes all refs or none)'
        : 'nothing was updated',
    `not updated: ${names(refused, true)}`,
  ];
  if (result.serverMessages.length) parts.push(`the server said: ${result.serverMessages.join(' | ')}`);
  if (held.length) parts.push(`not applied because another ref was refused: ${names(held, false)}`);
  if (refused.some((r) => r.status === 'rejected' && HISTORY_DIFFERS.test(r.reason ?? ''))) {
    parts.push(
      'refs rejected as non-fast-forward differ from the target: use --force to overwrite them ' +
        '(expected after a history rewrite)',
    );
  }
  if (updated.length && notUpdated.length)
    parts.push('the target now mixes updated and old refs: fix the cause and push again');
  return `push to ${result.target} incomplete: ${parts.join('; ')}`;
}

// "remote: …" lines of git's stderr: what the server and its hooks printed (without the
// clear-to-end-of-line code git pads them with).
export function serverMessages(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('remote: '))
    .map((l) => l.slice('remote: '.length).replaceAll('\x1b[K', '').trim())
    .filter(Boolean)
    .slice(-20);
}

const NO_ATOMIC = /does not support --atomic push/;

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
  const listed = await withPorcelain('for-each-ref', { cwd: root }, (git) =>
    git.raw(['for-each-ref', '--format=%(refname)']),
  );
  const refs = listed.split('\n').filter(Boolean);
  const { refspecs, skipped } = pushRefspecs(refs, force);
  const target = remote.displayUrl;
  if (refspecs.length === 0) {
    const note = skipped.length ? ` (skipped: ${skipped.join(', ')})` : '';
    throw new PushError(
      `nothing to push from "${options.repoPath}": it has no branches or tags${note}`,
      'nothing-to-push',
    );
  }

  const settings = settingsOf([
    ...protocolConfig(remote, options),
    ...(auth.config.length > 0 ? auth.config : await userCredentialHelpers()),
  ]);
  const push = (atomic: boolean) =>
    porcelainRaw(
      [
        'push',
        '--porcelain',
        '--no-verify',
        ...(atomic ? ['--atomic'] : []),
        // Not a receive-pack program the repository's `remote.<url>.receivepack` might name.
        '--receive-pack=git-receive-pack',
        // `--` so nothing after it can be read as an option.
        '--',
        remote.url,
        ...refspecs,
      ],
      { cwd: root, env: auth.env, secrets, timeoutMs: options.timeoutMs, okCodes: [1] },
      settings,
    );
  let atomic = options.atomic ?? true;
  const notes: string[] = [];
  let stdout = '';
  let stderr = '';
  let code: number | null = 0;
  try {
    // git refuses --atomic before sending anything (exit 1 over HTTP, 128 locally): nothing was
    // updated by that attempt.
    let r = await push(atomic).catch((e: unknown) => {
      if (atomic && e instanceof GitError && NO_ATOMIC.test(e.stderr)) return null;
      throw e;
    });
    if (r === null || (atomic && r.code !== 0 && NO_ATOMIC.test(r.stderr))) {
      atomic = false;
      notes.push('the target does not support atomic pushes: each ref was updated on its own');
      r = await push(false);
    }
    stdout = scrub(r.stdout.toString('utf8'));
    stderr = r.stderr;
    code = r.code;
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    const timedOut = /timed out/.test(e.message);
    const kind = timedOut ? 'timeout' : classifyRemoteFailure(e.stderr);
    throw new PushError(scrub(`push to ${target} failed: ${describeRemoteFailure(kind, e.stderr)}`), kind);
  }

  const result: PushResult = {
    target,
    forced: force,
    refs: parsePushPorcelain(stdout),
    skipped,
    atomic,
    serverMessages: serverMessages(scrub(stderr)),
    notes,
  };
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
