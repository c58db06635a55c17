// Small pieces of the rewrite: object ids, signature detection, the signature note, marks.
import { createHash } from 'node:crypto';
import { runGit } from '@deployguard/git';
import type { SignatureReport } from './clean.report';
import type { RewriteState } from './rewrite.state';

export function signatureReport(state: RewriteState): SignatureReport {
  const report: SignatureReport = {
    signedCommits: state.droppedCommitSignatures,
    signedTags: state.droppedTagSignatures,
  };
  if (report.signedCommits + report.signedTags > 0) {
    report.note =
      `Signatures were dropped: ${report.signedCommits} signed commit(s) and ${report.signedTags} signed tag(s) ` +
      'were rewritten and no longer carry a signature; re-sign them if you need signed history.';
  }
  return report;
}

let signedCommitsOption: boolean | undefined;
export async function supportsSignedCommitsOption(cwd: string): Promise<boolean> {
  if (signedCommitsOption === undefined) {
    const help = await runGit(['fast-export', '-h'], { cwd, okCodes: [129] });
    signedCommitsOption = (help.stdout.toString() + help.stderr).includes('--signed-commits');
  }
  return signedCommitsOption;
}

export function hashBlob(data: Buffer, format: string): string {
  return createHash(format === 'sha256' ? 'sha256' : 'sha1')
    .update(`blob ${data.length}\0`)
    .update(data)
    .digest('hex');
}

export function hasCommitSignature(data: Buffer): boolean {
  const headerEnd = data.indexOf('\n\n');
  const sig = data.indexOf('\ngpgsig');
  return sig !== -1 && (headerEnd === -1 || sig < headerEnd);
}

const TAG_SIGNATURES = [
  '-----BEGIN PGP SIGNATURE-----',
  '-----BEGIN PGP MESSAGE-----',
  '-----BEGIN SSH SIGNATURE-----',
  '-----BEGIN SIGNED MESSAGE-----',
];
export function hasTagSignature(data: Buffer): boolean {
  return TAG_SIGNATURES.some((s) => data.indexOf(s) !== -1);
}

export function parseMarks(text: string): Map<string, string> {
  const marks = new Map<string, string>();
  for (const line of text.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp > 0) marks.set(line.slice(0, sp), line.slice(sp + 1).trim());
  }
  return marks;
}
