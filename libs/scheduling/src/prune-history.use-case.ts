// Daily: finished scan runs older than SCAN_RUN_RETENTION_DAYS (a repository's latest run is
// kept), audit rows older than AUDIT_LOG_RETENTION_DAYS and the scheduler's own run history.
import type { AuditStore, ScanRunStore, SchedulerRunStore, SchedulingConfig } from './scheduling.ports';

const DAY_MS = 86_400_000;

export class PruneHistory {
  constructor(
    private readonly scanRuns: ScanRunStore,
    private readonly audit: AuditStore,
    private readonly schedulerRuns: Pick<SchedulerRunStore, 'deleteOlderThan'>,
    private readonly config: SchedulingConfig,
  ) {}

  async execute(now = new Date()) {
    const { scanRunRetentionDays, auditLogRetentionDays } = this.config.retention;
    const runsCutoff = new Date(now.getTime() - scanRunRetentionDays * DAY_MS);
    return {
      scan_runs_deleted: await this.scanRuns.deleteFinishedBefore(runsCutoff),
      audit_logs_deleted: await this.audit.deleteOlderThan(
        new Date(now.getTime() - auditLogRetentionDays * DAY_MS),
      ),
      scheduler_runs_deleted: await this.schedulerRuns.deleteOlderThan(runsCutoff),
    };
  }
}
