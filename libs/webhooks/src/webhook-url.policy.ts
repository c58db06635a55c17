// SPEC §6 for webhook URLs: https only, http and private or loopback addresses only when the
// configuration allows them (ALLOW_LOCAL_URLS / ALLOW_PRIVATE_URLS), never user-info. The check
// runs when a URL is submitted and again at every delivery, inside the connection's own DNS lookup,
// so a name that later resolves to an internal address (DNS rebinding) is still refused.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { promises as dns } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { hasSpaceOrControl, isPrivateAddress, type RemoteUrlPolicy } from '@deployguard/git';

export class WebhookUrlError extends Error {
  override readonly name = 'WebhookUrlError';
  readonly code = 'WEBHOOK_URL_REFUSED';
}

const ACCEPTED =
  'accepted: https://host[:port]/path (http:// and private addresses only when the configuration allows them)';

// Safe to log and show: no user-info, no query string (it may hold a receiver's token).
export function displayWebhookUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}${u.search ? '?…' : ''}`;
  } catch {
    return '(malformed URL)';
  }
}

function refuse(what: string): never {
  throw new WebhookUrlError(`webhook_url ${what}; ${ACCEPTED}`);
}

function isLoopbackName(host: string): boolean {
  const name = host.replace(/\.$/, '').toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost');
}

// Syntax and scheme; returns the parsed URL. No DNS.
export function parseWebhookUrl(url: unknown, policy: RemoteUrlPolicy): URL {
  if (typeof url !== 'string' || url.trim() === '') refuse('is empty');
  if (url.length > 2048) refuse('is longer than 2048 characters');
  if (hasSpaceOrControl(url)) refuse('must not contain whitespace or control characters');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    refuse('is not a well-formed URL');
  }
  if (parsed.protocol === 'http:') {
    if (!policy.allowHttp) refuse('must use https (plain http is not allowed here)');
  } else if (parsed.protocol !== 'https:') refuse(`must use https, not "${parsed.protocol}"`);
  if (parsed.username || parsed.password)
    refuse('must not contain a user name or password (receivers verify the signature instead)');
  if (parsed.hash) refuse('must not contain a fragment');
  if (!parsed.hostname) refuse('has no host');
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!policy.allowPrivate) {
    if (isLoopbackName(host)) refuse(`must not name a loopback host ("${host}")`);
    if (isIP(host) && isPrivateAddress(host))
      refuse(`must not point to the private, loopback or link-local address ${host}`);
  }
  return parsed;
}

// At submission: syntax, then every address the name resolves to. Returns the normalised URL.
export async function validateWebhookUrl(url: unknown, policy: RemoteUrlPolicy): Promise<string> {
  const parsed = parseWebhookUrl(url, policy);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!policy.allowPrivate && !isIP(host)) {
    let addresses: LookupAddress[];
    try {
      addresses = await dns.lookup(host, { all: true, verbatim: true });
    } catch (e) {
      refuse(
        `names a host that does not resolve ("${host}", ${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad)
      refuse(`names a host that resolves to the private, loopback or link-local address ${bad.address}`);
  }
  return parsed.href;
}

// The DNS lookup of a delivery's connection: resolves, then refuses the connection when any
// address is private (unless allowed). Checking the addresses the socket really uses leaves no
// window between the check and the connect. IP literals skip lookup: parseWebhookUrl checks them.
export function guardedLookup(policy: RemoteUrlPolicy): LookupFunction {
  return ((
    hostname: string,
    options: { all?: boolean; family?: number },
    callback: (...args: unknown[]) => void,
  ) => {
    dnsLookup(hostname, { family: options.family ?? 0, all: true, verbatim: true }, (err, addresses) => {
      if (err) return callback(err);
      if (
        !policy.allowPrivate &&
        (isLoopbackName(hostname) || addresses.some((a) => isPrivateAddress(a.address)))
      ) {
        const bad = addresses.find((a) => isPrivateAddress(a.address))?.address ?? hostname;
        return callback(
          new WebhookUrlError(`webhook host "${hostname}" resolves to the private address ${bad}`),
        );
      }
      if (addresses.length === 0)
        return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }));
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  }) as unknown as LookupFunction;
}
