// Small git helpers the clean needs around the rewrite: opening the user's repository with clear
// errors, listing refs, preparing a fresh output directory.
import { access, constants, mkdir, readdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { BACKUP_REF_PREFIX, findRepositoryRoot, gitText } from '@deployguard/git';
import { CleanInputError } from './clean.errors';

export { BACKUP_REF_GLOB, BACKUP_REF_PREFIX } from '@deployguard/git';

const REPO_ACCEPTED = 'accepted: the path of a git work tree or of a bare repository';

export interface OpenRepository {
  root: string; // work tree top, or the git dir of a bare repository
  gitDir: string; // the common git dir (shared by linked work trees)
  objectsDir: string;
  bare: boolean;
  objectFormat: string;
}

export async function openRepository(path: string): Promise<OpenRepository> {
  const abs = resolve(path);
  const info = await stat(abs).catch(() => null);
  if (!info) throw new CleanInputError(`repository path does not exist: ${abs} (${REPO_ACCEPTED})`);
  if (!info.isDirectory())
    throw new CleanInputError(`repository path is not a directory: ${abs} (${REPO_ACCEPTED})`);
  const found = await findRepositoryRoot(abs);
  if (!found) throw new CleanInputError(`not a git repository: ${abs} (${REPO_ACCEPTED})`);
  const cwd = found.root;
  const [commonDir, objects, format] = (
    await gitText(['rev-parse', '--git-common-dir', '--git-path', 'objects', '--show-object-format'], { cwd })
  )
    .trim()
    .split('\n');
  return {
    root: found.root,
    gitDir: resolve(cwd, commonDir),
    objectsDir: resolve(cwd, objects),
    bare: found.bare,
    objectFormat: format || 'sha1',
  };
}

// refname → object id, leaving out the backup namespace.
export async function listRefs(repoPath: string): Promise<Map<string, string>> {
  const out = await gitText(['for-each-ref', '--format=%(objectname) %(refname)'], { cwd: repoPath });
  const refs = new Map<string, string>();
  for (const line of out.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp < 0) continue;
    const ref = line.slice(sp + 1);
    if (!ref.startsWith(BACKUP_REF_PREFIX)) refs.set(ref, line.slice(0, sp));
  }
  return refs;
}

/**
 * Symbolic refs of `sourcePath` other than HEAD (`refs/remotes/origin/HEAD` of every clone) made
 * again in `resultPath`, pointing at the same ref, when that ref is there: fast-export writes refs,
 * not the symbolic links between them. Returns the refs made.
 */
export async function carrySymbolicRefs(sourcePath: string, resultPath: string): Promise<string[]> {
  if (sourcePath === resultPath) return [];
  const out = await gitText(['for-each-ref', '--format=%(refname)%00%(symref)'], { cwd: sourcePath });
  const result = await listRefs(resultPath);
  const made: string[] = [];
  for (const line of out.split('\n')) {
    const [ref, target] = line.split('\0');
    if (!target || result.has(ref) || !result.has(target) || ref.startsWith(BACKUP_REF_PREFIX)) continue;
    await gitText(['symbolic-ref', ref, target], { cwd: resultPath });
    made.push(ref);
  }
  return made;
}

// HEAD as a branch name, or null when detached (or unborn).
export async function symbolicHead(repoPath: string): Promise<string | null> {
  const out = await gitText(['symbolic-ref', '-q', 'HEAD'], { cwd: repoPath, okCodes: [1] });
  return out.trim() || null;
}

// mkdir -p one level at a time: Node's recursive mkdir can spin forever under /proc.
async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; !(await stat(d).catch(() => null)); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) await mkdir(d);
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function defaultOutputDir(repo: OpenRepository): string {
  const name = basename(repo.root).replace(/\.git$/, '');
  return join(dirname(repo.root), `${name}-clean.git`);
}

// Makes sure `dir` is a fresh place for the mirror; returns true when it was created here.
export async function prepareOutputDir(dir: string, repo: OpenRepository): Promise<boolean> {
  if (isInside(dir, repo.root) || isInside(dir, repo.gitDir) || isInside(repo.root, dir)) {
    throw new CleanInputError(
      `output directory ${dir} overlaps the repository ${repo.root}; ` +
        'accepted: a new or empty directory outside the repository (the original is never written to)',
    );
  }
  const info = await stat(dir).catch(() => null);
  if (info) {
    if (!info.isDirectory()) {
      throw new CleanInputError(
        `output path ${dir} exists and is not a directory; accepted: a new or empty directory`,
      );
    }
    if ((await readdir(dir)).length > 0) {
      throw new CleanInputError(
        `output directory ${dir} already exists and is not empty; accepted: a path that does not exist yet or an empty directory`,
      );
    }
    await access(dir, constants.W_OK).catch(() => {
      throw new CleanInputError(
        `output directory ${dir} is not writable; accepted: a directory you can write to`,
      );
    });
    return false;
  }
  try {
    await makeDirs(dir);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : (code ?? 'failed');
    throw new CleanInputError(
      `cannot create output directory ${dir}: ${why}; accepted: a new or empty directory in a writable location`,
    );
  }
}
