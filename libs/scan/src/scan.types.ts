import type { ScanConfig } from '@deployguard/detect';
import type { ScanReport } from '@deployguard/report';
import type { PhaseTiming } from './phase-timing';

export type { PhaseTiming, ScanPhaseName } from './phase-timing';

export type ScanPhase = 'indexing' | 'scanning' | 'attributing';

export interface ScanProgress {
  phase: ScanPhase;
  done: number;
  total: number;
}

export interface ScanOptions {
  path: string; // a repository (work tree or bare) or a plain directory
  history: boolean; // every commit of the selected refs, plus uncommitted files; false: files only
  revs?: readonly string[]; // default: every ref (--all)
  uncommitted?: boolean; // history scans of a work tree: also its uncommitted files (default true)
  // History scans: the commit whose .deployguardignore applies (a range's base: the range cannot
  // ignore its own leak), instead of the work tree's (HEAD's in a bare repository).
  ignoreFrom?: string;
  config: ScanConfig;
  baseline?: ReadonlySet<string>;
  // Worker threads that scan blobs (0: all in this thread). Default: one per core for a working
  // tree, the cores left after git's for a history scan (historyScanThreads).
  threads?: number;
  keepSecretValues?: boolean; // needed by `clean --secret-id`; never written to a report
  displayName?: string; // how the repository is named in the report (a scrubbed URL)
  onProgress?: (progress: ScanProgress) => void;
  // A rescan: only commits not reachable from these tips are indexed, and only blobs not in
  // `objects` are read (both from the previous scan's `state`).
  incremental?: IncrementalBase;
}

export interface IncrementalBase {
  refTips: readonly string[];
  objects: ReadonlySet<string>;
}

// What a later incremental scan of the same repository starts from.
export interface ScanState {
  refTips: string[];
  objects: string[];
}

export interface ScanResult {
  report: ScanReport;
  // fingerprint -> secret value, only with keepSecretValues
  secrets: Map<string, string>;
  // fingerprint -> the real file of a finding whose `file` the report shows masked (a name that
  // holds a value the scan found); the fingerprint was made from it.
  realFiles: Map<string, string>;
  // History scans only (empty for a working-tree scan).
  state: ScanState;
  // History scans only: wall and CPU time per phase, in order (`detection` overlaps `blob read`:
  // it is the summed busy time of the threads that scanned blobs). For benchmarks; not reported.
  timings: PhaseTiming[];
  // History scans only: set when git could not read a single commit of the refs (a store whose
  // packs it cannot use, every object missing): the scan saw nothing, whatever it reports.
  historyUnread?: boolean;
}

export class ScanInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScanInputError';
  }
}
