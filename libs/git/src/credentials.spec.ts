import {
  credentialSecrets,
  credentialsFromEnv,
  CredentialsError,
  gitAuthFor,
  mergeCredentials,
} from './credentials';
import { runGit } from './git.runner';
import type { ParsedRemote } from './remote-url';
import { scrubCredentials, scrubUrl } from './scrub.util';

const remote: ParsedRemote = {
  kind: 'https',
  url: 'https://git.example.com:8443/org/repo.git',
  displayUrl: 'https://git.example.com:8443/org/repo.git',
  host: 'git.example.com',
  port: 8443,
  origin: 'https://git.example.com:8443',
  addresses: [],
};

// Asks real git which credentials it would use for `url`, with the one-shot helper installed.
async function fill(url: string, auth: ReturnType<typeof gitAuthFor>): Promise<string> {
  const { protocol, host, pathname } = new URL(url);
  const input = `protocol=${protocol.slice(0, -1)}\nhost=${host}\npath=${pathname.slice(1)}\n\n`;
  const r = await runGit([...auth.config, 'credential', 'fill'], {
    input,
    env: { ...auth.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    okCodes: [128],
  });
  return r.stdout.toString('utf8');
}

describe('credentialsFromEnv', () => {
  it('reads the token, falling back to the password', () => {
    expect(credentialsFromEnv({ DEPLOYGUARD_GIT_USERNAME: 'bob', DEPLOYGUARD_GIT_TOKEN: 't0k' })).toEqual({
      username: 'bob',
      password: 't0k',
    });
    expect(credentialsFromEnv({ DEPLOYGUARD_GIT_PASSWORD: 'pw' })).toEqual({
      username: undefined,
      password: 'pw',
    });
    expect(credentialsFromEnv({ DEPLOYGUARD_GIT_USERNAME: 'bob' })).toBeUndefined();
  });

  it('prefers explicit credentials over those found in the URL', () => {
    expect(mergeCredentials({ password: 'a' }, { username: 'u', password: 'b' })).toEqual({
      username: 'u',
      password: 'a',
    });
    expect(mergeCredentials(undefined, undefined)).toBeUndefined();
  });
});

describe('gitAuthFor', () => {
  const tricky = `p@ss:w0rd with spaces $HOME \`id\` 'q' "dq" \\n\\ back%20slash`;

  it('never puts a value on the command line', () => {
    const auth = gitAuthFor(remote, { username: 'bob', password: tricky });
    expect(auth.config.join(' ')).not.toContain('bob');
    expect(auth.config.join(' ')).not.toContain('w0rd');
    expect(Object.values(auth.env)).toEqual(['bob', tricky]);
  });

  it('gives git the exact values, special characters included', async () => {
    const out = await fill(
      'https://git.example.com:8443/org/repo.git',
      gitAuthFor(remote, { username: 'b ob$', password: tricky }),
    );
    expect(out).toContain(`username=b ob$\n`);
    expect(out).toContain(`password=${tricky}\n`);
  });

  it('answers only for the origin of the target', async () => {
    const auth = gitAuthFor(remote, { username: 'bob', password: 'secret-value' });
    const other = await fill('https://evil.example.com/org/repo.git', auth);
    expect(other).not.toContain('secret-value');
    const otherPort = await fill('https://git.example.com/org/repo.git', auth);
    expect(otherPort).not.toContain('secret-value');
  });

  it('uses a default user name with a bare token', async () => {
    const out = await fill(remote.url, gitAuthFor(remote, { password: 'tok' }));
    expect(out).toContain('username=x-access-token\n');
  });

  it('does nothing without a password or for ssh', () => {
    expect(gitAuthFor(remote, { username: 'bob' }).config).toEqual([]);
    expect(gitAuthFor({ ...remote, kind: 'ssh', origin: undefined }, { password: 'x' }).config).toEqual([]);
  });

  it('refuses values that would break the credential protocol', () => {
    expect(() => gitAuthFor(remote, { password: 'a\nhost=evil' })).toThrow(CredentialsError);
    expect(() => gitAuthFor(remote, { password: 'a\nhost=evil' })).toThrow(/must not contain a newline/);
  });
});

describe('scrubCredentials', () => {
  it('removes user-info from URLs, even with raw @ and : in the password', () => {
    expect(scrubCredentials("fatal: unable to access 'https://bob:p@ss:w@rd@host/x.git/'")).toBe(
      "fatal: unable to access 'https://***@host/x.git/'",
    );
    expect(scrubCredentials('https://host/x.git and mail me@example.com')).toBe(
      'https://host/x.git and mail me@example.com',
    );
  });

  it('removes Authorization header values and every form of a known secret', () => {
    expect(scrubCredentials('Authorization: Basic Ym9iOnNlY3JldA==')).toBe('Authorization: Basic ***');
    const secrets = credentialSecrets({ username: 'bob', password: 'p@ss word' });
    const text = `a p@ss word b p%40ss%20word c ${Buffer.from('bob:p@ss word').toString('base64')}`;
    expect(scrubCredentials(text, secrets)).toBe('a *** b *** c ***');
  });
});

describe('scrubUrl', () => {
  it('hides user-info whatever the password holds, with or without a host', () => {
    expect(scrubUrl('https://alice:Pw#Frag/9@host/x.git')).toBe('https://***@host/x.git');
    // No `@`: `alice:Pw#Frag9Q` is no host and port, it is a user and a password.
    expect(scrubUrl('https://alice:Pw#Frag9Q')).toBe('https://***');
    expect(scrubUrl('https://alice:Pw/Frag9Q')).toBe('https://***');
    expect(scrubUrl('https://host:8443/x.git')).toBe('https://host:8443/x.git');
    expect(scrubUrl('https://host/x.git')).toBe('https://host/x.git');
  });
});
