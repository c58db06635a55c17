// Where a command's repository comes from: a local path as it is, or a URL cloned into a
// temporary directory that is always removed afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cloneRepository, credentialsFromEnv, scrubUrl } from '@deployguard/git';

export interface RepositorySource {
  path: string;
  displayName: string;
}

export interface SourceRequest {
  path?: string;
  url?: string;
  branch?: string;
  history: boolean;
}

export async function withRepository<T>(
  req: SourceRequest,
  run: (source: RepositorySource) => Promise<T>,
): Promise<T> {
  if (!req.url) {
    const path = resolve(req.path ?? '.');
    return run({ path, displayName: req.path ?? '.' });
  }
  const dir = await mkdtemp(join(tmpdir(), 'deployguard-clone-'));
  try {
    // The CLI runs with its user's own authority: local and private-network remotes are allowed
    // (unlike the service, where they would let one user reach another's network).
    const path = await cloneRepository({
      url: req.url,
      dest: join(dir, 'repo'),
      mirror: req.history && !req.branch,
      branch: req.branch,
      depth: req.history ? undefined : 1,
      credentials: credentialsFromEnv(),
      allowLocal: true,
      allowPrivate: true,
      allowHttp: true,
    });
    return await run({ path, displayName: scrubUrl(req.url) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
