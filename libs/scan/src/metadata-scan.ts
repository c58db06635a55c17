// Secrets in commit and tag metadata: each commit's message (subject and body) and its author and
// committer ("Name <e-mail>"), read by the history index's own `git log` pass and scanned as they
// stream by (identities repeat across thousands of commits: each distinct one is scanned once);
// and each annotated tag's message.
import type { Detector, RawFinding } from '@deployguard/detect';
import type { FindingLocation } from '@deployguard/report';
import { scanGit } from './scan-git';

export interface MetadataHit {
  raw: RawFinding;
  location: FindingLocation;
  commit: string | null; // the commit (for a tag: the commit it points at; null for a blob or tree)
  ref?: string; // the tag, for a tag message
}

/**
 * Scans each commit's message and identities as the history index streams them by (pass `onCommit`
 * to buildHistoryIndex); `hits` holds what was found, in log order.
 */
export class CommitMetadataScan {
  readonly hits: MetadataHit[] = [];
  private readonly identities = new Map<string, RawFinding[]>();

  constructor(private readonly detector: Detector) {}

  readonly onCommit = (sha: string, author: string, committer: string, message: string): void => {
    for (const raw of this.detector.scanText(message))
      this.hits.push({ raw, location: 'commit-message', commit: sha });
    for (const raw of this.identity(author)) this.hits.push({ raw, location: 'author', commit: sha });
    for (const raw of this.identity(committer)) this.hits.push({ raw, location: 'committer', commit: sha });
  };

  private identity(text: string): RawFinding[] {
    let found = this.identities.get(text);
    if (!found) this.identities.set(text, (found = this.detector.scanText(text)));
    return found;
  }
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
  const out = await tagObjectsText(repo, ids);
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

// `git cat-file --batch` answers for `ids`; when a damaged tag stops git, each is asked alone and
// an unreadable one is answered `missing`.
async function tagObjectsText(repo: string, ids: readonly string[]): Promise<Buffer> {
  const ask = (list: readonly string[]) =>
    scanGit(repo, ['cat-file', '--batch'], { input: list.join('\n') + '\n' });
  const all = await ask(ids).catch(() => null);
  if (all) return all;
  const answers: Buffer[] = [];
  for (const id of ids) answers.push(await ask([id]).catch(() => Buffer.from(`${id} missing\n`)));
  return Buffer.concat(answers);
}
