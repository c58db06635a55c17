// Credentials must never reach a log line or an error message: every text that may contain a URL
// or a git error passes through here first.

// Greedy up to the last `@` of the authority, so a password holding a raw `@` or `:` is covered.
const URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*(?:@[^\s/?#@]*)*@/gi;
const AUTH_HEADER = /(authorization:\s*(?:basic|bearer|token)\s+)\S+/gi;

export function scrubCredentials(text: string, extraSecrets: readonly string[] = []): string {
  let out = text.replace(URL_USERINFO, '$1***@').replace(AUTH_HEADER, '$1***');
  // Longest first, so a secret that contains another is removed whole.
  const secrets = [...extraSecrets].filter((s) => s && s.length >= 3).sort((a, b) => b.length - a.length);
  for (const secret of secrets) out = out.split(secret).join('***');
  return out;
}

export function scrubUrl(url: string): string {
  return scrubCredentials(url);
}
