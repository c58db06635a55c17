// How credentials reach git without ever being on a command line, in a stored URL, a log or an
// error. We register a one-shot credential helper, scoped to the target's origin, whose script
// only names environment variables; the values live in the git child's environment (readable by
// the same user only, unlike argv which `ps` shows to everyone).
import { withPorcelain } from './porcelain';
import type { ParsedRemote } from './remote-url';
import { addressRange } from './address-policy';

export interface GitCredentials {
  username?: string;
  // A password or an access token.
  password?: string;
}

export const CREDENTIAL_ENV = {
  username: 'DEPLOYGUARD_GIT_USERNAME',
  token: 'DEPLOYGUARD_GIT_TOKEN',
  password: 'DEPLOYGUARD_GIT_PASSWORD',
} as const;

// Forges accept any non-empty user name with a token; GitHub documents this one.
export const DEFAULT_TOKEN_USERNAME = 'x-access-token';

// Names of the variables the helper script reads; only ever set in a git child's environment.
const HELPER_USER_VAR = 'DG_CREDENTIAL_USERNAME';
const HELPER_PASS_VAR = 'DG_CREDENTIAL_PASSWORD';

// printf (a shell builtin in sh/dash/bash, so the values never appear in an argv) rather than
// echo, which mangles backslashes in dash. Answers `get` only; `store`/`erase` are ignored so
// nothing is written to the user's credential store.
const HELPER_SCRIPT =
  `!f() { test "$1" = get || exit 0; ` +
  `printf 'username=%s\\npassword=%s\\n' "$${HELPER_USER_VAR}" "$${HELPER_PASS_VAR}"; }; f`;

export class CredentialsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialsError';
  }
}

// Reads DEPLOYGUARD_GIT_USERNAME and DEPLOYGUARD_GIT_TOKEN (or DEPLOYGUARD_GIT_PASSWORD).
// Returns undefined when neither a token nor a password is set, so git's own credential helper
// (or ssh keys) are used instead.
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): GitCredentials | undefined {
  const password = env[CREDENTIAL_ENV.token] || env[CREDENTIAL_ENV.password] || undefined;
  const username = env[CREDENTIAL_ENV.username] || undefined;
  if (!password) return undefined;
  return { username, password };
}

// Explicit credentials win over the user-info that was in the URL.
export function mergeCredentials(
  explicit: GitCredentials | undefined,
  fromUrl: GitCredentials | undefined,
): GitCredentials | undefined {
  const password = explicit?.password || fromUrl?.password;
  const username = explicit?.username || fromUrl?.username;
  if (!password && !username) return undefined;
  return { username, password };
}

// Every form in which a credential could show up in git's output, for scrubbing.
export function credentialSecrets(credentials: GitCredentials | undefined): string[] {
  const password = credentials?.password;
  if (!password) return [];
  const forms = new Set([password, encodeURIComponent(password), Buffer.from(password).toString('base64')]);
  if (credentials?.username) {
    forms.add(Buffer.from(`${credentials.username}:${password}`).toString('base64'));
  }
  return [...forms];
}

export interface GitAuth {
  // `-c` options for git (they name variables, never values).
  config: string[];
  // Variables for the git child only.
  env: NodeJS.ProcessEnv;
  // Values to scrub from git's output.
  secrets: string[];
}

const NO_AUTH: GitAuth = { config: [], env: {}, secrets: [] };

function checkValue(what: string, value: string): void {
  // The credential protocol is line-based: a newline would inject extra attributes.
  if (/[\n\r\0]/.test(value))
    throw new CredentialsError(`the git ${what} must not contain a newline or NUL character`);
}

// This machine: `localhost`, a loopback address, or a name whose checked addresses (the ones
// git is pinned to) are all loopback.
function isLoopback(remote: ParsedRemote): boolean {
  const { host, addresses } = remote;
  if (host === 'localhost' || (host !== undefined && addressRange(host) === 'loopback')) return true;
  return addresses.length > 0 && addresses.every((a) => addressRange(a) === 'loopback');
}

// Builds what a git process needs to authenticate to `remote`. Without a password nothing is
// changed, so the user's own credential helper and ssh agent keep working. Throws
// CredentialsError for a value with a newline, or for plain http to a host other than this machine.
export function gitAuthFor(remote: ParsedRemote, credentials: GitCredentials | undefined): GitAuth {
  if (!credentials?.password || !remote.origin || (remote.kind !== 'https' && remote.kind !== 'http')) {
    return NO_AUTH;
  }
  // Over plain http a credential crosses the network in clear: only to this machine.
  if (remote.kind === 'http' && !isLoopback(remote))
    throw new CredentialsError(
      `credentials are sent only over https or ssh: ${remote.displayUrl} is plain http (use https://)`,
    );
  const username = credentials.username || DEFAULT_TOKEN_USERNAME;
  checkValue('user name', username);
  checkValue('password', credentials.password);
  const scope = `credential.${remote.origin}`;
  return {
    // The empty helper resets helpers from the user's config for this origin only.
    config: ['-c', `${scope}.helper=`, '-c', `${scope}.helper=${HELPER_SCRIPT}`],
    env: { [HELPER_USER_VAR]: username, [HELPER_PASS_VAR]: credentials.password },
    secrets: credentialSecrets({ username, password: credentials.password }),
  };
}

/**
 * The credential helpers of the user's own global git config, as `-c` options. The safe
 * invocation clears every helper (a repository's config must not name one); without explicit
 * credentials the CLI puts the user's back, never a repository's.
 */
export async function userCredentialHelpers(): Promise<string[]> {
  const listed = await withPorcelain('config', { okCodes: [1] }, (git) =>
    git.raw(['config', '--global', '-z', '--get-regexp', '^credential\\..*helper$']),
  ).catch(() => null);
  if (!listed) return [];
  return listed
    .split('\0')
    .filter(Boolean)
    .flatMap((record) => {
      const nl = record.indexOf('\n');
      return nl < 0 ? [] : ['-c', `${record.slice(0, nl)}=${record.slice(nl + 1)}`];
    });
}
