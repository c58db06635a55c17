// Turns git's stderr after a failed clone or push into a reason a person can act on.
// The text passed in is already scrubbed; nothing here adds a credential back.
import { isIP } from 'node:net';
import type { ParsedRemote, RemoteUrlPolicy } from './remote-url';

export type RemoteFailureKind =
  'invalid-url' | 'auth-failed' | 'not-found' | 'network' | 'timeout' | 'rejected' | 'too-large' | 'failed';

const PATTERNS: [RemoteFailureKind, RegExp][] = [
  [
    'auth-failed',
    /authentication failed|could not read (username|password)|terminal prompts disabled|returned error: 40[13]|permission denied \(publickey|invalid username or password|access denied|HTTP Basic: Access denied/i,
  ],
  [
    'not-found',
    // "repository '<path>' does not exist": a local path that is missing or no repository
    /repository .* not found|repository '.*' does not exist|returned error: 404|does not appear to be a git repository|not a git repository|no such file or directory/i,
  ],
  [
    'network',
    /could not resolve host|connection refused|failed to connect|connection timed out|network is unreachable|ssl|certificate|could not read from remote repository/i,
  ],
];

const HINTS: Record<RemoteFailureKind, string> = {
  'invalid-url': '',
  'auth-failed':
    'authentication failed: check DEPLOYGUARD_GIT_USERNAME / DEPLOYGUARD_GIT_TOKEN (or your git credential helper / ssh key) and that the credentials may access this repository',
  'not-found':
    'repository not found (or not visible with these credentials): check the URL; a push target must exist',
  network: 'the remote could not be reached',
  timeout: 'the remote did not answer in time',
  rejected: 'the remote rejected some refs',
  'too-large': 'the repository is larger than allowed',
  failed: 'git failed',
};

export function classifyRemoteFailure(stderr: string): RemoteFailureKind {
  for (const [kind, re] of PATTERNS) if (re.test(stderr)) return kind;
  return 'failed';
}

// "<what happened> (<what git said>)", the git detail trimmed to its last useful lines.
export function describeRemoteFailure(kind: RemoteFailureKind, stderr: string): string {
  const detail = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^(hint:|To |Done$)/.test(l))
    .slice(-3)
    .join(' ');
  return detail ? `${HINTS[kind]} (git: ${detail})` : HINTS[kind];
}

// Only the transports the policy allows; applies to everything git starts (submodules, redirects).
export function protocolConfig(remote: ParsedRemote, policy: RemoteUrlPolicy): string[] {
  const config = [
    '-c',
    'protocol.allow=never',
    '-c',
    'protocol.https.allow=always',
    '-c',
    'protocol.ssh.allow=always',
  ];
  if (policy.allowHttp) config.push('-c', 'protocol.http.allow=always');
  config.push('-c', `protocol.file.allow=${policy.allowLocal && remote.kind === 'local' ? 'user' : 'never'}`);
  // Connect only to the addresses validateRemoteUrl just checked: git's own DNS lookup could get
  // another answer (DNS rebinding) between the check and the connection. An IP literal needs none.
  const web = remote.kind === 'https' || remote.kind === 'http';
  if (web && remote.host && isIP(remote.host) === 0 && remote.addresses.length > 0) {
    const port = remote.port ?? (remote.kind === 'https' ? 443 : 80);
    const addresses = remote.addresses.map((a) => (a.includes(':') ? `[${a}]` : a)).join(',');
    config.push('-c', `http.curloptResolve=${remote.host}:${port}:${addresses}`);
  }
  return config;
}
