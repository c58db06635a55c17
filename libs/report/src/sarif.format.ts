// `--format sarif`: SARIF 2.1.0 for code-scanning uploaders (GitHub, Azure DevOps, IDE viewers).
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Confidence, Severity } from '@deployguard/detect';
import { REPORT_SCHEMA_VERSION, type Finding, type ScanReport } from './report.types';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const DEPLOYGUARD_INFORMATION_URI = 'https://github.com/deployguard/deployguard';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

// A result's level says how sure the match is (a rule's default level says how bad its kind is).
const CONFIDENCE_LEVEL: Record<Confidence, SarifLevel> = {
  high: 'error',
  medium: 'warning',
  low: 'note',
};

// GitHub reads `security-severity` (a string holding 0.0–10.0) to rank alerts as critical/high/…
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
};

// A repository path as a relative URI reference: forward slashes, each segment percent-encoded
// (spaces, unicode, `#`, `?`, `:`), so viewers resolve it against %SRCROOT%.
export function fileToUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

// `aws-access-key-id` → `AwsAccessKeyId`: SARIF's `name` is an identifier-like label.
function ruleName(ruleId: string): string {
  return ruleId
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');
}

function reportingDescriptor(f: Finding) {
  const what = f.description.replace(/[.\s]+$/, '');
  const help =
    `${what}. Treat this credential as compromised: rotate it (revoke it and issue a new one) ` +
    `at the provider first, then remove it from the git history (deployguard clean --secret-id <fingerprint>) ` +
    `and load the new value from the environment or a secret manager instead of the source.`;
  const markdown =
    `**${what}** (CWE-${f.cwe})\n\n` +
    `1. Treat this credential as compromised: **rotate it** (revoke it and issue a new one) at the provider.\n` +
    `2. Remove it from the git history: \`deployguard clean --secret-id <fingerprint>\`, then force-push.\n` +
    `3. Load the new value from the environment or a secret manager instead of the source.`;
  return {
    id: f.rule_id,
    name: ruleName(f.rule_id),
    shortDescription: { text: f.description },
    fullDescription: { text: `${what}: a credential hard-coded in the repository (CWE-${f.cwe}).` },
    helpUri: `https://cwe.mitre.org/data/definitions/${f.cwe}.html`,
    help: { text: help, markdown },
    defaultConfiguration: { level: LEVEL[f.severity] ?? 'warning' },
    properties: {
      tags: ['security', `external/cwe/cwe-${f.cwe}`],
      'security-severity': SECURITY_SEVERITY[f.severity] ?? '5.5',
      precision: 'high',
    },
  };
}

// Where a finding sits, as SARIF sees it. A file or path: a physical location under %SRCROOT%
// (for "path", the region is within the path text). Commit and tag metadata and tagged blobs have
// no file: a logical location names the commit (or tag) and what part of it holds the value.
function locationOf(f: Finding) {
  const startLine = Math.max(1, f.line);
  const region = { startLine, startColumn: Math.max(1, f.column), endLine: Math.max(startLine, f.end_line) };
  if (f.file !== null && f.location === 'file')
    return { physicalLocation: { artifactLocation: { uri: fileToUri(f.file), uriBaseId: SRCROOT }, region } };
  const owner = f.ref ?? f.commit ?? 'unknown';
  return {
    ...(f.file !== null && {
      physicalLocation: { artifactLocation: { uri: fileToUri(f.file), uriBaseId: SRCROOT } },
    }),
    logicalLocations: [
      {
        name: f.location,
        fullyQualifiedName: `${owner}/${f.location}`,
        kind: 'member',
      },
    ],
    // the region is within the message, identity or path text, not within a file
    message: { text: `${f.location}, line ${region.startLine}, column ${region.startColumn}` },
  };
}

function resultOf(f: Finding, ruleIndex: number) {
  const where = f.commit
    ? ` introduced in commit ${f.commit.slice(0, 7)}`
    : f.ref
      ? ` reached through ${f.ref}`
      : '';
  const place = f.location === 'file' ? '' : ` (${f.location})`;
  return {
    ruleId: f.rule_id,
    ruleIndex,
    level: CONFIDENCE_LEVEL[f.confidence] ?? 'warning',
    // The preview is already redacted upstream (first and last 3 characters); the value never is here.
    message: { text: `${f.description}: ${f.secret_preview}${place}${where}` },
    locations: [locationOf(f)],
    partialFingerprints: { 'deployguard/v1': f.fingerprint },
    properties: {
      confidence: f.confidence,
      location: f.location,
      ...(f.ref !== null && { ref: f.ref }),
      ...(f.commit !== null && {
        commit: f.commit,
        commit_boundary: f.commit_boundary,
        author: f.author,
        email: f.email,
        date: f.date,
        commit_message: f.message,
      }),
    },
  };
}

// %SRCROOT% gets a file: URI only for a local absolute path; a (scrubbed) remote URL is not a
// base that relative file paths resolve against, so it is only described.
function srcRoot(repository: string) {
  if (isAbsolute(repository)) {
    const href = pathToFileURL(repository).href;
    return { uri: href.endsWith('/') ? href : `${href}/` };
  }
  return { description: { text: `The root of the scanned repository (${repository || 'unknown'}).` } };
}

/** SARIF 2.1.0; `redacted` as in formatJson (the run's properties say which). */
export function formatSarif(report: ScanReport, redacted = true): string {
  // One rule per distinct rule id, sorted so ruleIndex is stable across runs.
  const firstByRule = new Map<string, Finding>();
  for (const f of report.findings) if (!firstByRule.has(f.rule_id)) firstByRule.set(f.rule_id, f);
  const ruleIds = [...firstByRule.keys()].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'DeployGuard',
            informationUri: DEPLOYGUARD_INFORMATION_URI,
            version: report.tool.version,
            rules: ruleIds.map((id) => reportingDescriptor(firstByRule.get(id)!)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: srcRoot(report.stats.repository) },
        // Finding columns are JavaScript string offsets, i.e. UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.warnings.map((w) => ({
              level: 'warning',
              message: { text: w },
            })),
          },
        ],
        results: report.findings.map((f) => resultOf(f, ruleIndex.get(f.rule_id)!)),
        properties: { schema_version: REPORT_SCHEMA_VERSION, redacted },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
