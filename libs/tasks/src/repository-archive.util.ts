// Moving repositories between object storage and the workspace: git bundles (every ref, one file)
// and the downloadable zip of a repository including its .git directory.
import { createWriteStream } from 'node:fs';
import { cp, lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { runGit } from '@deployguard/git';
import { ZipFile } from 'yazl';

export async function createBundle(
  repoPath: string,
  bundlePath: string,
  signal?: AbortSignal,
): Promise<void> {
  await runGit(['bundle', 'create', '--quiet', bundlePath, '--all'], { cwd: repoPath, signal });
}

// A bare mirror (every branch and tag) from a bundle made by createBundle.
export async function cloneBundle(bundlePath: string, dest: string, signal?: AbortSignal): Promise<void> {
  await runGit(['clone', '--mirror', '--quiet', '--no-recurse-submodules', '--', bundlePath, dest], {
    signal,
  });
  // The bundle's temporary path is no one's business once it is cloned.
  await runGit(['remote', 'remove', 'origin'], { cwd: dest, okCodes: [2] });
}

/**
 * Null when `bundlePath` (untrusted: an upload) is a complete git bundle, else why not. `git bundle
 * verify` needs a repository: an empty one made in `scratch`, so a bundle that needs commits it
 * does not carry (made with a range instead of --all) is refused.
 */
export async function bundleProblem(
  bundlePath: string,
  scratch: string,
  signal?: AbortSignal,
): Promise<string | null> {
  await runGit(['init', '--quiet', '--bare', scratch], { signal });
  const r = await runGit(['bundle', 'verify', '--quiet', '--', bundlePath], {
    cwd: scratch,
    signal,
    okCodes: [1, 128],
  });
  if (r.code === 0) return null;
  const detail = r.stderr.trim().split('\n').slice(0, 2).join(' ');
  return `the uploaded file is not a complete git bundle (${detail}); create it with \`git bundle create FILE --all\``;
}

// A normal repository (work tree + .git with every ref) from a bare mirror, for the zip download.
export async function checkoutCopy(barePath: string, dest: string, signal?: AbortSignal): Promise<void> {
  await cp(barePath, join(dest, '.git'), { recursive: true, verbatimSymlinks: true });
  await runGit(['config', 'core.bare', 'false'], { cwd: dest, signal });
  // An unborn or dangling HEAD leaves an empty work tree; the refs are all in .git anyway.
  const head = await runGit(['rev-parse', '-q', '--verify', 'HEAD^{commit}'], { cwd: dest, okCodes: [1] });
  if (head.code === 0) await runGit(['reset', '--hard', '-q'], { cwd: dest, signal });
}

// Directories too: git needs its empty ones (refs/heads after a gc packs every ref).
async function* walk(dir: string): AsyncGenerator<{ path: string; directory: boolean }> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield { path: full, directory: true };
      yield* walk(full);
    } else yield { path: full, directory: false };
  }
}

// Streams `dir` into a zip under `rootName/`; files are read one at a time, never all in memory.
export async function zipDirectory(dir: string, zipPath: string, rootName: string): Promise<number> {
  const zip = new ZipFile();
  const done = pipeline(zip.outputStream, createWriteStream(zipPath));
  let count = 0;
  for await (const { path: file, directory } of walk(dir)) {
    const info = await lstat(file);
    const name = `${rootName}/${relative(dir, file).split(sep).join('/')}`;
    if (directory) {
      zip.addEmptyDirectory(name, { mode: info.mode, mtime: info.mtime });
      continue;
    }
    // Symlinks are skipped: .git holds none, and `git checkout` restores a work-tree link.
    if (!info.isFile()) continue;
    zip.addFile(file, name, { mode: info.mode, mtime: info.mtime });
    count++;
  }
  zip.end();
  await done;
  return count;
}
