import { promises as dns } from 'node:dns';
import { isPrivateAddress } from './address-policy';
import { RemoteUrlError, remoteUrlPolicy, validateRemoteUrl } from './remote-url';

// No DNS server is reachable here: host names are resolved through a stub of dns.lookup.
function stubDns(table: Record<string, string[]>) {
  return jest.spyOn(dns, 'lookup').mockImplementation((async (host: string) => {
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  }) as unknown as typeof dns.lookup);
}

async function refusal(url: string, policy = {}): Promise<string> {
  const error = await validateRemoteUrl(url, policy).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RemoteUrlError);
  return (error as Error).message;
}

beforeEach(() => {
  stubDns({
    'github.com': ['140.82.121.3'],
    host: ['203.0.113.7'],
    'rebind.example': ['140.82.121.3', '10.1.2.3'],
  });
});
afterEach(() => jest.restoreAllMocks());

describe('validateRemoteUrl: accepted forms', () => {
  it('accepts https and keeps the URL as given', async () => {
    const r = await validateRemoteUrl('https://github.com/org/repo.git');
    expect(r).toMatchObject({
      kind: 'https',
      url: 'https://github.com/org/repo.git',
      host: 'github.com',
      origin: 'https://github.com',
    });
    expect(r.addresses).toEqual(['140.82.121.3']);
  });

  it('moves user:password out of an https URL into credentials', async () => {
    const r = await validateRemoteUrl('https://bob:p%40ss%3Aw0rd@github.com/org/repo.git');
    expect(r.url).toBe('https://github.com/org/repo.git');
    expect(r.credentials).toEqual({ username: 'bob', password: 'p@ss:w0rd' });
    expect(r.displayUrl).not.toContain('w0rd');
  });

  it('keeps a user name alone (no secret) in the URL', async () => {
    const r = await validateRemoteUrl('https://bob@github.com/org/repo.git');
    expect(r.url).toBe('https://bob@github.com/org/repo.git');
    expect(r.credentials).toEqual({ username: 'bob' });
  });

  it('accepts scp-like git@host:path', async () => {
    const r = await validateRemoteUrl('git@github.com:org/repo.git');
    expect(r).toMatchObject({ kind: 'ssh', url: 'git@github.com:org/repo.git', host: 'github.com' });
  });

  it('accepts ssh:// with user and port', async () => {
    const r = await validateRemoteUrl('ssh://git@host:22/x');
    expect(r).toMatchObject({ kind: 'ssh', host: 'host', port: 22 });
  });

  it('accepts http only when allowed', async () => {
    expect(await refusal('http://github.com/x.git')).toMatch(
      /plain http is not allowed.*accepted: https:\/\//,
    );
    expect((await validateRemoteUrl('http://github.com/x.git', { allowHttp: true })).kind).toBe('http');
  });

  it('says what its own policy accepts', async () => {
    const cli = { allowHttp: true, allowLocal: true, allowPrivate: true };
    const message = await validateRemoteUrl('ftp://host/x.git', cli).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(message).toContain('accepted: https://host/path');
    expect(message).toContain('http://host/path, file:// URLs and local paths');
    expect(message).not.toContain('only when the configuration allows');
    expect(await refusal('ftp://host/x.git')).toContain(
      '(http://, file:// and local paths only when the configuration allows them)',
    );
  });

  it('accepts file:// and local paths only with allowLocal', async () => {
    expect(await refusal('file:///srv/repo.git')).toMatch(/file:\/\/ URLs and local paths are not allowed/);
    expect(await refusal('/local/path')).toMatch(/local paths are not allowed/);
    expect(await refusal('./relative/repo')).toMatch(/local paths are not allowed/);
    expect(await validateRemoteUrl('file:///srv/my%20repo.git', { allowLocal: true })).toMatchObject({
      kind: 'local',
      url: '/srv/my repo.git',
    });
    expect(await validateRemoteUrl('/local/path', { allowLocal: true })).toMatchObject({
      kind: 'local',
      url: '/local/path',
    });
  });
});

describe('validateRemoteUrl: private and loopback hosts', () => {
  it.each([
    'http://127.0.0.1/x.git',
    'https://127.0.0.1/x.git',
    'https://10.0.0.5/x.git',
    'https://172.16.3.4/x.git',
    'https://192.168.1.1/x.git',
    'https://169.254.169.254/latest',
    'https://[::1]/x',
    'https://[fd00::1]/x',
    'https://[fe80::1]/x',
    'https://[::ffff:127.0.0.1]/x',
    'https://0x7f.1/x',
    'https://2130706433/x',
    'https://localhost/x.git',
    'https://api.localhost/x.git',
    'git@127.0.0.1:org/repo.git',
    'ssh://git@10.0.0.5/x.git',
  ])('refuses %s unless allowPrivate', async (url) => {
    expect(await refusal(url, { allowHttp: true })).toMatch(/private, loopback or link-local|loopback host/);
    await expect(validateRemoteUrl(url, { allowHttp: true, allowPrivate: true })).resolves.toBeDefined();
  });

  it('refuses a name when any of its addresses is private (DNS rebinding)', async () => {
    expect(await refusal('https://rebind.example/x.git')).toMatch(/resolves to.*10\.1\.2\.3/);
  });

  it('says when a host cannot be resolved', async () => {
    await expect(validateRemoteUrl('https://nowhere.invalid/x.git')).rejects.toThrow(
      /cannot resolve the host "nowhere.invalid".*ENOTFOUND/,
    );
  });

  it('classifies addresses', () => {
    expect(isPrivateAddress('172.31.255.255')).toBe(true);
    expect(isPrivateAddress('172.32.0.1')).toBe(false);
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    expect(isPrivateAddress('2606:4700::1111')).toBe(false);
    expect(isPrivateAddress('fc12::1')).toBe(true);
  });
});

describe('validateRemoteUrl: always refused', () => {
  it.each([
    ['--upload-pack=touch /tmp/x', /must not start with "-"/],
    ['-oProxyCommand=x', /must not start with "-"/],
    ['ext::sh -c touch% /tmp/pwned', /whitespace|"<helper>::" URLs are never accepted/],
    ['ext::touch%20/tmp/x', /"<helper>::" URLs are never accepted/],
    ['fd::3', /"<helper>::" URLs are never accepted/],
    ['git://github.com/org/repo.git', /"git:\/\/" scheme is not accepted/],
    ['ftp://github.com/x', /"ftp:\/\/" scheme is not accepted/],
    ['ssh://-oProxyCommand=touch/x', /host must not start with "-"/],
    ['git@-oProxyCommand=x:repo', /host must not start with "-"/],
    ['-x@host:repo', /must not start with "-"/],
    ['host:--upload-pack=x', /path is missing or starts with "-"/],
    ['https://github.com/x\n--upload-pack=y', /whitespace and control characters/],
    ['https://github.com/', /repository path is missing/],
    ['https://github.com/x?a=b', /query string/],
    ['ssh://u:secret@github.com/x', /must not contain a password/],
    ['', /URL is empty/],
  ])('refuses %j', async (url, message) => {
    expect(await refusal(url, { allowLocal: true, allowPrivate: true, allowHttp: true })).toMatch(message);
  });

  it('never repeats a password in its message', async () => {
    const message = await refusal('ftp://bob:hunter2secret@github.com/x');
    expect(message).not.toContain('hunter2secret');
    const scp = await refusal('bob:hunter2secret@-host:x');
    expect(scp).not.toContain('hunter2secret');
  });
});

describe('remoteUrlPolicy: the one policy of the API, the worker and the webhooks', () => {
  const config = (allowLocalUrls: boolean, allowPrivateUrls: boolean) => ({
    git: { allowLocalUrls, allowPrivateUrls },
  });

  it('allows plain http wherever local or private addresses are allowed, and nowhere else', () => {
    expect(remoteUrlPolicy(config(false, false))).toEqual({
      allowLocal: false,
      allowPrivate: false,
      allowHttp: false,
    });
    expect(remoteUrlPolicy(config(true, false)).allowHttp).toBe(true);
    // the drift of issue 13: ALLOW_PRIVATE_URLS alone let the API accept http that the worker refused
    expect(remoteUrlPolicy(config(false, true))).toEqual({
      allowLocal: false,
      allowPrivate: true,
      allowHttp: true,
    });
  });

  it('decides the same way for every caller: http on a private address with ALLOW_PRIVATE_URLS alone', async () => {
    const policy = remoteUrlPolicy(config(false, true));
    await expect(validateRemoteUrl('http://10.20.30.40/acme/app.git', policy)).resolves.toMatchObject({
      kind: 'http',
    });
    await expect(
      validateRemoteUrl('http://10.20.30.40/acme/app.git', remoteUrlPolicy(config(false, false))),
    ).rejects.toThrow(RemoteUrlError);
  });
});
