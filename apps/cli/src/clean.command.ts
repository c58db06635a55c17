// `deployguard clean`: remove selected secrets from every commit, into a fresh mirror (default) or
// in place, and verify the result before calling it clean: every selected value (literal or regex)
// is looked for in every reachable object of the result, and git fsck must pass.
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command, Option } from 'commander';
import {
  cleanRepository,
  parseReplaceFile,
  serializeCleanReport,
  valueReplacement,
  type CleanPhase,
  type CleanReport,
  type Replacement,
} from '@deployguard/clean';
import {
  FINGERPRINT_PATTERN,
  fileErrorReason,
  MIN_REPLACEABLE_LENGTH,
  readUserFile,
  systemErrorText,
  weakValueReason,
} from '@deployguard/detect';
import type { Finding } from '@deployguard/report';
import { scanRepository, valueMasker } from '@deployguard/scan';
import { CliError, EXIT_CLEAN } from './cli-error';
import { writeStdout } from './report-output';
import { scanConfigFor } from './scan-config.loader';

interface CleanFlags {
  repoPath: string;
  secretId?: string[];
  all?: boolean;
  replaceFile?: string;
  replacement?: string;
  output?: string;
  inPlace?: boolean;
  config?: string;
  format: 'text' | 'json';
  allowShort?: boolean;
  allowBinaryLeftovers?: boolean;
  allowUnmatched?: boolean;
}

export function cleanCommand(): Command {
  return new Command('clean')
    .description('rewrite history so the selected secrets are gone from every commit, then verify it')
    .requiredOption('--repo-path <path>', 'the repository to clean (it is only read unless --in-place)')
    .option(
      '--secret-id <fingerprint...>',
      'fingerprint(s) from a scan report; the values are found again by scanning',
    )
    .option('--all', 'remove every secret a scan finds')
    .option(
      '--replace-file <file>',
      'expressions to remove, one per line: literal:VALUE | regex:PATTERN [==>REPLACEMENT]',
    )
    .option('--replacement <text>', 'text written instead of each value (default ***REMOVED***)')
    .option(
      '--output <dir>',
      'where the cleaned mirror goes (a new or empty directory; default <repo>-clean.git)',
    )
    .option(
      '--in-place',
      'rewrite the repository itself, keeping the old refs under refs/deployguard-backup/',
    )
    .option('--config <file>', 'scan configuration used to find the secrets again')
    .option(
      '--allow-short',
      `with --all: also replace weak values — under ${MIN_REPLACEABLE_LENGTH} characters, low entropy or a plain word ` +
        '(skipped by default) —, as whole tokens',
    )
    .option(
      '--allow-binary-leftovers',
      'accept values left in binary files (never rewritten) instead of failing the verification',
    )
    .option('--allow-unmatched', 'accept expressions that matched nothing instead of failing')
    .addOption(new Option('--format <format>', 'summary format').choices(['text', 'json']).default('text'))
    .action(async (flags: CleanFlags) => {
      process.exitCode = await runClean(flags);
    });
}

async function runClean(flags: CleanFlags): Promise<number> {
  const selectors = [
    flags.secretId ? '--secret-id' : '',
    flags.all ? '--all' : '',
    flags.replaceFile ? '--replace-file' : '',
  ].filter(Boolean);
  if (selectors.length !== 1) {
    throw new CliError(
      `choose what to remove with exactly one of --secret-id, --all or --replace-file (got ${selectors.join(', ') || 'none'})`,
    );
  }
  if (flags.inPlace && flags.output) throw new CliError('give either --output or --in-place, not both');
  const repoPath = resolve(flags.repoPath);
  const {
    replacements,
    warnings: selectionWarnings,
    found,
  } = flags.replaceFile
    ? { replacements: readReplaceFile(flags.replaceFile), warnings: [], found: [] }
    : await replacementsFromScan(repoPath, flags);
  note(`rewriting history without ${replacements.length} value(s)…`);
  const progress = progressBar();
  let report: CleanReport;
  try {
    // No second, full secret scan of the result: the built-in verification already reads every
    // reachable object for every selected value, which is what that scan could find of them.
    ({ report } = await cleanRepository({
      repoPath,
      replacements,
      replacement: flags.replacement,
      outputDir: flags.output,
      inPlace: flags.inPlace,
      allowBinaryLeftovers: flags.allowBinaryLeftovers,
      allowUnmatched: flags.allowUnmatched,
      selectionWarnings,
      // A value the scan found and the selection left (another token in the same name) is shown
      // masked in the report's paths, like every name a scan reports.
      maskPath: valueMasker(found),
      onProgress: progress.update,
    }));
  } finally {
    progress.stop();
  }
  // The selection's own warnings were printed before the work began.
  for (const warning of report.verification.warnings) if (!selectionWarnings.includes(warning)) warn(warning);
  await writeStdout(flags.format === 'json' ? serializeCleanReport(report) : summary(report)).catch(
    (e: NodeJS.ErrnoException) => {
      // The rewrite is done and verified: say so, or a script would run it again on a clean copy.
      throw new CliError(
        `the history was rewritten, but its report could not be written to standard output: ${systemErrorText(e)}`,
      );
    },
  );
  return EXIT_CLEAN;
}

function readReplaceFile(file: string): Replacement[] {
  let text: string;
  try {
    text = readUserFile(file);
  } catch (e) {
    throw new CliError(`cannot read the replace file ${file}: ${fileErrorReason(e)}`);
  }
  return parseReplaceFile(text, warn);
}

// Values are never read from a file in clear: the repository is scanned again and the selected
// fingerprints are matched against what the scan finds.
async function replacementsFromScan(
  repoPath: string,
  flags: CleanFlags,
): Promise<{ replacements: Replacement[]; warnings: string[]; found: string[] }> {
  const wanted = new Set(flags.secretId ?? []);
  const malformed = [...wanted].filter((fp) => !FINGERPRINT_PATTERN.test(fp));
  if (malformed.length > 0) {
    throw new CliError(
      `not a fingerprint: ${malformed.join(', ')} (expected 32 hex characters, as in a scan report's "fingerprint")`,
    );
  }
  note('scanning the history to find the selected secrets…');
  // Without the size cap: a secret in a file over it would otherwise never be selected, and the
  // result called verified without that file having been looked at. The rewrite reads every
  // blob whole anyway.
  const { report, secrets } = await scanRepository({
    path: repoPath,
    history: true,
    config: {
      ...(await scanConfigFor(repoPath, flags.config)).config,
      maxFileSizeBytes: Number.MAX_SAFE_INTEGER,
    },
    keepSecretValues: true,
  });
  if (!report.stats.is_git_repository)
    throw new CliError(`${repoPath} is not a git repository: there is no history to clean`);
  const unknown = [...wanted].filter((fp) => !report.findings.some((f) => f.fingerprint === fp));
  if (unknown.length > 0) {
    throw new CliError(
      `no finding with fingerprint ${unknown.join(', ')} in ${repoPath}; run \`deployguard scan\` to list the current fingerprints`,
    );
  }
  // A value only in files not committed (the work tree, the index) is not in the history a rewrite
  // changes: --all leaves it to the user, with a warning; naming one is an error.
  const warnings: string[] = [];
  // (Everything history holds names a commit, or a tag for what a tag points at directly.)
  const uncommitted = report.findings.filter(
    (f) => f.commit === null && f.ref === null && (flags.all || wanted.has(f.fingerprint)),
  );
  if (uncommitted.length > 0) {
    const which = uncommitted.map((f) => `${f.fingerprint} (${f.file})`).join(', ');
    const why =
      'they are in files not committed (the work tree or the index), which clean does not rewrite: edit those files';
    if (!flags.all) throw new CliError(`finding(s) ${which}: ${why}`);
    const text = `left ${uncommitted.length} finding(s) ${which}: ${why}`;
    warn(text);
    warnings.push(text);
  }
  const chosen = report.findings.filter(
    (f) => (flags.all || wanted.has(f.fingerprint)) && !uncommitted.includes(f),
  );
  if (chosen.length === 0)
    throw new CliError(
      uncommitted.length > 0
        ? `the only secrets the scan found in ${repoPath} are in files not committed: nothing to clean in its history`
        : `the scan found no secrets in ${repoPath}: nothing to clean`,
    );
  // One replacement per distinct value; its label lists the fingerprints it covers.
  const byValue = new Map<string, string[]>();
  for (const f of chosen) {
    const value = secrets.get(f.fingerprint)!;
    byValue.set(value, [...(byValue.get(value) ?? []), f.fingerprint]);
  }
  // Author and committer identities are part of commit ids, and ref names are the user's: neither
  // is rewritten, so a value in one would stay and fail the verification. --all leaves such values
  // out; naming one is an error.
  const unrewritten = (f: Finding) =>
    f.location === 'author' || f.location === 'committer' || f.location === 'ref';
  const inIdentity = new Set(report.findings.filter(unrewritten).map((f) => secrets.get(f.fingerprint)!));
  const identityValues = [...byValue].filter(([value]) => inIdentity.has(value));
  if (identityValues.length > 0) {
    const which = identityValues.map(([, fps]) => fps.join(',')).join('; ');
    const how =
      'clean does not rewrite commit authors and committers, nor ref names; rewrite identities first ' +
      'with a mailmap (git filter-repo --mailmap FILE) and rename or delete such branches and tags, then clean';
    if (!flags.all)
      throw new CliError(`value(s) in commit author or committer identities or ref names: ${which}; ${how}`);
    // Where else those values stay: the files and messages that hold them are left as they are.
    const skippedFps = new Set(identityValues.flatMap(([, fps]) => fps));
    const places = [
      ...new Set(
        report.findings
          .filter((f) => skippedFps.has(f.fingerprint) && !unrewritten(f))
          .map((f) =>
            // the scan masks every value it found in a file's name
            f.location !== 'file' || f.file === null ? `(${f.location})` : f.file,
          ),
      ),
    ];
    const text =
      `skipped ${identityValues.length} value(s) found in commit author or committer identities or ref names (${which})` +
      `${places.length ? `, so also left in ${places.join(', ')}` : ''}: ${how}`;
    warn(text);
    warnings.push(text);
    for (const [value] of identityValues) byValue.delete(value);
    if (byValue.size === 0)
      throw new CliError('every selected value is in a commit identity: nothing to clean');
  }
  // A short or low-entropy value would also replace ordinary text: left out unless asked for.
  const skipped: string[] = [];
  const kept = [...byValue].filter(([value, fps]) => {
    const weak = flags.all && !flags.allowShort ? weakValueReason(value, MIN_REPLACEABLE_LENGTH) : null;
    if (weak) skipped.push(`${fps.join(',')} (${weak})`);
    return !weak;
  });
  if (skipped.length > 0)
    warn(
      `skipped ${skipped.length} value(s) too weak to replace without damaging other text (add --allow-short ` +
        `to replace them as whole tokens): ${skipped.join('; ')}`,
    );
  if (kept.length === 0) throw new CliError('every selected value was skipped as too weak: nothing to clean');
  return {
    replacements: kept.map(([value, fps]) => valueReplacement(value, fps.join(','))),
    warnings,
    found: [...secrets.values()],
  };
}

const PHASES: Record<CleanPhase, string> = { rewrite: 'Rewriting', verify: 'Verifying' };

// A bar on stderr when it is a terminal; silent otherwise, so pipes and CI logs stay clean.
function progressBar(): {
  update: (phase: CleanPhase, done: number, total: number) => void;
  stop: () => void;
} {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    format: '{phase} |{bar}| {percentage}% {value}/{total} objects',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  let current: CleanPhase | null = null;
  return {
    update(phase, done, total) {
      if (phase !== current) {
        if (current) bar.stop();
        bar.start(total, done, { phase: PHASES[phase] });
        current = phase;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => {
      if (current) bar.stop();
    },
  };
}

function summary(report: CleanReport): string {
  const lines = [
    `Cleaned ${report.mode === 'in-place' ? 'in place' : 'into'}: ${report.result}`,
    `  commits whose content changed: ${report.totals.commitsChanged} of ${report.totals.commits}, pruned (became empty): ${report.totals.commitsPruned}`,
    // Occurrences count file names and messages too: a clean of names alone changes no blob.
    `  values replaced: ${report.totals.occurrences} occurrence(s), in ${report.totals.blobsChanged} file content(s) and in names and messages`,
  ];
  for (const r of report.replacements) {
    lines.push(
      r.occurrences === 0
        ? `  - ${r.label}: 0 occurrence(s) counted for it (the same value as another selected one, or unmatched: see the warnings)`
        : `  - ${r.label}: ${r.occurrences} occurrence(s), ${r.commits.length} commit(s), paths: ${r.paths.join(', ') || '(messages only)'}`,
    );
  }
  if (report.binaryBlobs.length > 0) {
    lines.push(
      `  binary files left untouched: ${report.binaryBlobs.map((b) => `${b.path} (${b.blob.slice(0, 10)})`).join(', ')}`,
    );
  }
  if (report.signatures.note) lines.push(`  note: ${report.signatures.note}`);
  const { stash, objectTags, replaceRefs } = report.preserved;
  for (const r of replaceRefs) lines.push(`  ${r.ref} (git replace): ${r.reason}`);
  for (const t of objectTags) {
    lines.push(
      `  ${t.ref} (tag of a ${t.type}): ${t.new === t.old ? 'kept unchanged' : 'moved to the cleaned ' + t.type}`,
    );
  }
  if (stash.before > 0) lines.push(`  stash: ${stash.restored} of ${stash.before} entries kept (rewritten)`);
  if (report.backup) lines.push(`  backup: ${report.backup.note}`);
  const kept = report.verification.preservation;
  for (const r of report.verification.remaining)
    lines.push(`  left in binary files (accepted): ${r.label} (${(r.objects ?? []).length} object(s))`);
  const accepted =
    report.verification.remaining.length > 0 ? ' other than the binary leftovers accepted above' : '';
  lines.push(
    `  verified: no selected value in any reachable object${accepted}, git fsck clean (${report.verification.durationMs} ms)`,
  );
  lines.push(
    `  preserved: ${kept.refsKept} ref(s), every path of the ${kept.commitsCompared} commit(s) with a new id` +
      (kept.refsDropped.length
        ? `; dropped: ${kept.refsDropped.map((d) => `${d.ref} (${d.reason})`).join(', ')}`
        : ''),
  );
  lines.push(
    `  commit map: ${report.files.commitMap}`,
    `  report: ${report.files.report}`,
    '',
    report.reminder,
    '',
  );
  return lines.join('\n');
}

function note(text: string): void {
  if (process.stderr.isTTY) process.stderr.write(`${text}\n`);
}

function warn(text: string): void {
  process.stderr.write(`deployguard: warning: ${text}\n`);
}
