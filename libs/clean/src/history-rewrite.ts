// One streaming rewrite of a whole history, in the fast-export → transform → fast-import family.
//
// Blob contents do not travel through fast-export/fast-import: that would make fast-import
// re-hash and re-deflate every blob of the repository. Instead
//   1. `cat-file --batch-all-objects` streams every object once, in pack order; each text blob is
//      searched, and only the blobs that change are written to fast-import (under their new id);
//   2. `fast-export --no-data` streams the commits and tags, naming blobs by id; the transform
//      points `M` lines at the rewritten blob ids, rewrites commit and tag messages, and drops the
//      commits that became empty;
//   3. fast-import writes the new commits, trees and tags; unchanged blobs are found in the target's
//      object store (the repository itself, or the source through `objects/info/alternates`).
//      Every commit is imported on one scratch branch (with its parent always named), and the
//      real refs are set at the end in one step (refs.writer.ts);
//   4. notes refs, left out of step 2, are imported once the commit map is known (notes-rewrite.ts).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { CatFileParser, gitText, runGit } from '@deployguard/git';
import type {
  BinaryBlobReport,
  ObjectTagReport,
  ReplacementReport,
  RewriteTotals,
  SignatureReport,
} from './clean.report';
import { FastExportParser, writeCommand, type CommitCommand, type ExportCommand } from './fast-export.parser';
import { killQuietly, startGit, writeAll, type GitStream } from './git-stream.util';
import { becameEmpty, type WrittenFile } from './empty-commit.check';
import { findObjectTags, rewriteObjectTags } from './object-tag.rewrite';
import { displayPath } from './path-quote.util';
import { NOTES_REF_GLOB, rewriteNotes } from './notes-rewrite';
import { PathRenamer, quotePath } from './path-rename';
import { isBinary } from '@deployguard/detect';
import { ReplacementMatcher } from './replacement.matcher';
import type { Replacement } from './replacement.model';
import { setRefs } from './refs.writer';
import { RewriteState } from './rewrite.state';
import {
  hasCommitSignature,
  hasTagSignature,
  hashBlob,
  parseMarks,
  signatureReport,
  supportsSignedCommitsOption,
} from './rewrite.util';

export interface RewriteHistoryOptions {
  // Repository read from (a work tree or a git dir).
  sourcePath: string;
  // Repository fast-import writes into; may be the source itself (in place).
  targetPath: string;
  replacements: readonly Replacement[];
  // Default text for replacements that have none of their own.
  replacement?: string;
  // Ref patterns left out of the rewrite (e.g. backup refs of an earlier in-place clean).
  excludeRefs?: readonly string[];
  // Commits no ref reaches that must be rewritten too (stash entries older than stash@{0});
  // their new ids are in the commit map.
  extraCommits?: readonly string[];
  // Called with the number of objects read so far (phase 1, trees included), now and then.
  onProgress?: (objects: number) => void;
}

export interface RewriteHistoryResult {
  // Original commit id → rewritten id; the zero id for a pruned commit.
  commitMap: Map<string, string>;
  replacements: ReplacementReport[];
  binaryBlobs: BinaryBlobReport[];
  signatures: SignatureReport;
  prunedCommits: string[];
  // Refs that end at a blob or a tree, rewritten apart from the stream (fast-export skips them).
  objectTags: ObjectTagReport[];
  // Paths that held a selected value, raw (latin1) original → raw new path.
  renamedPaths: Map<string, string>;
  totals: Omit<RewriteTotals, 'refs'>;
  // Objects of the source that held a selected value when phase 1 read them; every other object
  // of the source (all of them were read whole) held none.
  objectsWithValues: ReadonlySet<string>;
  // Rewritten blob ids already searched by phase 1 after the replacement and found clean.
  rewrittenBlobsClean: ReadonlySet<string>;
  zeroId: string;
}

const LF = Buffer.from('\n');
// The one branch fast-import writes every commit on; deleted after the import.
const IMPORT_REF = 'refs/deployguard-tmp/import';
// fast-export names a commit reached only from a raw id (an older stash entry) by that id.
const RAW_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
// A stash's index and untracked-files commits are its parents: pruning one would leave a stash
// that `git stash pop` refuses.
const NEVER_PRUNED_REF = 'refs/stash';
// Before a commit without parents: IMPORT_REF starts afresh.
const ROOT_RESET = Buffer.from(`reset ${IMPORT_REF}\n\n`);

export async function rewriteHistory(options: RewriteHistoryOptions): Promise<RewriteHistoryResult> {
  const { sourcePath, targetPath } = options;
  const matcher = new ReplacementMatcher(options.replacements, options.replacement);
  // Anything git prints about its input is scrubbed of the values before it can become an error.
  const secrets = options.replacements.flatMap((r) => [
    ...(r.kind === 'literal' ? [r.pattern] : []),
    ...(r.scrub ?? []),
  ]);
  const format = (await gitText(['rev-parse', '--show-object-format'], { cwd: sourcePath })).trim() || 'sha1';
  const zeroId = '0'.repeat(format === 'sha256' ? 64 : 40);
  const state = new RewriteState(options.replacements);
  const renamer = new PathRenamer(
    new ReplacementMatcher(options.replacements, options.replacement, { pathNames: true }),
  );
  const tmp = await mkdtemp(join(tmpdir(), 'deployguard-clean-'));
  const marksFile = join(tmp, 'marks');
  const streams: GitStream[] = [];
  try {
    const importer = startGit(
      // Always keep the pack: unpacking small imports into loose objects would "freshen" (touch)
      // identical objects in the original repository through the alternates link.
      // Fast compression: deflating every rewritten blob at the default level was most of phase 1
      // (6.2 s against 2.8 s for 949 blobs of the synthetic benchmark); the deltas fast-import
      // finds keep the result as small as before (13.7 MB against 13.4 MB).
      [
        '-c',
        'fastimport.unpackLimit=0',
        '-c',
        'pack.compression=1',
        'fast-import',
        '--force',
        '--quiet',
        '--date-format=raw-permissive',
        `--export-marks=${marksFile}`,
      ],
      targetPath,
      secrets,
    );
    streams.push(importer);
    const sink = importer.child.stdin!;
    await writeAll(sink, 'feature done\n');
    const exported = await startExport(options, secrets, streams);
    await scanObjects(sourcePath, matcher, state, sink, format, secrets, streams, options.onProgress);
    await markSharedBlobIds(sourcePath, state);
    const { commitMarks, tips } = await rewriteCommits(
      exported,
      options.sourcePath,
      matcher,
      renamer,
      state,
      sink,
      zeroId,
    );
    sink.end();
    await importer.exited;

    const marks = parseMarks(await readFile(marksFile, 'latin1'));
    const commitMap = new Map<string, string>();
    for (const [mark, original] of commitMarks) commitMap.set(original, marks.get(mark) ?? zeroId);
    for (const pruned of state.prunedCommits) commitMap.set(pruned, zeroId);
    const refs = new Map<string, string>();
    for (const [ref, tip] of tips) {
      const oid = tip.startsWith(':') ? marks.get(tip) : tip;
      if (oid && !RAW_ID.test(ref)) refs.set(ref, oid);
    }
    const gitDir = (await gitText(['rev-parse', '--git-common-dir'], { cwd: targetPath })).trim();
    await setRefs(targetPath, resolve(targetPath, gitDir), refs);
    await gitText(['update-ref', '-d', IMPORT_REF], { cwd: targetPath });
    const notesRefs = (
      await gitText(['for-each-ref', '--format=%(refname)', 'refs/notes/'], { cwd: sourcePath })
    )
      .split('\n')
      .filter((ref) => ref !== '');
    await rewriteNotes({ sourcePath, targetPath, notesRefs, commitMap, zeroId, matcher, state, secrets });
    const skipPrefixes = (options.excludeRefs ?? []).map((p) => p.replace(/\*$/, ''));
    const objectTags = await rewriteObjectTags(
      { targetPath, matcher, renamer, state, commitMap },
      await findObjectTags(sourcePath, skipPrefixes),
    );
    return {
      commitMap,
      replacements: state.replacementReports(),
      binaryBlobs: state.binaryBlobs(),
      signatures: signatureReport(state),
      prunedCommits: state.prunedCommits,
      objectTags,
      renamedPaths: renamer.renamed(),
      totals: {
        commits: state.commits,
        commitsChanged: state.changedCommits.size,
        commitsPruned: state.prunedCommits.length,
        blobsChanged: state.blobsChanged(),
        occurrences: state.occurrences(),
      },
      objectsWithValues: state.objectsWithValues,
      rewrittenBlobsClean: state.rewrittenBlobsClean,
      zeroId,
    };
  } finally {
    for (const s of streams) killQuietly(s);
    await rm(tmp, { recursive: true, force: true });
  }
}

// Phase 1: every object of the store once, read whole and searched; changed blobs go straight to
// fast-import.
async function scanObjects(
  sourcePath: string,
  matcher: ReplacementMatcher,
  state: RewriteState,
  sink: Writable,
  format: string,
  secrets: readonly string[],
  streams: GitStream[],
  onProgress?: (objects: number) => void,
): Promise<void> {
  let objects = 0;
  const cat = startGit(['cat-file', '--batch-all-objects', '--batch', '--unordered'], sourcePath, secrets);
  streams.push(cat);
  cat.child.stdin!.end();
  let pending: Buffer[] = [];
  const reader = new CatFileParser({
    object: (oid, type, data) => {
      if (type === 'blob' && !isBinary(data)) {
        const result = matcher.apply(data);
        if (!result) return;
        state.objectsWithValues.add(oid);
        const newOid = hashBlob(result.data, format);
        // The verification of this blob, done here on the bytes written (a `$&` regex keeps its
        // match; a replacement may form a new one): a blob with a value left is read again.
        if (matcher.find(result.data, true).size === 0) state.rewrittenBlobsClean.add(newOid);
        state.changedBlobs.set(oid, { newOid, hits: result.hits, counted: false });
        if (state.newBlobIds.has(newOid)) state.sharedNewBlobIds.add(newOid);
        state.newBlobIds.add(newOid);
        pending.push(Buffer.from(`blob\ndata ${result.data.length}\n`), result.data, LF);
        return;
      }
      // Binary blobs are left as they are; trees, commits and tags are rewritten by fast-import
      // from the stream of phase 2. Each is searched here so that the verification knows which
      // of them it must read again.
      const hits = matcher.find(data);
      if (hits.size > 0) state.objectsWithValues.add(oid);
      if (type === 'blob') {
        if (hits.size > 0) state.binaryHits.set(oid, hits);
      } else if (type === 'commit') {
        if (hasCommitSignature(data)) state.signedCommits.add(oid);
      } else if (type === 'tag') {
        if (hasTagSignature(data)) state.signedTags.add(oid);
      }
    },
    wants: () => {
      if (onProgress && ++objects % 2000 === 0) onProgress(objects);
      return true;
    },
  });
  for await (const chunk of cat.child.stdout!) {
    reader.push(chunk as Buffer);
    if (pending.length > 0) {
      const out = Buffer.concat(pending);
      pending = [];
      await writeAll(sink, out);
    }
  }
  await cat.exited;
}

// Rewritten ids equal to a blob the source already holds (one batch-check for all of them).
async function markSharedBlobIds(sourcePath: string, state: RewriteState): Promise<void> {
  if (state.newBlobIds.size === 0) return;
  const out = await runGit(['cat-file', '--batch-check'], {
    cwd: sourcePath,
    input: [...state.newBlobIds].join('\n') + '\n',
  });
  for (const line of out.stdout.toString('latin1').split('\n')) {
    const [oid, type] = line.split(' ');
    if (type === 'blob') state.sharedNewBlobIds.add(oid);
  }
}

interface ImportedCommits {
  // Commit mark → original commit id.
  commitMarks: Map<string, string>;
  // Ref (or raw id fast-export named a commit by) → mark or id of its rewritten tip.
  tips: Map<string, string>;
}

interface ExportStream {
  exporter: GitStream;
  // What fast-export printed, read ahead while phase 1 runs.
  output: Readable;
}

// fast-export runs beside phase 1: its output (commits and tags without blob data, 5.5 MB for
// express's 11,467 commits) is read ahead into memory, up to EXPORT_READ_AHEAD bytes, after which
// git waits for phase 2.
const EXPORT_READ_AHEAD = 32 << 20;

async function startExport(
  options: RewriteHistoryOptions,
  secrets: readonly string[],
  streams: GitStream[],
): Promise<ExportStream> {
  const args = [
    'fast-export',
    '--no-data',
    '--show-original-ids',
    '--signed-tags=strip',
    '--tag-of-filtered-object=rewrite',
    // Keep each commit's own encoding header instead of re-encoding its message to UTF-8.
    '--reencode=no',
    '--reference-excluded-parents',
    '--fake-missing-tagger',
    '--use-done-feature',
    '--mark-tags',
  ];
  if (await supportsSignedCommitsOption(options.sourcePath)) args.push('--signed-commits=strip');
  for (const pattern of options.excludeRefs ?? []) args.push(`--exclude=${pattern}`);
  args.push(`--exclude=${NOTES_REF_GLOB}`, '--all', ...(options.extraCommits ?? []));
  const exporter = startGit(args, options.sourcePath, secrets);
  streams.push(exporter);
  exporter.child.stdin!.end();
  const output = new PassThrough({ highWaterMark: EXPORT_READ_AHEAD });
  exporter.child.stdout!.pipe(output);
  return { exporter, output };
}

// Phase 2: commits and tags, every commit on IMPORT_REF; the refs' new tips are returned.
async function rewriteCommits(
  { exporter, output }: ExportStream,
  sourcePath: string,
  matcher: ReplacementMatcher,
  renamer: PathRenamer,
  state: RewriteState,
  sink: Writable,
  zeroId: string,
): Promise<ImportedCommits> {
  const commitMarks = new Map<string, string>();
  const tips = new Map<string, string>();
  const aliases = new Map<string, string>(); // mark of a pruned commit → its parent
  const alias = (ref: string) => aliases.get(ref) ?? ref;
  const originalOf = (ref: string) => (ref.startsWith(':') ? commitMarks.get(ref) : ref);

  const handle = async (cmd: ExportCommand): Promise<ExportCommand | null> => {
    switch (cmd.kind) {
      case 'raw':
        // Our own `feature done` already opened the stream, ahead of the blobs.
        return cmd.line.startsWith('feature ') ? null : cmd;
      case 'reset':
        // A branch's state is kept here: fast-import only sees IMPORT_REF.
        if (cmd.from !== undefined) tips.set(cmd.ref, alias(cmd.from));
        else tips.delete(cmd.ref);
        return null;
      case 'tag': {
        if (cmd.originalOid && state.signedTags.has(cmd.originalOid)) state.droppedTagSignatures++;
        const hits = matcher.apply(cmd.message);
        if (hits) {
          cmd.message = hits.data;
          state.messageOfTag(hits.hits, displayPath(cmd.name));
        }
        cmd.from = alias(cmd.from);
        // fast-import writes refs/tags/<name> itself; a later reset of that ref still wins.
        if (cmd.mark) tips.set(`refs/tags/${cmd.name}`, cmd.mark);
        else tips.delete(`refs/tags/${cmd.name}`);
        return cmd;
      }
      case 'commit':
        return handleCommit(cmd);
    }
  };

  const handleCommit = async (cmd: CommitCommand): Promise<ExportCommand | null> => {
    const original = cmd.originalOid ?? zeroId;
    const ref = cmd.ref;
    cmd.ref = IMPORT_REF;
    // Without `from` a commit continues its branch, or starts a history when the branch is new
    // (written below as a reset of IMPORT_REF).
    if (cmd.from === undefined) cmd.from = tips.get(ref);
    state.commits++;
    if (cmd.mark) commitMarks.set(cmd.mark, original);
    if (state.signedCommits.has(original)) state.droppedCommitSignatures++;
    const message = matcher.apply(cmd.message);
    if (message) {
      cmd.message = message.data;
      state.messageOfCommit(message.hits, original);
    }
    const originalParent = cmd.from;
    // Only a non-merge commit that changed files may become empty; merges keep their parents.
    let candidate =
      cmd.from !== undefined &&
      cmd.merges.length === 0 &&
      cmd.changes.length > 0 &&
      ref !== NEVER_PRUNED_REF &&
      !RAW_ID.test(ref);
    const entries: WrittenFile[] = [];
    for (let i = 0; i < cmd.changes.length; i++) {
      const line = cmd.changes[i];
      if (line.startsWith('D ')) {
        const renamed = renamer.rename(line.slice(2));
        if (renamed) cmd.changes[i] = `D ${quotePath(renamed.path)}`;
      }
      if (!line.startsWith('M ')) {
        candidate = false;
        continue;
      }
      const sp1 = line.indexOf(' ', 2);
      const sp2 = line.indexOf(' ', sp1 + 1);
      const mode = line.slice(2, sp1);
      let oid = line.slice(sp1 + 1, sp2);
      let path = line.slice(sp2 + 1);
      const renamed = renamer.rename(path);
      if (renamed) {
        // Reported under its new name: the old one holds the value.
        state.pathOfCommit(renamed.hits, original, displayPath(renamed.path));
        path = quotePath(renamed.path);
        cmd.changes[i] = `M ${mode} ${oid} ${path}`;
        candidate = false;
      }
      const changed = state.changedBlobs.get(oid);
      if (changed) {
        if (!state.sharedNewBlobIds.has(changed.newOid)) candidate = false;
        oid = changed.newOid;
        cmd.changes[i] = `M ${mode} ${oid} ${path}`;
        state.blobInCommit(changed, original, displayPath(path));
      } else {
        if (state.binaryHits.has(oid)) state.binaryBlobInCommit(oid, displayPath(path));
        // An untouched blob can only be a no-op if it equals a rewritten version in the parent.
        if (!state.newBlobIds.has(oid)) candidate = false;
      }
      if (candidate) entries.push({ mode, oid, path });
    }
    if (cmd.from !== undefined) cmd.from = alias(cmd.from);
    const parents = new Set(cmd.from !== undefined ? [cmd.from] : []);
    cmd.merges = cmd.merges.map(alias).filter((m) => !parents.has(m) && parents.add(m));

    if (candidate && originalParent !== undefined) {
      const parentOid = originalOf(originalParent);
      if (parentOid && (await becameEmpty(sourcePath, parentOid, entries, state))) {
        state.prunedCommits.push(original);
        if (cmd.mark) aliases.set(cmd.mark, cmd.from!);
        // The branch that pointed at the dropped commit now points at its parent.
        tips.set(ref, cmd.from!);
        return null;
      }
    }
    if (cmd.mark) tips.set(ref, cmd.mark);
    return cmd;
  };

  const parser = new FastExportParser();
  const flush = async (commands: ExportCommand[]) => {
    const out: Buffer[] = [];
    for (const cmd of commands) {
      const written = await handle(cmd);
      if (written?.kind === 'commit' && written.from === undefined) out.push(ROOT_RESET);
      if (written) out.push(writeCommand(written));
    }
    if (out.length > 0) await writeAll(sink, Buffer.concat(out));
  };
  for await (const chunk of output) await flush(parser.push(chunk as Buffer));
  await flush(parser.push(Buffer.alloc(0), true));
  await exporter.exited;
  return { commitMarks, tips };
}
