// The report of a clean: what changed, per replacement (named by label, never by value).
// Written to deployguard-clean-report.json with snake_case keys, like the scan report.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RemainingSecret } from './clean.errors';
import type { PreservationCheckReport } from './preservation.check';
import type { ReplaceRefOutcome } from './replace-refs';

export const ROTATION_REMINDER =
  'Removing a secret from history does not make it safe: every leaked credential must be rotated ' +
  '(revoked and replaced) at its provider, because clones, forks, caches and CI logs may still hold it.';

export interface ReplacementReport {
  label: string;
  kind: 'literal' | 'regex';
  // Original ids of the commits whose files (blobs) or message held the value.
  commits: string[];
  // Annotated tags whose message held the value (tag names).
  tags: string[];
  paths: string[];
  // Occurrences replaced: in distinct blob versions, commit messages and tag messages.
  occurrences: number;
}

export interface BinaryBlobReport {
  path: string;
  blob: string;
  labels: string[];
}

export interface SignatureReport {
  signedCommits: number;
  signedTags: number;
  note?: string;
}

export interface RewriteTotals {
  commits: number;
  commitsChanged: number;
  commitsPruned: number;
  blobsChanged: number;
  occurrences: number;
  refs: number;
}

export interface RefMapEntry {
  ref: string;
  old: string;
  new: string; // zero id when the ref is gone
}

export interface VerificationReport {
  verified: boolean;
  fsckErrors: string[];
  remaining: RemainingSecret[];
  // Labels of expressions that matched nothing anywhere: never silently "verified".
  unmatched: string[];
  // What was accepted on request (unmatched expressions, binary leftovers) or adjusted.
  warnings: string[];
  // Refs and paths of the original, compared with the result (preservation.check.ts).
  preservation: PreservationCheckReport;
  durationMs: number;
}

// A ref that ends at a blob or a tree, moved to the cleaned object (`new` equals `old` when the
// object held no selected value).
export interface ObjectTagReport {
  ref: string;
  // What the ref ends at once tags are peeled.
  type: 'blob' | 'tree';
  old: string;
  new: string;
}

// What the clean kept that is not a secret, and what the preservation check found.
export interface PreservationReport {
  objectTags: ObjectTagReport[];
  // Stash entries (the reflog of refs/stash) before, and written back over the rewritten commits.
  stash: { before: number; restored: number; dropped: { entry: number; oid: string; reason: string }[] };
  // Each `git replace` ref: kept, moved to the rewritten id of the commit it replaces, or dropped.
  replaceRefs: ReplaceRefOutcome[];
}

export interface CleanReport {
  tool: 'deployguard';
  mode: 'output' | 'in-place';
  repository: string;
  result: string; // the output mirror, or the repository itself in place
  startedAt: string;
  finishedAt: string;
  replacements: ReplacementReport[];
  totals: RewriteTotals;
  prunedCommits: string[];
  binaryBlobs: BinaryBlobReport[];
  signatures: SignatureReport;
  preserved: PreservationReport;
  backup?: { namespace: string; reflogCommits: number; note: string };
  files: { commitMap: string; refMap: string; report: string };
  rewriteMs: number;
  verification: VerificationReport;
  // Always the last field.
  reminder: string;
}

// Object keys in snake_case, recursively (the values, paths included, are left as they are).
export function toSnakeCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toSnakeCaseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      toSnakeCaseKeys(v),
    ]),
  );
}

/** The report as written to deployguard-clean-report.json and printed by `--format json`. */
export function serializeCleanReport(report: CleanReport): string {
  return JSON.stringify(toSnakeCaseKeys(report), null, 2) + '\n';
}

/** The clean report's file name, in a mirror's root or in `.git/deployguard/` after `--in-place`. */
export const CLEAN_REPORT_FILE = 'deployguard-clean-report.json';

/**
 * Whether the last `deployguard clean` of the repository at `repoPath` (a mirror or a work tree)
 * verified: `{ file, verified }` read from its clean report, or null when there is none (a
 * repository that DeployGuard did not clean). An unreadable report counts as not verified.
 */
export async function readCleanVerdict(
  repoPath: string,
): Promise<{ file: string; verified: boolean } | null> {
  for (const file of [
    join(repoPath, CLEAN_REPORT_FILE),
    join(repoPath, '.git', 'deployguard', CLEAN_REPORT_FILE),
  ]) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    try {
      const report = JSON.parse(text) as { verification?: { verified?: unknown } };
      return { file, verified: report.verification?.verified === true };
    } catch {
      return { file, verified: false };
    }
  }
  return null;
}
