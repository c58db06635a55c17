// Notes follow the rewrite. A notes ref is a history of its own whose tree names the annotated
// objects by path (`<id>` or fan-out `ab/cdef…`), so the main rewrite would keep them pointing at
// the old commit ids. Once the commit map is known, each notes ref is exported again and imported
// with those paths mapped to the new ids (notes of pruned commits dropped), note blobs pointing at
// their cleaned versions (written in phase 1) and notes commit messages cleaned.
import type { Writable } from 'node:stream';
import { FastExportParser, writeCommand, type CommitCommand, type ExportCommand } from './fast-export.parser';
import { killQuietly, startGit, writeAll, type GitStream } from './git-stream.util';
import type { ReplacementMatcher } from './replacement.matcher';
import type { RewriteState } from './rewrite.state';

export const NOTES_REF_GLOB = 'refs/notes/*';

export interface NotesRewriteOptions {
  sourcePath: string;
  targetPath: string;
  notesRefs: readonly string[];
  commitMap: ReadonlyMap<string, string>;
  zeroId: string;
  matcher: ReplacementMatcher;
  state: RewriteState;
  secrets: readonly string[];
}

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Rewrites every given notes ref into the target; the refs must not have been imported before. */
export async function rewriteNotes(options: NotesRewriteOptions): Promise<void> {
  if (options.notesRefs.length === 0) return;
  const streams: GitStream[] = [];
  try {
    const importer = startGit(
      ['-c', 'fastimport.unpackLimit=0', 'fast-import', '--force', '--quiet', '--date-format=raw-permissive'],
      options.targetPath,
      options.secrets,
    );
    streams.push(importer);
    const exporter = startGit(
      [
        'fast-export',
        '--no-data',
        '--show-original-ids',
        '--reencode=no',
        '--use-done-feature',
        '--signed-tags=strip',
        ...options.notesRefs,
      ],
      options.sourcePath,
      options.secrets,
    );
    streams.push(exporter);
    exporter.child.stdin!.end();
    const sink: Writable = importer.child.stdin!;
    const parser = new FastExportParser();
    const flush = async (commands: ExportCommand[]) => {
      const out: Buffer[] = [];
      for (const cmd of commands)
        out.push(writeCommand(cmd.kind === 'commit' ? mapNotesCommit(cmd, options) : cmd));
      if (out.length > 0) await writeAll(sink, Buffer.concat(out));
    };
    for await (const chunk of exporter.child.stdout!) await flush(parser.push(chunk as Buffer));
    await flush(parser.push(Buffer.alloc(0), true));
    await exporter.exited;
    sink.end();
    await importer.exited;
  } finally {
    for (const s of streams) killQuietly(s);
  }
}

function mapNotesCommit(cmd: CommitCommand, options: NotesRewriteOptions): CommitCommand {
  const { state, matcher } = options;
  const original = cmd.originalOid ?? options.zeroId;
  // Notes commits are commits of the history too: counted with the others in the totals.
  state.commits++;
  const message = matcher.apply(cmd.message);
  if (message) {
    cmd.message = message.data;
    state.messageOfCommit(message.hits, original);
  }
  const changes: string[] = [];
  for (const line of cmd.changes) {
    if (line.startsWith('M ')) {
      const sp1 = line.indexOf(' ', 2);
      const sp2 = line.indexOf(' ', sp1 + 1);
      const mode = line.slice(2, sp1);
      let blob = line.slice(sp1 + 1, sp2);
      const target = mapPath(line.slice(sp2 + 1), options);
      if (target === null) continue;
      const changed = state.changedBlobs.get(blob);
      if (changed) {
        blob = changed.newOid;
        state.blobInCommit(changed, original, `notes ${cmd.ref} ${target}`);
      }
      changes.push(`M ${mode} ${blob} ${target}`);
    } else if (line.startsWith('D ')) {
      const target = mapPath(line.slice(2), options);
      if (target !== null) changes.push(`D ${target}`);
    } else changes.push(line);
  }
  cmd.changes = changes;
  return cmd;
}

// The note's new path: the rewritten id of the annotated commit, without fan-out (git reads any
// fan-out); null for a pruned commit; other paths (notes on blobs, odd files) unchanged.
function mapPath(path: string, options: NotesRewriteOptions): string | null {
  const id = path.replace(/\//g, '');
  if (!OBJECT_ID.test(id)) return path;
  const mapped = options.commitMap.get(id);
  if (mapped === undefined) return path;
  return mapped === options.zeroId ? null : mapped;
}
