// What the scan of one blob gives: binary, or its findings (the first ones, see
// MAX_FINDINGS_PER_BLOB).
import type { RawFinding } from '@deployguard/detect/engine';

export interface BlobVerdict {
  binary: boolean;
  findings: RawFinding[]; // MAX_FINDINGS_PER_BLOB at most, the first ones in the text
  unlisted?: number; // findings past those, not kept
}

/**
 * Findings of one blob that are kept, the first in the text: a file of 250,000 generated tokens
 * made a report of 150 MB and took 0.9 GB to write; four such files, 2 GB and a string too long
 * for V8. A file with more holds a dump, not a leaked value or two: the report says how many more.
 */
export const MAX_FINDINGS_PER_BLOB = 1000;

/** The verdict of a text blob with these findings (see MAX_FINDINGS_PER_BLOB). */
export function textVerdict(findings: RawFinding[]): BlobVerdict {
  if (findings.length <= MAX_FINDINGS_PER_BLOB) return { binary: false, findings };
  return {
    binary: false,
    findings: findings.slice(0, MAX_FINDINGS_PER_BLOB),
    unlisted: findings.length - MAX_FINDINGS_PER_BLOB,
  };
}
