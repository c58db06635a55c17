// How a command hands its report to the user: the format (chosen or inferred), the confidence
// floor, redaction, and where it goes (a file or standard output), plus warnings on stderr.
import { fstatSync, writeSync } from 'node:fs';
import { lstat, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Option } from 'commander';
import type { Confidence } from '@deployguard/detect';
import {
  CONFIDENCES,
  formatReport,
  keepFindings,
  meetsConfidence,
  REPORT_FORMATS,
  type ReportFormat,
  type ScanReport,
} from '@deployguard/report';
import { systemErrorText } from '@deployguard/detect';
import { CliError } from './cli-error';
import { isCI } from 'ci-info';

// A failure while a report was written over the one that was there (see writeOutput).
type InPlaceError = NodeJS.ErrnoException & { inPlace?: boolean };

export interface OutputFlags {
  format?: ReportFormat;
  output?: string;
  minConfidence?: Confidence;
  redact: boolean;
}

/** The options of OutputFlags, for a command that writes a report. */
export function outputOptions(): Option[] {
  return [
    new Option('--format <format>', 'report format (default: table on a terminal, else json)').choices(
      REPORT_FORMATS,
    ),
    new Option('--output <file>', 'write the report to this file instead of standard output'),
    new Option(
      '--min-confidence <level>',
      'report only findings at least this sure (default: medium in a table, low in other formats)',
    ).choices(CONFIDENCES),
    new Option('--redact', 'show only a preview of each secret (the default)').default(true),
    new Option('--no-redact', 'show full secret values, on your own machine only (refused in CI)'),
  ];
}

/**
 * Refuses `--no-redact` where the report would end up in a shared place: a CI job's log or
 * artifacts. CI systems are recognised by ci-info (the `CI` variable and each system's own, such
 * as Jenkins' `JENKINS_URL` or `BUILD_ID`). Throws CliError.
 */
export function checkRedaction(flags: Pick<OutputFlags, 'redact'>): void {
  if (flags.redact || !isCI) return;
  throw new CliError(
    '--no-redact prints full secret values and is refused in CI (a CI system was detected from the ' +
      'environment): CI logs and artifacts are shared; run it on your own machine',
  );
}

/** The report with full values in `secret_preview` (the `--no-redact` view). */
export function unredacted(report: ScanReport, secrets: ReadonlyMap<string, string>): ScanReport {
  return {
    ...report,
    findings: report.findings.map((f) => ({
      ...f,
      secret_preview: secrets.get(f.fingerprint) ?? f.secret_preview,
    })),
  };
}

/** Writes the report as the flags say; returns what was written (findings above the floor). */
export async function writeReport(report: ScanReport, flags: OutputFlags): Promise<ScanReport> {
  const format = flags.format ?? inferFormat(flags.output);
  // A person reading a table triages; weak generic matches (low) are for machines and audits.
  const shown = withMinConfidence(report, flags.minConfidence ?? (format === 'table' ? 'medium' : 'low'));
  const text = formatReport(shown, format, {
    color: !flags.output && process.stdout.isTTY === true,
    width: process.stdout.columns,
    redacted: flags.redact,
  });
  if (flags.output) {
    const output = flags.output;
    await writeOutput(output, text, flags.redact).catch((e: InPlaceError) => {
      const damaged = e.inPlace
        ? ' (written in place, as its directory takes no new file: the report that was there is lost)'
        : '';
      throw new CliError(`cannot write the report to ${output}: ${systemErrorText(e)}${damaged}`);
    });
    if (process.stderr.isTTY)
      process.stderr.write(`${shown.findings.length} finding(s); report written to ${flags.output}\n`);
  } else {
    await writeStdout(text.endsWith('\n') ? text : text + '\n').catch((e: NodeJS.ErrnoException) => {
      // a full disk, or a reader that went away (`| head`): the report did not arrive whole
      throw new CliError(`cannot write the report to standard output: ${systemErrorText(e)}`);
    });
  }
  for (const w of shown.warnings) process.stderr.write(`deployguard: warning: ${w}\n`);
  return shown;
}

/**
 * Resolves once `text` is on standard output; rejects with the system error (ENOSPC, EPIPE,
 * EFBIG) instead of an unhandled 'error' event when it cannot be written whole. Into a file, the
 * bytes are written here until all are: Node's stream for a file descriptor ignores a short write
 * (a full disk, a file size limit), which cut a report without a word. Elsewhere the stream
 * reports an error after the write's callback, so the listener stays.
 */
export function writeStdout(text: string): Promise<void> {
  if (fstatSync(1).isFile()) {
    const bytes = Buffer.from(text, 'utf8');
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(1, bytes, at);
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e as Error);
    }
  }
  return new Promise((resolve, reject) => {
    process.stdout.once('error', reject);
    process.stdout.write(text, (e) => (e ? reject(e) : resolve()));
  });
}

// A regular file (or a new one) is written beside itself, then renamed over: a report cut short
// (a full disk) never passes for a whole one, nor replaces the report that was there; in a
// directory the user may not write, a file they may write is written in place. A symbolic
// link is followed to the file it names. Anything else (a named pipe, a device such as /dev/stdout)
// is written into as it is: renaming over it would put a file in its place. One with full secret
// values (--no-redact) is readable by its owner only; a file replaced keeps its permissions.
async function writeOutput(path: string, text: string, redacted: boolean): Promise<void> {
  const mode = redacted ? 0o666 : 0o600;
  const target = await stat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  const dangling = target === null && (await lstat(path).catch(() => null))?.isSymbolicLink() === true;
  if ((target !== null && !target.isFile()) || dangling) {
    const file = await open(path, 'w', mode);
    try {
      await file.writeFile(text);
    } finally {
      await file.close();
    }
    return;
  }
  const real = target === null ? path : await realpath(path);
  const partial = join(dirname(real), `.${basename(real)}.${process.pid}.partial`);
  const file = await open(partial, 'wx', mode).catch(async (e: NodeJS.ErrnoException) => {
    // A file the user may write in a directory they may not: written in place.
    if (target === null || (e.code !== 'EACCES' && e.code !== 'EPERM')) throw e;
    return null;
  });
  if (file === null) {
    const inPlace = await open(real, 'w');
    try {
      await inPlace.writeFile(text);
    } catch (e) {
      (e as InPlaceError).inPlace = true;
      throw e;
    } finally {
      await inPlace.close();
    }
    return;
  }
  try {
    // A report replaced keeps the permissions it had (never looser than its owner's alone when
    // it holds secret values).
    if (target !== null) await file.chmod(target.mode & (redacted ? 0o777 : 0o700) & ~0o111);
    await file.writeFile(text);
    await file.close();
    await rename(partial, real);
  } catch (e) {
    await file.close().catch(() => undefined);
    await rm(partial, { force: true }).catch(() => undefined);
    throw e;
  }
}

// The report without the findings below `min`, and a note saying how many were left out.
function withMinConfidence(report: ScanReport, min: Confidence): ScanReport {
  const weaker = CONFIDENCES.slice(CONFIDENCES.indexOf(min) + 1).join(' or ');
  return keepFindings(
    report,
    (f) => meetsConfidence(f, min),
    (hidden) =>
      `${hidden} finding(s) of ${weaker} confidence not shown (--min-confidence ${CONFIDENCES.at(-1)} shows every finding)`,
  );
}

function inferFormat(output?: string): ReportFormat {
  if (output) {
    if (/\.sarif(\.json)?$/i.test(output)) return 'sarif';
    if (/\.csv$/i.test(output)) return 'csv';
    if (/\.(txt|log)$/i.test(output)) return 'table';
    return 'json';
  }
  return process.stdout.isTTY ? 'table' : 'json';
}
