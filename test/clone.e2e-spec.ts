// Clone against real git: a local bare repository and a real smart-HTTP server (git http-backend)
// that requires HTTP basic authentication.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cloneRepository, CloneError, credentialsFromEnv } from '@deployguard/git';
import {
  commitFiles,
  createBranch,
  createTag,
  git,
  gitAsync,
  initRepo,
  listRefs,
  makeTempDir,
  removeDir,
  updateRef,
} from './support/git-fixtures';
import { startGitHttpServer, type GitHttpServer } from './support/git-http-server';
import { filesContaining, sampleProcessList } from './support/leak-probe';

const USER = 'clone-bot';
const PASSWORD = 'Cl0ne-Pw#77';

let tmp: string;
let origin: string;

async function cloneError(promise: Promise<unknown>): Promise<CloneError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CloneError);
  return error as CloneError;
}

// A bare repository with two commits on main, a branch, a tag and a pull-request ref.
function buildOrigin(dir: string): string {
  const work = initRepo(join(tmp, 'work'));
  commitFiles(work, { 'README.md': '# demo\n' }, 'first');
  createBranch(work, 'dev');
  commitFiles(work, { 'app.js': 'console.log(1)\n' }, 'second');
  createTag(work, 'v1');
  updateRef(work, 'refs/pull/7/head', 'dev');
  git(tmp, ['clone', '--quiet', '--mirror', work, dir]);
  return dir;
}

beforeEach(() => {
  tmp = makeTempDir('dg-clone-');
  origin = buildOrigin(join(tmp, 'served', 'origin.git'));
});
afterEach(() => removeDir(tmp));

describe('clone from a local repository', () => {
  it('clones a work tree and records the URL as given', async () => {
    const dest = await cloneRepository({ url: origin, dest: join(tmp, 'out'), allowLocal: true });
    expect(dest).toBe(join(tmp, 'out'));
    expect(existsSync(join(dest, 'app.js'))).toBe(true);
    expect(git(dest, ['config', 'remote.origin.url'])).toBe(origin);
  });

  it('mirrors every ref, including forge refs', async () => {
    const dest = await cloneRepository({
      url: `file://${origin}`,
      dest: join(tmp, 'mirror.git'),
      mirror: true,
      allowLocal: true,
    });
    expect(listRefs(dest)).toEqual(listRefs(origin));
    expect(git(dest, ['rev-parse', '--is-bare-repository'])).toBe('true');
  });

  it('clones one branch shallowly', async () => {
    const dest = await cloneRepository({
      url: origin,
      dest: join(tmp, 'out'),
      branch: 'dev',
      depth: 1,
      allowLocal: true,
    });
    expect(git(dest, ['rev-parse', '--abbrev-ref', 'HEAD'])).toBe('dev');
    expect(git(dest, ['rev-list', '--count', 'HEAD'])).toBe('1');
    expect(existsSync(join(dest, 'app.js'))).toBe(false);
  });

  it('refuses local sources unless allowed, and bad options, with clear messages', async () => {
    const local = await cloneError(cloneRepository({ url: origin, dest: join(tmp, 'out') }));
    expect(local.kind).toBe('invalid-url');
    expect(local.message).toMatch(/local paths are not allowed/);
    const branch = await cloneError(
      cloneRepository({ url: origin, dest: join(tmp, 'out'), branch: '--upload-pack=x', allowLocal: true }),
    );
    expect(branch.kind).toBe('invalid-option');
    expect(existsSync(join(tmp, 'out'))).toBe(false);
  });

  it('refuses a destination that is not empty and leaves it alone', async () => {
    const dest = join(tmp, 'busy');
    mkdirSync(dest);
    writeFileSync(join(dest, 'keep.txt'), 'mine');
    const error = await cloneError(cloneRepository({ url: origin, dest, allowLocal: true }));
    expect(error.kind).toBe('destination-exists');
    expect(readdirSync(dest)).toEqual(['keep.txt']);
  });

  it('runs no hooks from templates', async () => {
    const templates = join(tmp, 'templates');
    const marker = join(tmp, 'hook-ran');
    mkdirSync(join(templates, 'hooks'), { recursive: true });
    writeFileSync(join(templates, 'hooks', 'post-checkout'), `#!/bin/sh\ntouch '${marker}'\n`);
    chmodSync(join(templates, 'hooks', 'post-checkout'), 0o755);
    // Proves the hook would run: plain git runs it.
    git(tmp, ['clone', '--quiet', `--template=${templates}`, origin, join(tmp, 'plain')]);
    expect(existsSync(marker)).toBe(true);
    removeDir(marker);

    process.env.GIT_TEMPLATE_DIR = templates;
    try {
      await cloneRepository({ url: origin, dest: join(tmp, 'out'), allowLocal: true });
    } finally {
      delete process.env.GIT_TEMPLATE_DIR;
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses a repository above the size limit and removes what was downloaded', async () => {
    const work = join(tmp, 'work');
    commitFiles(work, { 'blob.bin': randomBytes(300_000) }, 'big file');
    git(work, ['push', '--quiet', origin, 'main']);
    const error = await cloneError(
      cloneRepository({ url: origin, dest: join(tmp, 'big'), maxSizeBytes: 100_000, allowLocal: true }),
    );
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/larger than the allowed 100000 bytes/);
    expect(existsSync(join(tmp, 'big'))).toBe(false);
    await expect(
      cloneRepository({ url: origin, dest: join(tmp, 'ok'), maxSizeBytes: 10_000_000, allowLocal: true }),
    ).resolves.toBe(join(tmp, 'ok'));
  });
});

describe('clone from an authenticated smart-HTTP server', () => {
  let server: GitHttpServer;
  const options = { allowPrivate: true, allowHttp: true };
  const saved = { ...process.env };

  beforeEach(async () => {
    server = await startGitHttpServer({ root: join(tmp, 'served'), username: USER, password: PASSWORD });
  });
  afterEach(async () => {
    await server.close();
    process.env = { ...saved };
  });

  it('clones with credentials from the environment and stores a URL without them', async () => {
    process.env.DEPLOYGUARD_GIT_USERNAME = USER;
    process.env.DEPLOYGUARD_GIT_TOKEN = PASSWORD;
    const dest = await cloneRepository({
      url: `${server.url}/origin.git`,
      dest: join(tmp, 'out'),
      mirror: true,
      credentials: credentialsFromEnv(),
      ...options,
    });
    expect(listRefs(dest)).toEqual(listRefs(origin));
    expect(git(dest, ['config', 'remote.origin.url'])).toBe(`${server.url}/origin.git`);
  });

  // The harness itself: protocol v0 fetches send gzip-compressed request bodies.
  it('serves gzip-compressed protocol v0 requests (test server self-check)', async () => {
    // git gzips a request body above 1 KiB: 30 distinct tag objects make 30 "want" lines.
    for (let i = 0; i < 30; i++) createTag(origin, `t${i}`, { message: `tag ${i}` });
    const auth = `Authorization: Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
    const args = [
      '-c',
      'protocol.version=0',
      '-c',
      `http.extraHeader=${auth}`,
      'clone',
      '--quiet',
      '--mirror',
    ];
    await gitAsync(tmp, [...args, `${server.url}/origin.git`, join(tmp, 'v0.git')]);
    expect(listRefs(join(tmp, 'v0.git'))).toEqual(listRefs(origin));
    expect(server.requests.some((r) => r.headers['content-encoding'] === 'gzip')).toBe(true);
  });

  it('fails clearly without credentials or with wrong ones', async () => {
    const none = await cloneError(
      cloneRepository({ url: `${server.url}/origin.git`, dest: join(tmp, 'a'), ...options }),
    );
    expect(none.kind).toBe('auth-failed');
    const wrong = await cloneError(
      cloneRepository({
        url: `${server.url}/origin.git`,
        dest: join(tmp, 'b'),
        credentials: { username: USER, password: 'nope-nope' },
        ...options,
      }),
    );
    expect(wrong.kind).toBe('auth-failed');
    expect(wrong.message).not.toContain('nope-nope');
    expect(existsSync(join(tmp, 'b'))).toBe(false);
  });

  it('stops at the timeout', async () => {
    await server.close();
    server = await startGitHttpServer({
      root: join(tmp, 'served'),
      username: USER,
      password: PASSWORD,
      delayMs: 5_000,
    });
    const started = Date.now();
    const error = await cloneError(
      cloneRepository({
        url: `${server.url}/origin.git`,
        dest: join(tmp, 'slow'),
        credentials: { username: USER, password: PASSWORD },
        timeoutMs: 500,
        ...options,
      }),
    );
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(existsSync(join(tmp, 'slow'))).toBe(false);
  });

  it('never lets the password appear in any output, file, URL or process list', async () => {
    const canary = 'Cl0n3-C4n4ry-$HOME-`id`-"x"-@:/%zz';
    await server.close();
    server = await startGitHttpServer({
      root: join(tmp, 'served'),
      username: USER,
      password: canary,
      delayMs: 150,
    });
    const outputs: string[] = [];
    const url = `${server.url.replace('http://', `http://${USER}:${encodeURIComponent(canary)}@`)}/origin.git`;

    const sampler = sampleProcessList();
    let dest: string;
    try {
      dest = await cloneRepository({ url, dest: join(tmp, 'out'), ...options });
    } finally {
      outputs.push(...(await sampler.stop()));
    }
    const wrong = await cloneError(
      cloneRepository({
        url: `${server.url}/origin.git`,
        dest: join(tmp, 'x'),
        credentials: { username: 'nobody', password: canary },
        ...options,
      }),
    );
    outputs.push(wrong.message, String(wrong.stack), JSON.stringify(server.requests));

    expect(outputs.some((line) => /git(-remote-http| .*clone)/.test(line))).toBe(true);
    for (const text of outputs) {
      expect(text).not.toContain(canary);
      expect(text).not.toContain(encodeURIComponent(canary));
    }
    expect(filesContaining(dest, canary)).toEqual([]);
    expect(filesContaining(dest, encodeURIComponent(canary))).toEqual([]);
    expect(git(dest, ['config', 'remote.origin.url'])).toBe(`${server.url}/origin.git`);
  });
});
