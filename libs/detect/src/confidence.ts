// How sure a finding is once the file it sits in is known. The one home of this rule: the
// Detector applies it when it scans under a path, and the history scan when a blob's findings get
// their paths (it scans each blob once, before it knows them), so a finding's confidence never
// depends on the scan mode.
import type { Confidence, Rule } from './rule.types';
import { isDocumentationFile } from './secret-filter';

/**
 * The confidence of a finding of `rule`, `found` as the match gave it, in the file at `path`
 * (repository-relative, `/`-separated): `low` for a rule's example format in documentation
 * (`exampleInDocs` and isDocumentationFile), else `found`.
 */
export function confidenceAt(rule: Pick<Rule, 'exampleInDocs'>, found: Confidence, path: string): Confidence {
  return rule.exampleInDocs === true && isDocumentationFile(path) ? 'low' : found;
}
