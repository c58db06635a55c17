// Secrets in commit and tag metadata: each commit's message (subject and body) and its author and
// committer ("Name <e-mail>"), and each annotated tag's message. One `git log` pass over the same
// commits as the history index, scanned as it streams; identities repeat across thousands of
// commits, so each distinct one is scanned once.
import { StringDecoder } from 'node:string_decoder';
import type { Detector, RawFinding } from '@deployguard/detect';
import { GitError } from '@deployguard/git';
import type { FindingLocation } from '@deployguard/report';
import { scanGit, spawnScanGit } from './scan-git';

export interface MetadataHit {
  raw: RawFinding;
  location: FindingLocation;
  commit: string | null; // the commit (for a tag: the commit it points at; null for a blob or tree)
  ref?: string; // the tag, for a tag message
}

// Fields of one commit in the log stream, each followed by NUL (-z ends records with NUL too).
const FIELDS = 4; // sha, author, committer, raw body

/**
 * Scans the metadata of every commit `git log <revs>` lists (minus `exclude` and their history).
 * Resolves to the hits in log order. Throws GitError when git fails (an empty repository is not
 * a failure).
 */
export async function scanCommitMetadata(
  repo: string,
  revs: readonly string[],
  exclude: readonly string[],
  detector: Detector,
): Promise<MetadataHit[]> {
  const hits: MetadataHit[] = [];
  const identities = new Map<string, RawFinding[]>();
  const identity = (text: string): RawFinding[] => {
    let found = identities.get(text);
    if (!found) identities.set(text, (found = detector.scanText(text)));
    return found;
  };
  const child = spawnScanGit(repo, [
    'log',
    ...revs,
    ...(exclude.length > 0 ? ['--stdin'] : []),
    '-z',
    '--format=%H%x00%an <%ae>%x00%cn <%ce>%x00%B',
    '--',
  ]);
  child.stdin!.on('error', () => undefined);
  child.stdin!.end(exclude.map((id) => `^${id}`).join('\n') + (exclude.length > 0 ? '\n' : ''));
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let fields: string[] = [];
  const onRecord = ([sha, author, committer, body]: string[]): void => {
    for (const raw of detector.scanText(body)) hits.push({ raw, location: 'commit-message', commit: sha });
    for (const raw of identity(author)) hits.push({ raw, location: 'author', commit: sha });
    for (const raw of identity(committer)) hits.push({ raw, location: 'committer', commit: sha });
  };
  const stderr: Buffer[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d));
  child.stdout!.on('data', (chunk: Buffer) => {
    const text = rest + decoder.write(chunk);
    let start = 0;
    for (let nul = text.indexOf('\0'); nul !== -1; nul = text.indexOf('\0', start)) {
      fields.push(text.slice(start, nul));
      start = nul + 1;
      if (fields.length === FIELDS) {
        onRecord(fields);
        fields = [];
      }
    }
    rest = text.slice(start);
  });
  const code: number = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    const msg = Buffer.concat(stderr).toString('utf8').trim();
    if (/does not have any commits|bad default revision|unknown revision/.test(msg) && revs.includes('--all'))
      return hits;
    throw new GitError(
      `git log failed: ${msg.split('\n').slice(-2).join(' ') || `exit code ${code}`}`,
      code,
      msg,
    );
  }
  return hits;
}

/**
 * Scans the messages of annotated tag objects (signature blocks excluded). `tags` maps each tag
 * object id to a ref that names it and the commit it finally points at (null for a tag on a blob
 * or tree). Line and column are within the message.
 */
export async function scanTagMessages(
  repo: string,
  tags: ReadonlyMap<string, { ref: string; commit: string | null }>,
  detector: Detector,
): Promise<MetadataHit[]> {
  if (tags.size === 0) return [];
  const ids = [...tags.keys()];
  const out = await scanGit(repo, ['cat-file', '--batch'], { input: ids.join('\n') + '\n' });
  const hits: MetadataHit[] = [];
  let pos = 0;
  for (const id of ids) {
    const nl = out.indexOf(10, pos);
    if (nl === -1) break;
    const [, type, size] = out.subarray(pos, nl).toString('latin1').split(' ');
    if (type !== 'tag') {
      pos = type === 'missing' ? nl + 1 : nl + 1 + Number(size) + 1;
      continue;
    }
    const object = out.subarray(nl + 1, nl + 1 + Number(size)).toString('utf8');
    pos = nl + 1 + Number(size) + 1;
    const bodyAt = object.indexOf('\n\n');
    if (bodyAt === -1) continue;
    let message = object.slice(bodyAt + 2);
    const signature = message.search(/^-----BEGIN (PGP|SSH) SIGNATURE-----$/m);
    if (signature !== -1) message = message.slice(0, signature);
    const { ref, commit } = tags.get(id)!;
    for (const raw of detector.scanText(message)) hits.push({ raw, location: 'tag-message', commit, ref });
  }
  return hits;
}
