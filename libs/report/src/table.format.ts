// `--format table`: the human listing on a terminal. One block per finding, most severe first,
// then a summary of what was scanned and skipped, then warnings.
import { createColors } from 'picocolors';
import type { Severity } from '@deployguard/detect';
import { SEVERITIES, sortFindings } from './finding-fields.util';
import type { Finding, ScanReport, SkipReason } from './report.types';
import { displayWidth, sanitizeForTerminal, truncateEnd, truncateStart, wrap } from './text-width.util';

export interface TableOptions {
  color: boolean;
  width?: number; // terminal columns; default 100
}

type Colors = ReturnType<typeof createColors>;

const DEFAULT_WIDTH = 100;
const MIN_WIDTH = 40;
const LABEL_WIDTH = 8; // "CRITICAL"
const INDENT = ' '.repeat(LABEL_WIDTH + 2);
const MAX_SKIPPED_LISTED = 5;

function severityLabel(s: Severity, c: Colors): string {
  const label = s.toUpperCase().padEnd(LABEL_WIDTH);
  switch (s) {
    case 'critical':
      return c.bold(c.red(label));
    case 'high':
      return c.red(label);
    case 'medium':
      return c.yellow(label);
    default:
      return c.cyan(label);
  }
}

// ISO 8601 → its calendar date; anything else is shown as given.
function shortDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : date;
}

// The file, or for a value outside file content, what holds it: `[path] a/b`, `[commit-message]`.
function placeOf(f: Finding): string {
  if (f.location === 'file' && f.file !== null) return f.file;
  return f.file !== null ? `[${f.location}] ${f.file}` : `[${f.location}]`;
}

// `uncommitted`: how a finding outside any commit is placed (working tree, or staged changes).
function findingBlock(f: Finding, width: number, c: Colors, uncommitted: string): string[] {
  const clean = sanitizeForTerminal;
  const ruleId = truncateEnd(clean(f.rule_id), 40);
  const room = width - LABEL_WIDTH - 2 - displayWidth(ruleId) - 2;
  const location = truncateStart(`${clean(placeOf(f))}:${f.line}:${f.column}`, Math.max(room, 12));
  const lines = [`${severityLabel(f.severity, c)}  ${c.bold(ruleId)}  ${c.cyan(location)}`];

  const detailRoom = width - INDENT.length;
  const preview = truncateEnd(clean(f.secret_preview), Math.min(40, detailRoom));
  const sure = `${f.confidence} confidence`;
  const description = truncateEnd(
    clean(f.description),
    Math.max(detailRoom - displayWidth(preview) - 2 - sure.length - 2, 8),
  );
  lines.push(`${INDENT}${c.magenta(preview)}  ${description}  ${c.dim(sure)}`);

  if (f.commit !== null) {
    const sha = f.commit.slice(0, 7) + (f.commit_boundary ? ' (shallow boundary: or earlier)' : '');
    const head = [sha, f.date ? shortDate(clean(f.date)) : null, f.author ? clean(f.author) : null]
      .filter((p): p is string => p !== null && p !== '')
      .join('  ');
    const headFit = truncateEnd(head, detailRoom);
    const msgRoom = detailRoom - displayWidth(headFit) - 2;
    const message = f.message && msgRoom >= 8 ? `  ${c.dim(truncateEnd(clean(f.message), msgRoom))}` : '';
    lines.push(`${INDENT}${c.yellow(headFit.slice(0, sha.length))}${headFit.slice(sha.length)}${message}`);
  } else {
    lines.push(`${INDENT}${c.dim(f.ref ? `tag ${clean(f.ref)}` : uncommitted)}`);
  }
  return lines;
}

const SCOPES: Record<ScanReport['stats']['mode'], string> = {
  history: 'history',
  'working-tree': 'working tree',
  staged: 'staged changes',
};

function plural(n: number, one: string, many = `${one}s`): string {
  // thousands separated by hand: toLocaleString loads ICU's locale data (~25 ms of a hook's run)
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? one : many}`;
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

function summaryLines(report: ScanReport, width: number, c: Colors): string[] {
  const { stats } = report;
  const bySeverity = SEVERITIES.map((s) => `${report.findings.filter((f) => f.severity === s).length} ${s}`);
  const total = report.findings.length;
  const head = `${plural(total, 'finding')}: ${bySeverity.join(', ')}`;
  const lines = [total > 0 ? c.bold(head) : head];

  const unit = stats.mode === 'history' ? 'blob' : 'file';
  const mb = (stats.bytes_scanned / 1_000_000).toFixed(1);
  let scanned = `Scanned ${plural(stats.blobs_scanned, unit)} (${mb} MB)`;
  if (stats.mode === 'history')
    scanned += ` from ${plural(stats.commits, 'commit')} on ${plural(stats.refs, 'ref')}`;
  scanned += ` in ${formatDuration(stats.duration_ms)}.`;
  lines.push(...wrap(scanned, width, '  '));

  const ignored = report.skipped.filter((s) => s.reason === 'ignored').length;
  const skipped = [
    [stats.skipped_binary, 'binary'],
    [stats.skipped_too_large, 'too large'],
    [stats.missing_objects, 'missing objects'],
    [stats.unreadable_files, 'unreadable'],
    [ignored, 'ignored'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, why]) => `${(n as number).toLocaleString('en-US')} ${why}`);
  if (skipped.length > 0) lines.push(...wrap(`Skipped: ${skipped.join(', ')}.`, width, '  '));
  if (stats.suppressed_by_baseline > 0) {
    lines.push(`Suppressed by baseline: ${plural(stats.suppressed_by_baseline, 'finding')}.`);
  }

  // Binary and ignored files are expected noise; the rest deserve a name so a person can look.
  const notable: SkipReason[] = ['too-large', 'unreadable', 'missing-object'];
  const listed = report.skipped.filter((s) => notable.includes(s.reason));
  for (const s of listed.slice(0, MAX_SKIPPED_LISTED)) {
    const what = s.file ?? s.object ?? '?';
    const item = `  - ${s.reason}: ${truncateStart(sanitizeForTerminal(what), Math.floor(width / 2))}`;
    lines.push(c.dim(truncateEnd(`${item} (${sanitizeForTerminal(s.detail)})`, width)));
  }
  if (listed.length > MAX_SKIPPED_LISTED) {
    lines.push(c.dim(`  … and ${listed.length - MAX_SKIPPED_LISTED} more (see --format json)`));
  }
  return lines;
}

export function formatTable(report: ScanReport, options: TableOptions): string {
  const c = createColors(options.color);
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH));
  const out: string[] = [];

  const scope = SCOPES[report.stats.mode];
  const repo = truncateStart(sanitizeForTerminal(report.stats.repository), Math.max(width - 40, 20));
  out.push(c.dim(`DeployGuard ${sanitizeForTerminal(report.tool.version)} · ${scope} scan of ${repo}`), '');

  if (report.findings.length === 0) {
    out.push(c.green('No secrets found.'), '');
  } else {
    for (const f of sortFindings(report.findings))
      out.push(...findingBlock(f, width, c, report.stats.mode === 'staged' ? 'staged' : 'working tree'), '');
  }

  out.push(...summaryLines(report, width, c));
  if (report.warnings.length > 0) {
    out.push('', c.yellow('Warnings:'));
    for (const w of report.warnings) {
      wrap(sanitizeForTerminal(w), width - 4).forEach((line, i) =>
        out.push(`${i === 0 ? '  ! ' : '    '}${line}`),
      );
    }
  }
  return out.join('\n') + '\n';
}
