// Credentials must never reach a log line or an error message: every text that may contain a URL
// or a git error passes through here first. A password may hold any character (`/ ? # @ :` and
// whitespace included), so user-info is everything from `scheme://` to the LAST `@` — in free text
// the last one of the same run of non-space characters, in a string known to be one URL (which
// may even fail to parse) the last one of the whole string. Over-scrubbing is the safe side.

const URL_USERINFO = /(\b[a-z][a-z0-9+.-]{0,30}:\/\/)\S*@/gi;
const AUTH_HEADER = /(authorization:\s*(?:basic|bearer|token)\s+)\S+/gi;

/** `text` with URL user-info, Authorization header values and each of `extraSecrets` replaced by `***`. */
export function scrubCredentials(text: string, extraSecrets: readonly string[] = []): string {
  let out = text.replace(URL_USERINFO, '$1***@').replace(AUTH_HEADER, '$1***');
  // Longest first, so a secret that contains another is removed whole.
  const secrets = [...extraSecrets].filter((s) => s && s.length >= 3).sort((a, b) => b.length - a.length);
  for (const secret of secrets) out = out.split(secret).join('***');
  return out;
}

/**
 * One URL as a user gave it, safe to show: for `scheme://…@host…` everything between `://` and
 * the last `@` becomes `***`; without a scheme (`user:password@host:path`), everything before
 * the last `@` when a `:` precedes it; `scheme://user:password` without a host (a `:` not followed
 * by a port number) is all `***`. Works on strings that are no valid URL at all.
 */
export function scrubUrl(url: string): string {
  const at = url.lastIndexOf('@');
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  if (at < 0) {
    // `scheme://user:password` with no host: the `:` is followed by no port number.
    const authority = scheme ? url.slice(scheme[0].length).split('/')[0] : '';
    if (scheme && /:(?!\d*$)/.test(authority)) return `${scheme[0]}***`;
    return scrubCredentials(url);
  }
  if (scheme && scheme[0].length <= at) return `${scheme[0]}***${url.slice(at)}`;
  if (!scheme && url.slice(0, at).includes(':')) return `***${url.slice(at)}`;
  return scrubCredentials(url);
}
