// Fetches a repository to scan or clean (SPEC §6): validated URL, hooks disabled, no submodules,
// only the allowed transports, a time limit and a size limit that is watched while git downloads
// (so a huge repository cannot fill the disk first) and checked again at the end.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gitAuthFor, mergeCredentials, userCredentialHelpers, type GitCredentials } from './credentials';
import { GitError, gitText } from './git.runner';
import { settingsOf, withPorcelain } from './porcelain';
import {
  classifyRemoteFailure,
  describeRemoteFailure,
  protocolConfig,
  type RemoteFailureKind,
} from './remote-failure';
import { hasSpaceOrControl, RemoteUrlError, validateRemoteUrl } from './remote-url';
import { scrubCredentials } from './scrub.util';

export interface CloneOptions {
  url: string;
  dest: string;
  // A bare mirror with every ref (what history scans and rewrites need).
  mirror?: boolean;
  branch?: string;
  depth?: number;
  credentials?: GitCredentials;
  timeoutMs?: number;
  maxSizeBytes?: number;
  allowLocal?: boolean;
  allowPrivate?: boolean;
  allowHttp?: boolean;
}

export type CloneErrorKind = RemoteFailureKind | 'invalid-option' | 'destination-exists';

export class CloneError extends Error {
  constructor(
    message: string,
    readonly kind: CloneErrorKind,
  ) {
    super(message);
    this.name = 'CloneError';
  }
}

const WATCH_INTERVAL_MS = 250;

async function directorySize(dir: string): Promise<number> {
  let total = 0;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await directorySize(path);
    else if (entry.isFile()) total += (await stat(path).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

// Objects on disk: loose objects plus packs (`size` and `size-pack` are in KiB).
export async function repositorySizeBytes(repoPath: string): Promise<number> {
  const out = await gitText(['count-objects', '-v'], { cwd: repoPath });
  const kib = (key: string) => Number(new RegExp(`^${key}: (\\d+)$`, 'm').exec(out)?.[1] ?? 0);
  return (kib('size') + kib('size-pack')) * 1024;
}

function checkOptions(o: CloneOptions): void {
  const bad = (what: string) => {
    throw new CloneError(what, 'invalid-option');
  };
  if (o.mirror && o.branch) bad('a mirror clone has every branch: give either mirror or branch, not both');
  if (
    o.branch !== undefined &&
    (!o.branch || o.branch.startsWith('-') || hasSpaceOrControl(o.branch) || /[~^:?*[\\]/.test(o.branch))
  ) {
    bad(`"${o.branch}" is not a valid branch name`);
  }
  if (o.depth !== undefined && (!Number.isInteger(o.depth) || o.depth < 1))
    bad('depth must be a positive whole number');
  if (o.maxSizeBytes !== undefined && !(o.maxSizeBytes > 0)) bad('maxSizeBytes must be a positive number');
}

async function prepareDestination(dest: string): Promise<boolean> {
  const entries = await readdir(dest).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw new CloneError(
      `cannot use "${dest}" as the clone destination: ${e.code ?? e.message}`,
      'destination-exists',
    );
  });
  if (entries && entries.length > 0) {
    throw new CloneError(`the clone destination "${dest}" exists and is not empty`, 'destination-exists');
  }
  return entries !== null;
}

// Leaves the destination as it was before: absent, or an empty directory.
async function cleanUp(dest: string, existed: boolean): Promise<void> {
  await rm(dest, { recursive: true, force: true });
  if (existed) await mkdir(dest, { recursive: true });
}

export async function cloneRepository(options: CloneOptions): Promise<string> {
  checkOptions(options);
  let remote;
  try {
    remote = await validateRemoteUrl(options.url, options);
  } catch (e) {
    if (e instanceof RemoteUrlError) throw new CloneError(e.message, 'invalid-url');
    throw e;
  }
  const credentials = mergeCredentials(options.credentials, remote.credentials);
  const auth = gitAuthFor(remote, credentials);
  const secrets = [...auth.secrets, ...(remote.credentials?.password ? [remote.credentials.password] : [])];
  const dest = resolve(options.dest);
  const existed = await prepareDestination(dest);

  const settings = settingsOf([
    ...protocolConfig(remote, options),
    ...(auth.config.length > 0 ? auth.config : await userCredentialHelpers()),
  ]);
  const cloneOptions = ['--no-recurse-submodules', '--quiet'];
  if (options.mirror) cloneOptions.push('--mirror');
  if (options.branch) cloneOptions.push(`--branch=${options.branch}`);
  if (options.depth) cloneOptions.push(`--depth=${options.depth}`);
  // Through the file transport rather than hard links: depth works and the copy is independent.
  if (remote.kind === 'local') cloneOptions.push('--no-local');
  // `--` last: the URL and the destination that follow are never read as options.
  cloneOptions.push('--');

  const max = options.maxSizeBytes;
  const tooLarge = (size: number) =>
    new CloneError(
      `the repository at ${remote.displayUrl} is larger than the allowed ${max} bytes` +
        ` (${size > 0 ? `${size} bytes` : 'limit exceeded while downloading'}); raise the maximum repository size to clone it`,
      'too-large',
    );
  const abort = new AbortController();
  let exceeded = 0;
  const watchdog = max
    ? setInterval(() => {
        void Promise.all([
          directorySize(join(dest, 'objects')),
          directorySize(join(dest, '.git', 'objects')),
        ]).then(([a, b]) => {
          if (a + b > max && !abort.signal.aborted) {
            exceeded = a + b;
            abort.abort();
          }
        });
      }, WATCH_INTERVAL_MS)
    : undefined;

  try {
    await withPorcelain(
      'clone',
      { env: auth.env, secrets, timeoutMs: options.timeoutMs, signal: abort.signal },
      (git) => git.clone(remote.url, dest, cloneOptions),
      settings,
    );
  } catch (e) {
    await cleanUp(dest, existed);
    if (exceeded) throw tooLarge(exceeded);
    if (!(e instanceof GitError)) throw e;
    const kind = /timed out/.test(e.message) ? 'timeout' : classifyRemoteFailure(e.stderr);
    const message = `clone of ${remote.displayUrl} failed: ${describeRemoteFailure(kind, e.stderr)}`;
    throw new CloneError(scrubCredentials(message, secrets), kind);
  } finally {
    if (watchdog) clearInterval(watchdog);
  }

  if (max) {
    const size = await repositorySizeBytes(dest);
    if (size > max) {
      await cleanUp(dest, existed);
      throw tooLarge(size);
    }
  }
  return dest;
}
