// The clean use case: rewrite a repository's history without the selected values, safely.
// By default the user's repository is only read and the result is a fresh bare mirror; in place
// is explicit and keeps every original ref under refs/deployguard-backup/<timestamp>/. Nothing
// counts as cleaned before verification passed: fsck, the built-in check of every selected value
// in every reachable object, no expression that matched nothing, and the caller's optional `verify`
// hook. An incomplete repository (shallow, partial, missing objects) is refused before any work.
import { mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gitText, runGit } from '@deployguard/git';
import { CleanInputError, CleanVerificationError, type RemainingSecret } from './clean.errors';
import {
  ROTATION_REMINDER,
  serializeCleanReport,
  type CleanReport,
  type VerificationReport,
  CLEAN_REPORT_FILE,
} from './clean.report';
import { buildRefMap, writeCommitMap, writeRefMap } from './commit-map.writer';
import { rewriteHistory, type RewriteHistoryResult } from './history-rewrite';
import { isTokenBound } from './literal-forms';
import { findRemainingValues, findValuesInRefNames, fsckErrors } from './literal.verifier';
import { checkPreservation, type PreservationCheckReport } from './preservation.check';
import { carryReplaceRefs, type ReplaceRefOutcome } from './replace-refs';
import {
  readStashEntries,
  reflogOnlyCommits,
  restoreStash,
  STASH_REF,
  type StashEntry,
  type StashRestore,
} from './reflog.preserve';
import { ReplacementMatcher } from './replacement.matcher';
import { replacementLabel, type Replacement } from './replacement.model';
import { assertCompleteRepository } from './repository-completeness';
import { objectsWrittenSince, snapshotObjectStore } from './written-objects';
import {
  BACKUP_REF_GLOB,
  BACKUP_REF_PREFIX,
  carrySymbolicRefs,
  defaultOutputDir,
  listRefs,
  openRepository,
  prepareOutputDir,
  symbolicHead,
  type OpenRepository,
} from './repository.util';

export type VerifyHook = (repoPath: string) => Promise<{ remaining: RemainingSecret[] }>;

export interface CleanRepositoryOptions {
  repoPath: string;
  replacements: Replacement[];
  // Where the cleaned bare mirror goes (new or empty directory); default `<repo>-clean.git` beside it.
  outputDir?: string;
  inPlace?: boolean;
  // Default replacement text; `***REMOVED***` when not given.
  replacement?: string;
  // The caller's own check of the result (e.g. a full secret scan); must ignore refs/deployguard-backup/.
  verify?: VerifyHook;
  // Values left only in binary blobs (which the rewrite never edits) are a warning, not a failure.
  allowBinaryLeftovers?: boolean;
  // Expressions that matched nothing are a warning, not a failure.
  allowUnmatched?: boolean;
  // How the report and its errors show a path that still holds a value (one not selected, left in
  // a name): e.g. with every value a scan found masked. Default: as it is.
  maskPath?: (path: string) => string;
  // What the caller left out of the selection and why (values in commit identities): kept in the
  // report's warnings, so a report that says verified also says what was not cleaned.
  selectionWarnings?: readonly string[];
  // Objects read so far by the rewrite or the verification, of about `total` (for a progress bar).
  onProgress?: (phase: CleanPhase, objects: number, total: number) => void;
}

export type CleanPhase = 'rewrite' | 'verify';

export interface CleanResult {
  report: CleanReport;
  resultPath: string;
  commitMap: Map<string, string>;
}

export async function cleanRepository(options: CleanRepositoryOptions): Promise<CleanResult> {
  if (!options.replacements || options.replacements.length === 0) {
    throw new CleanInputError(
      'nothing to remove: no replacements given; accepted: at least one literal or regex',
    );
  }
  if (options.inPlace && options.outputDir) {
    throw new CleanInputError('both an output directory and in-place were given; accepted: one of them');
  }
  const repo = await openRepository(options.repoPath);
  await assertCompleteRepository(repo);
  const refsBefore = await listRefs(repo.root);
  if (refsBefore.size === 0) {
    throw new CleanInputError(
      `the repository ${repo.root} has no refs to clean; accepted: a repository with commits`,
    );
  }
  return options.inPlace ? cleanInPlace(options, repo, refsBefore) : cleanToOutput(options, repo, refsBefore);
}

async function cleanToOutput(
  options: CleanRepositoryOptions,
  repo: OpenRepository,
  refsBefore: Map<string, string>,
): Promise<CleanResult> {
  const startedAt = new Date();
  const out = resolve(options.outputDir ?? defaultOutputDir(repo));
  const created = await prepareOutputDir(out, repo);
  const stash = await readStashEntries(repo.root, refsBefore);
  let rewrite: RewriteHistoryResult;
  let kept: KeptContext;
  let written: Set<string>;
  const t0 = Date.now();
  try {
    await runGit(['init', '--bare', '-q', `--object-format=${repo.objectFormat}`, out], { cwd: out });
    // Unchanged objects are read from the original through alternates, then copied by the repack.
    const alternates = join(out, 'objects', 'info', 'alternates');
    await writeFile(alternates, repo.objectsDir + '\n');
    rewrite = await rewriteHistory({
      sourcePath: repo.root,
      targetPath: out,
      replacements: options.replacements,
      replacement: options.replacement,
      excludeRefs: [BACKUP_REF_GLOB],
      extraCommits: stash.map((e) => e.oid),
      onProgress: progressOf(options, 'rewrite', await objectCount(repo.root)),
    });
    await pointHead(repo.root, out, rewrite);
    const keeping = await keepWhatIsNotSecret(repo.root, out, refsBefore, stash, rewrite, options);
    // Before the repack mixes them with the objects copied from the original.
    written = await objectsWrittenSince(join(out, 'objects'), repo.objectFormat);
    // Without -l: objects borrowed from the original are copied; with -a -d, unreachable ones are
    // dropped (repack counts reflogs as reachable: refs/stash's keeps the older stash entries).
    // fast-import keeps its packs (no loose objects), so no gc is needed after it.
    // --window=0: existing deltas are reused and rewritten blobs come with fast-import's, so the
    // result is packed like the original; a fresh delta search over every object was 3/4 of the
    // repack (synthetic benchmark: 0.8 s against 2.9–3.7 s, 17.8 MB against 13.7 MB for a source
    // of 17.6 MB). `git gc --aggressive` on the result packs it tighter when that matters.
    // The preservation check reads reachable objects only, which the repack keeps: side by side.
    const preservation = await besideWork(
      keeping.preservation,
      runGit(['repack', '-a', '-d', '-q', '--window=0'], { cwd: out }),
    );
    kept = { ...keeping, preservation };
    await unlink(alternates);
  } catch (e) {
    if (created) await rm(out, { recursive: true, force: true });
    throw e;
  }
  // The wait for the preservation check past the repack is the verification's time.
  const rewriteMs = Date.now() - t0 - kept.preservation.waitedMs;
  return finish(options, repo, refsBefore, rewrite, {
    mode: 'output',
    resultPath: out,
    filesDir: out,
    startedAt,
    rewriteMs,
    written,
    ...kept,
  });
}

// The paths of a repository's linked worktrees (`git worktree add`), not its own work tree.
async function linkedWorktrees(root: string): Promise<string[]> {
  const out = await gitText(['worktree', 'list', '--porcelain', '-z'], { cwd: root });
  return out
    .split('\0')
    .filter((field) => field.startsWith('worktree '))
    .slice(1)
    .map((field) => field.slice('worktree '.length));
}

async function cleanInPlace(
  options: CleanRepositoryOptions,
  repo: OpenRepository,
  refsBefore: Map<string, string>,
): Promise<CleanResult> {
  const startedAt = new Date();
  const linked = await linkedWorktrees(repo.root);
  if (linked.length > 0) {
    throw new CleanInputError(
      `${repo.root} has linked worktrees (${linked.join(', ')}), whose checkouts and HEADs would stay on ` +
        'the old history and keep the values reachable; accepted for in-place: a repository without them ' +
        '(git worktree remove), or clean into a new mirror with --output',
    );
  }
  if (!repo.bare) {
    const status = await gitText(['status', '--porcelain', '--untracked-files=no'], { cwd: repo.root });
    if (status.trim() !== '') {
      throw new CleanInputError(
        `the work tree of ${repo.root} has uncommitted changes; accepted for in-place: a clean work tree ` +
          '(commit or stash the changes first) or a bare repository',
      );
    }
  }
  const t0 = Date.now();
  const namespace = `${BACKUP_REF_PREFIX}${startedAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}`;
  const headBefore = await symbolicHead(repo.root);
  const stash = await readStashEntries(repo.root, refsBefore);
  let backup = '';
  for (const [ref, oid] of refsBefore) backup += `create ${namespace}/${ref.slice('refs/'.length)} ${oid}\n`;
  // The reflogs are expired below: what only they reached stays reachable from the backup.
  const reflogOnly = await reflogOnlyCommits(repo.root);
  for (const oid of reflogOnly) backup += `create ${namespace}/reflog/${oid} ${oid}\n`;
  if (!headBefore) {
    const head = (
      await gitText(['rev-parse', '-q', '--verify', 'HEAD'], { cwd: repo.root, okCodes: [1] })
    ).trim();
    if (head) backup += `create ${namespace}/HEAD ${head}\n`;
  }
  await runGit(['update-ref', '--stdin'], { cwd: repo.root, input: backup });
  const storeBefore = await snapshotObjectStore(repo.objectsDir);

  const rewrite = await rewriteHistory({
    sourcePath: repo.root,
    targetPath: repo.root,
    replacements: options.replacements,
    replacement: options.replacement,
    excludeRefs: [BACKUP_REF_GLOB],
    extraCommits: stash.map((e) => e.oid),
    onProgress: progressOf(options, 'rewrite', await objectCount(repo.root)),
  });
  await pointHead(repo.root, repo.root, rewrite, headBefore);
  const keeping = await keepWhatIsNotSecret(repo.root, repo.root, refsBefore, stash, rewrite, options);
  const written = await objectsWrittenSince(repo.objectsDir, repo.objectFormat, storeBefore);
  // The gc prunes only what no ref (backups included) reaches: the preservation check runs beside it.
  const preservation = await besideWork(
    keeping.preservation,
    runGit(['gc', '--prune=now', '-q'], { cwd: repo.root }),
  );
  const kept = { ...keeping, preservation };
  const rewriteEnd = Date.now() - preservation.waitedMs;
  // The work tree was clean (checked above): bring it to the rewritten HEAD.
  if (!repo.bare) await runGit(['reset', '--hard', '-q'], { cwd: repo.root });
  const filesDir = join(repo.gitDir, 'deployguard');
  await mkdir(filesDir, { recursive: true });
  return finish(options, repo, refsBefore, rewrite, {
    mode: 'in-place',
    resultPath: repo.root,
    filesDir,
    startedAt,
    rewriteMs: rewriteEnd - t0,
    written,
    ...kept,
    backup: {
      namespace,
      reflogCommits: reflogOnly.length,
      note:
        `Every original ref, and every commit only a reflog reached (under ${namespace}/reflog/), ` +
        `was saved under ${namespace}/ and keeps the old history (with the secrets) ` +
        `reachable until you delete it: git for-each-ref --format='delete %(refname)' ${namespace}/ | ` +
        'git update-ref --stdin, then git gc --prune=now.',
    },
  });
}

/**
 * Awaits the preservation check and `work` (the repack or gc) run side by side; `waitedMs` in the
 * report is how long the check ran past the end of `work`: the wall time it added, which the
 * verification's duration counts (the rest is hidden behind the work and counts for nothing).
 */
async function besideWork(
  check: Promise<PreservationCheckReport>,
  work: Promise<unknown>,
): Promise<PreservationCheckReport> {
  let workEnded = 0;
  const [report] = await Promise.all([check, work.then(() => (workEnded = Date.now()))]);
  return { ...report, waitedMs: Math.max(0, Date.now() - workEnded) };
}

interface KeptContext {
  stash: StashRestore;
  replaceRefs: ReplaceRefOutcome[];
  preservation: PreservationCheckReport;
}

// Between the import and the gc: reflogs expired (they keep the secrets), the stash written back,
// and the preservation check started while the original objects are still at hand (the caller
// awaits it).
async function keepWhatIsNotSecret(
  sourcePath: string,
  resultPath: string,
  refsBefore: ReadonlyMap<string, string>,
  stashEntries: readonly StashEntry[],
  rewrite: RewriteHistoryResult,
  options: CleanRepositoryOptions,
): Promise<Omit<KeptContext, 'preservation'> & { preservation: Promise<PreservationCheckReport> }> {
  await runGit(['reflog', 'expire', '--expire=now', '--all'], { cwd: resultPath });
  // Built on the first stash entry only: most repositories have none.
  let matcher: ReplacementMatcher | null = null;
  const cleanMessage = (message: string) =>
    (matcher ??= new ReplacementMatcher(options.replacements, options.replacement))
      .apply(Buffer.from(message, 'utf8'))
      ?.data.toString('utf8') ?? message;
  const stash = await restoreStash(resultPath, stashEntries, rewrite.commitMap, rewrite.zeroId, cleanMessage);
  const droppedRefs = new Map<string, string>();
  if (stash.before > 0 && stash.restored === 0)
    droppedRefs.set(STASH_REF, 'no stash entry could be rewritten');
  const replaceRefs = await carryReplaceRefs(
    resultPath,
    refsBefore,
    await listRefs(resultPath),
    rewrite.commitMap,
    rewrite.zeroId,
  );
  for (const r of replaceRefs) if (r.now !== r.ref) droppedRefs.set(r.ref, r.reason);
  await carrySymbolicRefs(sourcePath, resultPath);
  const refsAfter = await listRefs(resultPath);
  const preservation = checkPreservation({
    resultPath,
    refsBefore,
    refsAfter,
    droppedRefs,
    commitMap: rewrite.commitMap,
    zeroId: rewrite.zeroId,
    renamedPaths: rewrite.renamedPaths,
  });
  // Awaited by the caller; until then a failure must not count as unhandled.
  preservation.catch(() => undefined);
  return { stash, replaceRefs, preservation };
}

// HEAD of the result: the same branch as the original, or the rewritten commit when detached.
async function pointHead(
  sourcePath: string,
  targetPath: string,
  rewrite: RewriteHistoryResult,
  headBefore?: string | null,
): Promise<void> {
  const branch = headBefore !== undefined ? headBefore : await symbolicHead(sourcePath);
  if (branch) {
    if (targetPath !== sourcePath) await runGit(['symbolic-ref', 'HEAD', branch], { cwd: targetPath });
    return;
  }
  const old = (
    await gitText(['rev-parse', '-q', '--verify', 'HEAD'], { cwd: sourcePath, okCodes: [1] })
  ).trim();
  const mapped = old ? rewrite.commitMap.get(old) : undefined;
  if (old && mapped && mapped !== rewrite.zeroId) {
    await runGit(['update-ref', '--no-deref', 'HEAD', mapped], { cwd: targetPath });
  }
}

interface FinishContext {
  mode: 'output' | 'in-place';
  resultPath: string;
  filesDir: string;
  startedAt: Date;
  rewriteMs: number;
  // Objects the clean wrote into the result (see written-objects.ts).
  written: Set<string>;
  stash: StashRestore;
  replaceRefs: ReplaceRefOutcome[];
  preservation: PreservationCheckReport;
  backup?: { namespace: string; reflogCommits: number; note: string };
}

async function finish(
  options: CleanRepositoryOptions,
  repo: OpenRepository,
  refsBefore: Map<string, string>,
  rewrite: RewriteHistoryResult,
  ctx: FinishContext,
): Promise<CleanResult> {
  const refMap = buildRefMap(refsBefore, await listRefs(ctx.resultPath), rewrite.zeroId);
  const files = {
    commitMap: join(ctx.filesDir, 'commit-map'),
    refMap: join(ctx.filesDir, 'ref-map'),
    report: join(ctx.filesDir, CLEAN_REPORT_FILE),
  };
  await writeCommitMap(files.commitMap, rewrite.commitMap);
  await writeRefMap(files.refMap, refMap);

  // Paths the report and its errors name may still hold a value the selection left.
  const mask = options.maskPath ?? ((path: string) => path);
  ctx.preservation.problems = ctx.preservation.problems.map(mask);
  const verification = await verifyResult(options, ctx, rewrite);
  const report: CleanReport = {
    tool: 'deployguard',
    mode: ctx.mode,
    repository: repo.root,
    result: ctx.resultPath,
    startedAt: ctx.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    replacements: rewrite.replacements.map((r) => ({ ...r, paths: r.paths.map(mask) })),
    totals: { ...rewrite.totals, refs: refMap.length },
    prunedCommits: rewrite.prunedCommits,
    binaryBlobs: rewrite.binaryBlobs.map((b) => ({ ...b, path: mask(b.path) })),
    signatures: rewrite.signatures,
    preserved: { objectTags: rewrite.objectTags, stash: ctx.stash, replaceRefs: ctx.replaceRefs },
    ...(ctx.backup ? { backup: ctx.backup } : {}),
    files,
    rewriteMs: ctx.rewriteMs,
    verification,
    reminder: ROTATION_REMINDER,
  };
  await writeFile(files.report, serializeCleanReport(report));
  if (!verification.verified) {
    const failing = verification.remaining.filter((r) => !(options.allowBinaryLeftovers && r.binaryOnly));
    const what = [
      verification.fsckErrors.length > 0
        ? `git fsck reported ${verification.fsckErrors.length} problem(s): ${verification.fsckErrors.slice(0, 3).join('; ')}`
        : '',
      failing.length > 0 ? `values still present: ${failing.map(describeRemaining).join('; ')}` : '',
      verification.unmatched.length > 0 && !options.allowUnmatched
        ? `expression(s) that matched nothing anywhere: ${verification.unmatched.join(', ')} ` +
          '(check the value for stray spaces or line endings; accept with --allow-unmatched)'
        : '',
      ctx.preservation.problems.length > 0
        ? `something that is not a secret was lost: ${ctx.preservation.problems.slice(0, 3).join('; ')}` +
          (ctx.preservation.problems.length > 3 ? ` (${ctx.preservation.problems.length} in all)` : '')
        : '',
    ].filter(Boolean);
    const keep =
      ctx.mode === 'output'
        ? `the mirror at ${ctx.resultPath} is NOT clean and must not be delivered`
        : `restore from the backup refs under ${ctx.backup!.namespace}/ if needed`;
    throw new CleanVerificationError(
      mask(`verification failed: ${what.join('; ')}; ${keep} (report: ${files.report})`),
      verification.remaining,
      verification.fsckErrors,
      files.report,
    );
  }
  return { report, resultPath: ctx.resultPath, commitMap: rewrite.commitMap };
}

// Objects in the store (packed and loose), the total a progress bar counts towards.
async function objectCount(repoPath: string): Promise<number> {
  const out = await gitText(['count-objects', '-v'], { cwd: repoPath });
  const fields = new Map(out.split('\n').map((line) => line.split(': ') as [string, string]));
  return Number(fields.get('count') ?? 0) + Number(fields.get('in-pack') ?? 0);
}

function progressOf(
  options: CleanRepositoryOptions,
  phase: CleanPhase,
  total: number,
): ((objects: number) => void) | undefined {
  const report = options.onProgress;
  return report ? (objects) => report(phase, objects, Math.max(total, objects)) : undefined;
}

// "label (blob 1a2b3c4d5e at path in commit 0f1e2d3c4b), …" for an error message.
function describeRemaining(r: RemainingSecret): string {
  const where = (r.locations ?? []).slice(0, 3).map((l) => {
    const [type, id] = l.object.split(' ');
    if (type === 'ref') return `${l.object} (rename or delete the ref)`;
    let text = `${type} ${id.slice(0, 10)}`;
    if (l.path) text += ` at ${l.path}`;
    if (l.commit && type !== 'commit') text += ` in commit ${l.commit.slice(0, 10)}`;
    return text;
  });
  const more = (r.objects?.length ?? 0) > where.length ? ', …' : '';
  return `${r.label}${r.binaryOnly ? ' (binary files only)' : ''}${where.length ? ` (${where.join(', ')}${more})` : ''}`;
}

async function verifyResult(
  options: CleanRepositoryOptions,
  ctx: FinishContext,
  rewrite: RewriteHistoryResult,
): Promise<VerificationReport> {
  const t0 = Date.now();
  // What the clean wrote (less the rewritten blobs the rewrite already searched), and the objects
  // of the original in which the rewrite found a value: every other object of the result was
  // read whole by the rewrite and held none.
  const objects = new Set<string>();
  for (const oid of ctx.written) if (!rewrite.rewrittenBlobsClean.has(oid)) objects.add(oid);
  for (const oid of rewrite.objectsWithValues) objects.add(oid);
  // Independent reads of the result: run side by side. The output mirror was just repacked
  // without unreachable objects; in place, the backup refs are left out.
  const [fsck, remaining] = await Promise.all([
    fsckErrors(ctx.resultPath),
    findRemainingValues({
      repoPath: ctx.resultPath,
      replacements: options.replacements,
      replacement: options.replacement,
      excludeRefs: ctx.mode === 'in-place' ? [BACKUP_REF_GLOB] : undefined,
      reachableOnly: ctx.mode === 'in-place',
      objects,
      knownBlobs: options.allowBinaryLeftovers
        ? new Map(rewrite.binaryBlobs.map((b) => [b.blob, b.path]))
        : undefined,
      onProgress: progressOf(options, 'verify', objects.size),
    }),
  ]);
  for (const inName of await findValuesInRefNames(
    ctx.resultPath,
    options.replacements,
    options.replacement,
    ctx.mode === 'in-place' ? BACKUP_REF_PREFIX : undefined,
  )) {
    const same = remaining.find((r) => r.label === inName.label);
    if (!same) remaining.push(inName);
    else {
      same.binaryOnly = false;
      same.objects = [...(same.objects ?? []), ...(inName.objects ?? [])];
      same.locations = [...(inName.locations ?? []), ...(same.locations ?? [])];
    }
  }
  const warnings: string[] = [...(options.selectionWarnings ?? [])];
  // Matched = replaced somewhere, or found in a binary blob the rewrite leaves as it is.
  const inBinary = new Set(rewrite.binaryBlobs.flatMap((b) => b.labels));
  // A value found only through a form it shares with another (the same key selected in LF and in
  // CRLF) was matched: the hit counted for the other.
  const found = (i: number) =>
    rewrite.replacements[i].occurrences > 0 || inBinary.has(replacementLabel(options.replacements[i], i));
  let sharing: ReplacementMatcher | null = null; // built only when some value was not found
  const unmatched = options.replacements
    .map((r, i) => replacementLabel(r, i))
    .filter(
      (_, i) =>
        !found(i) &&
        !(sharing ??= new ReplacementMatcher(options.replacements, options.replacement))
          .sharingFormsWith(i)
          .some(found),
    );
  if (unmatched.length > 0 && options.allowUnmatched)
    warnings.push(`expression(s) that matched nothing anywhere, accepted: ${unmatched.join(', ')}`);
  // Said, so "verified" is not read as "these letters appear nowhere" (`pass` stays in `password`).
  const tokenBound = options.replacements
    .map((r, i) => (r.kind === 'literal' && isTokenBound(r.pattern) ? replacementLabel(r, i) : null))
    .filter((label): label is string => label !== null);
  if (tokenBound.length > 0)
    warnings.push(
      `weak value(s) replaced and checked only where they stand as whole tokens, not inside longer ` +
        `words: ${tokenBound.join(', ')}`,
    );
  const binaryLeft = remaining.filter((r) => r.binaryOnly);
  if (binaryLeft.length > 0 && options.allowBinaryLeftovers)
    warnings.push(
      `values left in binary files, accepted: ${binaryLeft.map((r) => r.label).join(', ')}; ` +
        'these files still hold the secret',
    );
  if (options.verify) {
    const fromHook = await options.verify(ctx.resultPath);
    for (const r of fromHook.remaining) {
      if (r.commits.length === 0 && !r.objects?.length) continue;
      const same = remaining.find((x) => x.label === r.label);
      if (same) {
        same.commits = [...new Set([...same.commits, ...r.commits])];
        // The hook reads text: what it finds is not excused as a binary leftover.
        same.binaryOnly = false;
      } else
        remaining.push({
          label: r.label,
          commits: [...r.commits],
          ...(r.objects ? { objects: r.objects } : {}),
        });
    }
  }
  const failing = remaining.filter((r) => !(options.allowBinaryLeftovers && r.binaryOnly));
  return {
    verified:
      fsck.length === 0 &&
      failing.length === 0 &&
      (unmatched.length === 0 || !!options.allowUnmatched) &&
      ctx.preservation.problems.length === 0,
    fsckErrors: fsck,
    remaining,
    unmatched,
    warnings,
    preservation: ctx.preservation,
    // The preservation check ran earlier, beside the repack or gc: the time it added past them.
    durationMs: Date.now() - t0 + ctx.preservation.waitedMs,
  };
}
