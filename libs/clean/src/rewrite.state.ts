// What one rewrite learns as it goes: which blobs changed, and per replacement which commits,
// tags and paths held a value. Kept apart from the stream code so both phases share it.
import type { BinaryBlobReport, ReplacementReport } from './clean.report';
import type { HitCounts } from './replacement.matcher';
import { replacementLabel, type Replacement } from './replacement.model';

export interface ChangedBlob {
  newOid: string;
  hits: HitCounts;
  counted: boolean;
}

interface Tally {
  commits: Set<string>;
  tags: Set<string>;
  paths: Set<string>;
  occurrences: number;
}

export class RewriteState {
  readonly changedBlobs = new Map<string, ChangedBlob>();
  // Ids of the rewritten blobs: an unchanged blob equal to one of them may make a commit empty.
  readonly newBlobIds = new Set<string>();
  // Rewritten ids that another version of a file may also have: made from two or more original
  // blobs, or equal to a blob already in the repository. A file rewritten to any other id cannot
  // equal its parent's version, so only these make a commit worth checking for emptiness.
  readonly sharedNewBlobIds = new Set<string>();
  readonly binaryHits = new Map<string, HitCounts>();
  // Objects of the source in which phase 1 found a selected value (any type). Phase 1 reads every
  // object of the store whole, so an object of the source not in this set holds none: the
  // verification looks again only at these and at the objects the clean wrote.
  readonly objectsWithValues = new Set<string>();
  // Rewritten blobs searched again, right after the replacement, and found clean. Their id is the
  // hash of those very bytes, so the verification needs not read them back from the store.
  readonly rewrittenBlobsClean = new Set<string>();
  readonly signedCommits = new Set<string>();
  readonly signedTags = new Set<string>();
  readonly prunedCommits: string[] = [];
  readonly changedCommits = new Set<string>();
  droppedCommitSignatures = 0;
  droppedTagSignatures = 0;
  commits = 0;
  private readonly tallies: Tally[];
  private readonly binary = new Map<string, BinaryBlobReport>();

  constructor(private readonly replacements: readonly Replacement[]) {
    this.tallies = replacements.map(() => ({
      commits: new Set(),
      tags: new Set(),
      paths: new Set(),
      occurrences: 0,
    }));
  }

  blobInCommit(blob: ChangedBlob, commit: string, path: string): void {
    this.changedCommits.add(commit);
    for (const [index, count] of blob.hits) {
      const t = this.tallies[index];
      t.commits.add(commit);
      t.paths.add(path);
      // A blob version shared by many commits is counted once.
      if (!blob.counted) t.occurrences += count;
    }
    blob.counted = true;
  }

  messageOfCommit(hits: HitCounts, commit: string): void {
    this.changedCommits.add(commit);
    for (const [index, count] of hits) {
      this.tallies[index].commits.add(commit);
      this.tallies[index].occurrences += count;
    }
  }

  // A path (file or directory name) that held a value; `path` is the original, for the report.
  pathOfCommit(hits: HitCounts, commit: string, path: string): void {
    this.changedCommits.add(commit);
    for (const [index, count] of hits) {
      this.tallies[index].commits.add(commit);
      this.tallies[index].paths.add(path);
      this.tallies[index].occurrences += count;
    }
  }

  // A blob a tag reaches without a commit (a lightweight tag on a key file, a file of a tagged
  // tree): counted once, like a blob version shared by commits.
  blobOfTag(blob: ChangedBlob, tag: string): void {
    for (const [index, count] of blob.hits) {
      const t = this.tallies[index];
      t.tags.add(tag);
      if (!blob.counted) t.occurrences += count;
    }
    blob.counted = true;
  }

  messageOfTag(hits: HitCounts, tag: string): void {
    for (const [index, count] of hits) {
      this.tallies[index].tags.add(tag);
      this.tallies[index].occurrences += count;
    }
  }

  binaryBlobInCommit(blob: string, path: string): void {
    const key = `${blob}\0${path}`;
    if (this.binary.has(key)) return;
    const hits = this.binaryHits.get(blob)!;
    const labels = [...hits.keys()].map((i) => replacementLabel(this.replacements[i], i));
    this.binary.set(key, { path, blob, labels });
  }

  replacementReports(): ReplacementReport[] {
    return this.replacements.map((r, i) => ({
      label: replacementLabel(r, i),
      kind: r.kind,
      commits: [...this.tallies[i].commits],
      tags: [...this.tallies[i].tags],
      paths: [...this.tallies[i].paths].sort(),
      occurrences: this.tallies[i].occurrences,
    }));
  }

  binaryBlobs(): BinaryBlobReport[] {
    return [...this.binary.values()];
  }

  blobsChanged(): number {
    let n = 0;
    for (const b of this.changedBlobs.values()) if (b.counted) n++;
    return n;
  }

  occurrences(): number {
    return this.tallies.reduce((sum, t) => sum + t.occurrences, 0);
  }
}
