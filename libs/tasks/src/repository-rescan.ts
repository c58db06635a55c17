// The part of a scan task that only jobs of a registered repository have (SPEC §7): the scan run
// moves with the job, the previous scan's state makes the scan incremental (only commits not
// reachable from the old ref tips are indexed, only blobs not seen before are read), findings
// whose fingerprint an earlier job of the repository already stored are kept as not new, and the
// new state is stored for the next rescan.
//
// The state is written just before the job's final transition, after the findings and reports.
// A redelivery after that point would find a state that already covers this job's objects; the
// state records the job that wrote it, so such a redelivery scans in full instead of finding
// nothing.
import type { NewSecret, ScanRunEntity } from '@deployguard/persistence';
import type { IncrementalBase, ScanState } from '@deployguard/scan';
import { nextScanAtOf } from '@deployguard/scheduling';
import { scanStateKey } from '@deployguard/storage';
import type { TaskDependencies } from './tasks.types';

interface StoredScanState extends ScanState {
  format: 'deployguard-scan-state';
  version: 1;
  repository_id: string;
  job_id: string;
  scanned_at: string;
}

const PROGRESS_INTERVAL_MS = 1000;

export class RepositoryRescan {
  private lastProgressAt = 0;

  private constructor(
    private readonly deps: TaskDependencies,
    private readonly jobId: string,
    readonly repositoryId: string,
    private readonly run: ScanRunEntity | null,
    readonly base: IncrementalBase | undefined,
  ) {}

  // null for a job that is not a registered repository's scan.
  static async begin(
    deps: TaskDependencies,
    job: { id: string; repositoryId: string | null },
  ): Promise<RepositoryRescan | null> {
    if (!job.repositoryId) return null;
    let run = (await deps.repos.scanRuns?.findByJobId(job.id)) ?? null;
    if (run && (run.status === 'queued' || run.status === 'running'))
      run = await deps.repos.scanRuns!.markRunning(run.id, job.id);
    else run = null; // already finished (a redelivery after the end): leave it as it is
    const base = await loadState(deps, job.repositoryId, job.id);
    return new RepositoryRescan(deps, job.id, job.repositoryId, run, base);
  }

  get incremental(): boolean {
    return this.base !== undefined;
  }

  // Throttled and never fatal: the scan run's progress is for display.
  progress(percent: number): void {
    const now = Date.now();
    if (!this.run || now - this.lastProgressAt < PROGRESS_INTERVAL_MS) return;
    this.lastProgressAt = now;
    void this.deps.repos
      .scanRuns!.setProgress(this.run.id, Math.max(0, Math.min(100, Math.round(percent))))
      .catch(() => undefined);
  }

  // Marks each finding new or not by the earliest job of this repository that stored it.
  async classify(secrets: NewSecret[]): Promise<{ secrets: NewSecret[]; newCount: number }> {
    const firstSeen = await this.deps.repos.secrets.firstSeenJobIds(
      this.repositoryId,
      secrets.map((s) => s.fingerprint),
    );
    let newCount = 0;
    const classified = secrets.map((s) => {
      const first = firstSeen.get(s.fingerprint);
      const isNew = !first || first === this.jobId;
      if (isNew) newCount++;
      return { ...s, isNew, firstSeenJobId: isNew ? this.jobId : first };
    });
    return { secrets: classified, newCount };
  }

  // After the findings and reports are stored, before the job's final status.
  async finish(state: ScanState, outcome: { newFindings: number; objectsScanned: number }): Promise<void> {
    const { storage, repos, logger } = this.deps;
    const key = scanStateKey(this.repositoryId);
    const stored: StoredScanState = {
      format: 'deployguard-scan-state',
      version: 1,
      repository_id: this.repositoryId,
      job_id: this.jobId,
      scanned_at: new Date().toISOString(),
      refTips: state.refTips,
      objects: state.objects,
    };
    let seenObjectsKey: string | undefined = key;
    try {
      await storage.putBuffer(key, Buffer.from(JSON.stringify(stored)), 'application/json');
    } catch (err) {
      // the next rescan is then a full scan: slower, never wrong
      seenObjectsKey = undefined;
      logger.warn({ job_id: this.jobId, error: (err as Error).message }, 'scan state not stored');
    }
    const totalFindings = await repos.secrets.countFingerprintsForRepository(this.repositoryId);
    if (this.run) {
      await repos.scanRuns!.finish(this.run.id, {
        status: 'succeeded',
        newFindings: outcome.newFindings,
        totalFindings,
        objectsScanned: outcome.objectsScanned,
      });
    }
    const registration = await repos.repositories?.findById(this.repositoryId);
    if (registration && this.run) {
      const now = new Date();
      await repos.repositories!.recordScan(this.repositoryId, {
        scanRunId: this.run.id,
        lastScanAt: now,
        nextScanAt: nextScanAtOf(registration, now),
        seenObjectsKey,
      });
    }
  }

  // A cancelled job ends its scan run too; failures after the retries are the sweeper's.
  async cancelled(): Promise<void> {
    if (!this.run) return;
    await this.deps.repos
      .scanRuns!.finish(this.run.id, { status: 'failed', errorMessage: 'the scan job was cancelled' })
      .catch(() => undefined);
  }
}

async function loadState(
  deps: TaskDependencies,
  repositoryId: string,
  jobId: string,
): Promise<IncrementalBase | undefined> {
  const key = scanStateKey(repositoryId);
  try {
    if (!(await deps.storage.exists(key))) return undefined;
    const parsed = JSON.parse((await deps.storage.getBuffer(key)).toString('utf8')) as StoredScanState;
    const valid =
      parsed.format === 'deployguard-scan-state' &&
      parsed.repository_id === repositoryId &&
      Array.isArray(parsed.refTips) &&
      Array.isArray(parsed.objects) &&
      parsed.refTips.every((t) => typeof t === 'string') &&
      parsed.objects.every((o) => typeof o === 'string');
    if (!valid || parsed.job_id === jobId) return undefined;
    return { refTips: parsed.refTips, objects: new Set(parsed.objects) };
  } catch (err) {
    deps.logger.warn(
      { job_id: jobId, repository_id: repositoryId, error: (err as Error).message },
      'previous scan state unreadable; scanning in full',
    );
    return undefined;
  }
}
