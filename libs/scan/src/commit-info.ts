// Author, date and message of the commits that introduced findings, fetched once at the end
// for just those commits (a full history can hold millions of commits we never need).
import { Detector, redactSecret } from '@deployguard/detect';
import { scanGitText } from './scan-git';
import type { CommitInfo } from './finding.factory';
import { valueMasker } from './value-masker';

export async function readCommitInfo(
  repo: string,
  shas: readonly string[],
): Promise<Map<string, CommitInfo>> {
  const out = new Map<string, CommitInfo>();
  if (shas.length === 0) return out;
  const text = await scanGitText(
    repo,
    ['log', '--no-walk=unsorted', '--stdin', '--format=%H%x1f%an%x1f%ae%x1f%aI%x1f%s%x1e'],
    { input: shas.join('\n') + '\n' },
  );
  for (const record of text.split('\x1e')) {
    const [sha, author, email, date, message] = record.replace(/^\n/, '').split('\x1f');
    if (sha && sha.length >= 40) out.set(sha, { sha, author, email, date, message });
  }
  return out;
}

// Values this short are left in messages: as likely a word of the message as the secret.
const MIN_KNOWN_SECRET = 8;

/**
 * The redaction of a text a report shows beside a finding (a commit message, an identity, a ref
 * name): what the detector finds in the text itself, and `known`, the values the scan found
 * elsewhere (a bare AWS secret key in "set key to …" is found in config.env, not in the message),
 * each replaced by its redacted preview.
 */
export function textRedactor(detector: Detector, known: Iterable<string> = []): (text: string) => string {
  const mask = valueMasker([...known].filter((v) => v.length >= MIN_KNOWN_SECRET));
  return (text: string): string => {
    for (const found of detector.scanText(text))
      text = text.split(found.secret).join(redactSecret(found.secret));
    return mask(text);
  };
}

/**
 * A commit's message, author and e-mail become part of every finding the commit introduced, and
 * so of reports; a token pasted into any of them must not travel with it in clear.
 */
export function redactMessages(infos: Map<string, CommitInfo>, redact: (text: string) => string): void {
  for (const info of infos.values()) {
    info.message = redact(info.message);
    info.author = redact(info.author);
    info.email = redact(info.email);
  }
}
