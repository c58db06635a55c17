// Push against real git: a local bare repository and a real smart-HTTP server (git http-backend)
// that requires HTTP basic authentication.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pushRepository, PushError, type PushResult } from '@deployguard/git';
import {
  commitFiles,
  createBranch,
  createTag,
  git,
  initRepo,
  listRefs,
  makeTempDir,
  removeDir,
  updateRef,
} from './support/git-fixtures';
import { startGitHttpServer, type GitHttpServer } from './support/git-http-server';
import { filesContaining, sampleProcessList } from './support/leak-probe';

const USER = 'deploy-bot';
const PASSWORD = 'Pw-3xQ7#s3cr3t';

let tmp: string;
let source: string;

// main (2 commits), feature branch, lightweight + annotated tag, and refs a forge would refuse.
function buildSource(dir: string): string {
  initRepo(dir, { defaultBranch: 'main' });
  commitFiles(dir, { 'README.md': '# demo\n' }, 'first');
  createBranch(dir, 'feature/login');
  createTag(dir, 'v1.0');
  commitFiles(dir, { 'app.js': 'console.log(1)\n' }, 'second');
  createTag(dir, 'v2.0', { message: 'release 2' });
  updateRef(dir, 'refs/pull/1/head', 'feature/login');
  updateRef(dir, 'refs/remotes/origin/main');
  git(dir, ['notes', 'add', '-m', 'a note', 'HEAD']);
  return dir;
}

const PUSHABLE = [
  'refs/heads/feature/login',
  'refs/heads/main',
  'refs/notes/commits',
  'refs/tags/v1.0',
  'refs/tags/v2.0',
];

function pushable(refs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(refs).filter(([r]) => PUSHABLE.includes(r)));
}

// Gives main a different history than the target's, as a history rewrite does.
function rewriteMain(dir: string): void {
  git(dir, ['reset', '--quiet', '--hard', 'HEAD~1']);
  commitFiles(dir, { 'app.js': 'console.log("rewritten")\n' }, 'second, rewritten');
}

async function pushError(promise: Promise<unknown>): Promise<PushError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PushError);
  return error as PushError;
}

beforeEach(() => {
  tmp = makeTempDir('dg-push-');
  source = buildSource(join(tmp, 'source'));
});
afterEach(() => removeDir(tmp));

describe('push to a local bare repository', () => {
  let target: string;
  beforeEach(() => {
    target = initRepo(join(tmp, 'target.git'), { bare: true });
  });

  it('pushes every branch and tag, skips and lists forge-refused and local refs', async () => {
    const result = await pushRepository({ repoPath: source, targetUrl: target, allowLocal: true });
    expect(result.refs.map((r) => r.ref).sort()).toEqual(PUSHABLE);
    expect(result.refs.every((r) => r.status === 'ok' && r.change === 'created')).toBe(true);
    expect(result.skipped.sort()).toEqual(['refs/pull/1/head', 'refs/remotes/origin/main']);
    expect(listRefs(target)).toEqual(pushable(listRefs(source)));
  });

  it('refuses a local target unless local remotes are allowed', async () => {
    const error = await pushError(pushRepository({ repoPath: source, targetUrl: target }));
    expect(error.kind).toBe('invalid-url');
    expect(error.message).toMatch(/local paths are not allowed/);
    expect(listRefs(target)).toEqual({});
  });

  it('rejects a non-fast-forward without force, names the ref and suggests --force; forces when asked', async () => {
    await pushRepository({ repoPath: source, targetUrl: target, allowLocal: true });
    const before = listRefs(target);
    rewriteMain(source);

    const error = await pushError(pushRepository({ repoPath: source, targetUrl: target, allowLocal: true }));
    expect(error.kind).toBe('rejected');
    expect(error.message).toMatch(/refs\/heads\/main \(non-fast-forward\).*use --force/);
    expect(error.result?.refs.find((r) => r.ref === 'refs/heads/main')?.status).toBe('rejected');
    expect(listRefs(target)['refs/heads/main']).toBe(before['refs/heads/main']);

    const forced = await pushRepository({
      repoPath: source,
      targetUrl: target,
      allowLocal: true,
      force: true,
    });
    expect(forced.refs.find((r) => r.ref === 'refs/heads/main')).toEqual({
      ref: 'refs/heads/main',
      status: 'ok',
      change: 'forced',
    });
    expect(
      forced.refs.filter((r) => r.ref !== 'refs/heads/main').every((r) => r.status === 'up-to-date'),
    ).toBe(true);
    expect(listRefs(target)).toEqual(pushable(listRefs(source)));
  });

  it('pushes from a bare repository too', async () => {
    const mirror = join(tmp, 'mirror.git');
    git(tmp, ['clone', '--quiet', '--mirror', source, mirror]);
    const result = await pushRepository({
      repoPath: mirror,
      targetUrl: `file://${target}`,
      allowLocal: true,
    });
    expect(result.refs.map((r) => r.ref).sort()).toEqual(PUSHABLE);
    expect(result.skipped).toEqual(expect.arrayContaining(['refs/pull/1/head', 'refs/remotes/origin/main']));
  });

  it('says clearly when the source is not a repository or the target does not exist', async () => {
    const notRepo = makeTempDir('dg-not-repo-');
    try {
      const error = await pushError(
        pushRepository({ repoPath: notRepo, targetUrl: target, allowLocal: true }),
      );
      expect(error.kind).toBe('not-a-repository');
    } finally {
      removeDir(notRepo);
    }
    const missing = await pushError(
      pushRepository({ repoPath: source, targetUrl: join(tmp, 'nope.git'), allowLocal: true }),
    );
    expect(missing.kind).toBe('not-found');
  });
});

describe('push to an authenticated smart-HTTP server', () => {
  let server: GitHttpServer;
  let root: string;
  let targetUrl: string;

  beforeEach(async () => {
    root = join(tmp, 'served');
    initRepo(join(root, 'target.git'), { bare: true });
    server = await startGitHttpServer({ root, username: USER, password: PASSWORD });
    targetUrl = `${server.url}/target.git`;
  });
  afterEach(() => server.close());

  const options = { allowPrivate: true, allowHttp: true };

  it('pushes every branch and tag with credentials', async () => {
    const result = await pushRepository({
      repoPath: source,
      targetUrl,
      credentials: { username: USER, password: PASSWORD },
      ...options,
    });
    expect(result.refs.every((r) => r.status === 'ok')).toBe(true);
    expect(listRefs(join(root, 'target.git'))).toEqual(pushable(listRefs(source)));
    expect(result.skipped).toEqual(expect.arrayContaining(['refs/pull/1/head']));
    // The server really asked for credentials and got them.
    expect(server.requests.some((r) => r.status === 401)).toBe(true);
    expect(
      server.requests.some((r) => r.authorized && r.method === 'POST' && r.url.endsWith('/git-receive-pack')),
    ).toBe(true);
  });

  it('rejects a non-fast-forward without force and accepts it with force', async () => {
    const credentials = { username: USER, password: PASSWORD };
    await pushRepository({ repoPath: source, targetUrl, credentials, ...options });
    rewriteMain(source);
    const error = await pushError(pushRepository({ repoPath: source, targetUrl, credentials, ...options }));
    expect(error.kind).toBe('rejected');
    expect(error.message).toMatch(/refs\/heads\/main.*use --force/);
    const forced = await pushRepository({
      repoPath: source,
      targetUrl,
      credentials,
      force: true,
      ...options,
    });
    expect(forced.refs.find((r) => r.ref === 'refs/heads/main')?.change).toBe('forced');
    expect(listRefs(join(root, 'target.git'))['refs/heads/main']).toBe(listRefs(source)['refs/heads/main']);
  });

  // A protected main: the target's update hook refuses it with a reason, other refs are allowed.
  const protectMain = (repo: string) => {
    const hook = join(repo, 'hooks', 'update');
    writeFileSync(
      hook,
      '#!/bin/sh\nif [ "$1" = refs/heads/main ]; then echo "main is protected: ask an admin"; exit 1; fi\n',
    );
    chmodSync(hook, 0o755);
  };

  it('a refused ref updates nothing (atomic by default), names the ref and shows the server reason', async () => {
    const target = join(root, 'target.git');
    protectMain(target);
    const credentials = { username: USER, password: PASSWORD };
    const error = await pushError(pushRepository({ repoPath: source, targetUrl, credentials, ...options }));
    expect(error.kind).toBe('rejected');
    expect(error.result?.atomic).toBe(true);
    expect(error.message).toMatch(/nothing was updated \(atomic push/);
    expect(error.message).toMatch(/not updated: .*refs\/heads\/main \(hook declined\)/);
    expect(error.message).toMatch(/not applied because another ref was refused: refs\/heads\/feature\/login/);
    expect(error.result?.refs.find((r) => r.ref === 'refs/tags/v1.0')?.reason).toBe(
      'not applied: another ref was refused and the push is atomic',
    );
    expect(error.message).toMatch(/the server said: main is protected: ask an admin/);
    expect(error.message).not.toMatch(/use --force/);
    expect(listRefs(target)).toEqual({});
  });

  it('falls back to a plain push when the target has no atomic push, saying exactly what was updated', async () => {
    const target = join(root, 'target.git');
    protectMain(target);
    git(target, ['config', 'receive.advertiseAtomic', 'false']);
    const credentials = { username: USER, password: PASSWORD };
    const error = await pushError(pushRepository({ repoPath: source, targetUrl, credentials, ...options }));
    expect(error.result?.atomic).toBe(false);
    expect(error.result?.notes).toEqual([
      'the target does not support atomic pushes: each ref was updated on its own',
    ]);
    const updated = PUSHABLE.filter((r) => r !== 'refs/heads/main');
    expect(error.message).toContain(`updated ${updated.length} ref(s): ${updated.join(', ')}`);
    expect(error.message).toMatch(/not updated: refs\/heads\/main \(hook declined\)/);
    expect(error.message).toMatch(/the server said: main is protected/);
    expect(error.message).toMatch(/the target now mixes updated and old refs/);
    expect(Object.keys(listRefs(target)).sort()).toEqual(updated);
  });

  it('reports a wrong password as an authentication failure, without the password', async () => {
    const wrong = 'Wr0ng-Pa55-zz9';
    const error = await pushError(
      pushRepository({
        repoPath: source,
        targetUrl,
        credentials: { username: USER, password: wrong },
        ...options,
      }),
    );
    expect(error.kind).toBe('auth-failed');
    expect(error.message).toMatch(/authentication failed/);
    expect(error.message).not.toContain(wrong);
    expect(listRefs(join(root, 'target.git'))).toEqual({});
  });

  it('reports a missing repository as not found', async () => {
    const error = await pushError(
      pushRepository({
        repoPath: source,
        targetUrl: `${server.url}/missing.git`,
        credentials: { username: USER, password: PASSWORD },
        ...options,
      }),
    );
    expect(error.kind).toBe('not-found');
  });

  it('never lets the password appear in any output, file, URL or process list', async () => {
    // Special characters on purpose: they must survive the helper and still never leak.
    const canary = 'Cn4ry-$(id)`x`"q\'@:/%+=zQ';
    await server.close();
    server = await startGitHttpServer({ root, username: USER, password: canary, delayMs: 150 });
    const encoded = `${encodeURIComponent(USER)}:${encodeURIComponent(canary)}`;
    const urlWithCredentials = `${server.url.replace('http://', `http://${encoded}@`)}/target.git`;
    const outputs: string[] = [];

    const sampler = sampleProcessList();
    let result: PushResult;
    try {
      // Credentials given inside the URL: they must be taken out of it before git sees it.
      result = await pushRepository({ repoPath: source, targetUrl: urlWithCredentials, ...options });
    } finally {
      outputs.push(...(await sampler.stop()));
    }
    outputs.push(JSON.stringify(result));
    expect(result.refs.every((r) => r.status === 'ok')).toBe(true);

    rewriteMain(source);
    const rejected = await pushError(
      pushRepository({ repoPath: source, targetUrl: urlWithCredentials, ...options }),
    );
    outputs.push(rejected.message, JSON.stringify(rejected.result), String(rejected.stack));
    const wrongUser = await pushError(
      pushRepository({
        repoPath: source,
        targetUrl: `${server.url}/target.git`,
        credentials: { username: 'nobody', password: canary },
        ...options,
      }),
    );
    expect(wrongUser.kind).toBe('auth-failed');
    outputs.push(wrongUser.message, String(wrongUser.stack));
    outputs.push(JSON.stringify(server.requests));

    // The sampler really saw git talking to the server, so its silence below means something.
    expect(outputs.some((line) => /git(-remote-http| .*push)/.test(line))).toBe(true);
    for (const text of outputs) {
      expect(text).not.toContain(canary);
      expect(text).not.toContain(encodeURIComponent(canary));
    }
    expect(server.requests.every((r) => !r.url.includes('@'))).toBe(true);
    expect(filesContaining(join(source, '.git'), canary)).toEqual([]);
    expect(filesContaining(join(root, 'target.git'), canary)).toEqual([]);
    expect(readFileSync(join(source, '.git', 'config'), 'utf8')).not.toContain(USER);
  });
});
