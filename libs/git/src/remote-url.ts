// Validation of the URLs DeployGuard clones from and pushes to (SPEC §6): https and ssh only by
// default; http, local paths and private network addresses only when the configuration allows.
// A URL given by a user can otherwise make git run commands (`ext::`, `--upload-pack=`) or reach
// services inside our network (SSRF), so everything not positively recognised is refused.
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { addressRange, isPrivateAddress } from './address-policy';
import { scrubUrl } from './scrub.util';

export type RemoteKind = 'https' | 'http' | 'ssh' | 'local';

export interface RemoteUrlPolicy {
  allowLocal?: boolean;
  allowPrivate?: boolean;
  allowHttp?: boolean;
}

/**
 * The one URL policy of the service (SPEC §6), built from the configuration's ALLOW_LOCAL_URLS and
 * ALLOW_PRIVATE_URLS: the API checks submitted URLs, the worker clones and pushes, the webhooks
 * deliver under it. Plain http is allowed wherever local or private addresses are (tests and
 * development run plain-http servers on 127.0.0.1 and private networks).
 */
export function remoteUrlPolicy(config: {
  readonly git: { readonly allowLocalUrls: boolean; readonly allowPrivateUrls: boolean };
}): Required<RemoteUrlPolicy> {
  const { allowLocalUrls, allowPrivateUrls } = config.git;
  return {
    allowLocal: allowLocalUrls,
    allowPrivate: allowPrivateUrls,
    allowHttp: allowLocalUrls || allowPrivateUrls,
  };
}

export interface ParsedRemote {
  kind: RemoteKind;
  // What git is given: normalised, never with a password (user-info moved to `credentials`).
  url: string;
  // Safe to log and show.
  displayUrl: string;
  // Lower-case host without brackets; undefined for local repositories.
  host?: string;
  port?: number;
  // `https://host[:port]` — the scope a credential is valid for (http/https only).
  origin?: string;
  // User-info that was in the URL, removed from `url`.
  credentials?: { username?: string; password?: string };
  // Addresses the host resolved to at validation time (empty when not resolved).
  addresses: string[];
}

export class RemoteUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RemoteUrlError';
  }
}

// What a policy accepts, for its errors: the CLI takes http and local paths, the service only when
// its configuration allows them.
function acceptedFor(policy: RemoteUrlPolicy): string {
  const forms = [
    'https://host/path',
    'ssh://host[:port]/path (with a user name if needed)',
    'user@host:path',
  ];
  if (policy.allowHttp) forms.push('http://host/path');
  if (policy.allowLocal) forms.push('file:// URLs and local paths');
  const off = [!policy.allowHttp && 'http://', !policy.allowLocal && 'file:// and local paths'].filter(
    Boolean,
  );
  const when = off.length > 0 ? ` (${off.join(', ')} only when the configuration allows them)` : '';
  return `accepted: ${forms.join(', ')}${when}`;
}

// Whitespace, C0 controls and DEL: a newline in a URL can smuggle options into git's config parsing.
export function hasSpaceOrControl(text: string): boolean {
  return [...text].some((c) => /\s/.test(c) || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

// parseSyntax adds what the policy accepts.
function fail(url: string, what: string): never {
  throw new RemoteUrlError(`invalid remote URL "${scrubDisplay(url)}": ${what}`);
}

// The whole string is one URL (possibly malformed): user-info up to its last `@` is hidden.
function scrubDisplay(url: string): string {
  const shown = scrubUrl(url);
  return shown.length > 200 ? `${shown.slice(0, 200)}…` : shown;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function checkHostSyntax(url: string, host: string): void {
  if (!host) fail(url, 'the host is missing');
  // A host or user starting with `-` would be read by ssh as an option.
  if (host.startsWith('-')) fail(url, 'the host must not start with "-"');
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9._~%-]+)$/i.test(host)) fail(url, `"${host}" is not a valid host name`);
}

function parseSchemeUrl(url: string, kind: 'https' | 'http' | 'ssh'): ParsedRemote {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail(url, 'it is not a well-formed URL');
  }
  const bracketed = parsed.hostname;
  checkHostSyntax(url, bracketed);
  const host = bracketed.replace(/^\[|\]$/g, '').toLowerCase();
  const port = parsed.port ? Number(parsed.port) : undefined;
  if (parsed.search || parsed.hash) fail(url, 'a query string or fragment is not accepted');
  if (!parsed.pathname || parsed.pathname === '/') fail(url, 'the repository path is missing');
  const username = parsed.username ? decode(parsed.username) : undefined;
  const password = parsed.password ? decode(parsed.password) : undefined;
  if (username?.startsWith('-')) fail(url, 'the user name must not start with "-"');
  let credentials: ParsedRemote['credentials'];
  if (kind === 'ssh') {
    // ssh authenticates with keys; a user name is part of the address, a password is never used.
    if (password) fail(url, 'ssh URLs must not contain a password (use an ssh key)');
    parsed.password = '';
  } else if (password) {
    credentials = { username, password };
    parsed.username = '';
    parsed.password = '';
  } else if (username) {
    // A user name alone is no secret: it stays, so the user's credential helper can match it.
    credentials = { username };
  }
  const clean = parsed.href;
  const origin = kind === 'ssh' ? undefined : `${parsed.protocol}//${parsed.host}`;
  return {
    kind,
    url: clean,
    displayUrl: scrubDisplay(clean),
    host,
    port,
    origin,
    credentials,
    addresses: [],
  };
}

// `[user@]host:path` — git's scp-like syntax (recognised when a colon comes before any slash).
function parseScpLike(url: string): ParsedRemote | null {
  const m = /^(?:([^@/:]+)@)?(\[[^\]/]+\]|[^@/:[\]]+):(.*)$/.exec(url);
  if (!m) return null;
  const [, user, bracketed, path] = m;
  if (user?.startsWith('-')) fail(url, 'the user name must not start with "-"');
  checkHostSyntax(url, bracketed);
  if (!path || path.startsWith('-')) fail(url, 'the repository path is missing or starts with "-"');
  const host = bracketed.replace(/^\[|\]$/g, '').toLowerCase();
  return { kind: 'ssh', url, displayUrl: scrubDisplay(url), host, addresses: [] };
}

function parseSyntax(url: string, policy: RemoteUrlPolicy): ParsedRemote {
  try {
    return parseForms(url, policy);
  } catch (e) {
    if (e instanceof RemoteUrlError) throw new RemoteUrlError(`${e.message}; ${acceptedFor(policy)}`);
    throw e;
  }
}

function parseForms(url: string, policy: RemoteUrlPolicy): ParsedRemote {
  if (typeof url !== 'string' || url.trim() === '') fail(String(url ?? ''), 'the URL is empty');
  if (url.length > 2048) fail(url, 'the URL is longer than 2048 characters');
  // Never let git read the URL as an option (`--upload-pack=…`).
  if (url.startsWith('-')) fail(url, 'a URL must not start with "-"');
  if (hasSpaceOrControl(url)) fail(url, 'whitespace and control characters are not accepted');
  // `ext::cmd`, `fd::`, `<helper>::<address>` run programs or remote helpers.
  if (/^[a-z][a-z0-9+.-]*::/i.test(url)) fail(url, 'transport "<helper>::" URLs are never accepted');

  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1].toLowerCase();
  if (scheme === 'https') return parseSchemeUrl(url, 'https');
  if (scheme === 'ssh' || scheme === 'git+ssh' || scheme === 'ssh+git') {
    return parseSchemeUrl(scheme === 'ssh' ? url : `ssh${url.slice(scheme.length)}`, 'ssh');
  }
  if (scheme === 'http') {
    if (!policy.allowHttp)
      fail(url, 'plain http is not allowed (credentials and code would travel unencrypted)');
    return parseSchemeUrl(url, 'http');
  }
  if (scheme === 'file' || (!scheme && (url.startsWith('/') || url.startsWith('.') || !url.includes(':')))) {
    if (!policy.allowLocal) fail(url, 'file:// URLs and local paths are not allowed');
    let path = url;
    if (scheme === 'file') {
      try {
        path = decodeURIComponent(new URL(url).pathname);
      } catch {
        fail(url, 'it is not a well-formed file:// URL');
      }
    }
    const abs = resolvePath(path);
    return { kind: 'local', url: abs, displayUrl: abs, addresses: [] };
  }
  if (scheme) fail(url, `the "${scheme}://" scheme is not accepted`);
  const scp = parseScpLike(url);
  if (scp) return scp;
  return fail(url, 'it is neither a URL nor a user@host:path address');
}

// Resolves the host and refuses it when any address is private, so a name that resolves to both
// a public and an internal address cannot be used to reach the internal one.
async function checkAddresses(
  remote: ParsedRemote,
  original: string,
  policy: RemoteUrlPolicy,
): Promise<string[]> {
  const host = remote.host!;
  if (policy.allowPrivate) return [];
  const name = host.replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) fail(original, `"${host}" is a loopback host`);
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await dns.lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      throw new RemoteUrlError(`cannot resolve the host "${host}" of "${remote.displayUrl}" (${code})`);
    }
  }
  const bad = addresses.find(isPrivateAddress);
  if (bad) {
    fail(
      original,
      `the host "${host}" is (or resolves to) the private, loopback or link-local address ${bad}` +
        ` (special-purpose range "${addressRange(bad)}"; only global unicast addresses are accepted)`,
    );
  }
  return addresses;
}

export async function validateRemoteUrl(url: string, policy: RemoteUrlPolicy = {}): Promise<ParsedRemote> {
  const remote = parseSyntax(url, policy);
  if (remote.kind === 'local') return remote;
  remote.addresses = await checkAddresses(remote, url, policy);
  return remote;
}
