// Author, date and message of the commits that introduced findings, fetched once at the end
// for just those commits (a full history can hold millions of commits we never need).
import { Detector, redactSecret } from '@deployguard/detect';
import { gitText } from '@deployguard/git';
import type { CommitInfo } from './finding.factory';

export async function readCommitInfo(
  repo: string,
  shas: readonly string[],
): Promise<Map<string, CommitInfo>> {
  const out = new Map<string, CommitInfo>();
  if (shas.length === 0) return out;
  const text = await gitText(
    ['log', '--no-walk=unsorted', '--stdin', '--format=%H%x1f%an%x1f%ae%x1f%aI%x1f%s%x1e'],
    {
      cwd: repo,
      input: shas.join('\n') + '\n',
    },
  );
  for (const record of text.split('\x1e')) {
    const [sha, author, email, date, message] = record.replace(/^\n/, '').split('\x1f');
    if (sha && sha.length >= 40) out.set(sha, { sha, author, email, date, message });
  }
  return out;
}

// A commit message becomes part of every finding the commit introduced, and so of reports; a
// token pasted into the message must not travel with it in clear.
export function redactMessages(infos: Map<string, CommitInfo>, detector: Detector): void {
  for (const info of infos.values()) {
    for (const found of detector.scanText(info.message)) {
      info.message = info.message.split(found.secret).join(redactSecret(found.secret));
    }
  }
}
