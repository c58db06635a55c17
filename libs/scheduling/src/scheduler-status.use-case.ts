// GET /scheduler/status: whether a scheduler leads (someone holds the advisory lock), the last and
// next run of each cron, queue depths, active scans and totals. A user sees the figures of their
// own repositories only; global figures (everyone's totals, queue depths, what each cron run did)
// are for administrators (ADMIN_USER_IDS).
import { CronTime } from 'cron';
import { SCHEDULER_LOCK_KEY } from './scheduler-lock';
import { CRON_NAMES, cronExpressionOf } from './scheduler-crons';
import type { QueueStats, ScanRunStore, SchedulerRunStore, SchedulingConfig } from './scheduling.ports';

const iso = (d: Date | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

export class GetSchedulerStatus {
  constructor(
    private readonly schedulerRuns: SchedulerRunStore,
    private readonly scanRuns: ScanRunStore,
    private readonly queue: QueueStats,
    private readonly config: SchedulingConfig,
  ) {}

  async execute(userId: string, now = new Date()) {
    const admin = this.config.adminUserIds.includes(userId);
    const scope = admin ? undefined : userId;
    const [running, lastRuns, summary, totals, depths] = await Promise.all([
      this.schedulerRuns.isAdvisoryLockHeld(SCHEDULER_LOCK_KEY),
      this.schedulerRuns.lastRuns(),
      this.scanRuns.statusSummary(scope),
      this.schedulerRuns.repositoryTotals(scope),
      admin ? this.queue.queueDepths().catch(() => null) : Promise.resolve(null),
    ]);
    const last = new Map(lastRuns.map((r) => [r.cron, r]));
    return {
      scope: admin ? ('all' as const) : ('user' as const),
      running,
      crons: CRON_NAMES.map((name) => {
        const expression = cronExpressionOf(this.config, name);
        const run = last.get(name);
        return {
          name,
          schedule: expression,
          last_run: run
            ? {
                status: run.status,
                started_at: iso(run.startedAt),
                finished_at: iso(run.finishedAt),
                // what a run did covers every user's repositories
                error_message: admin ? run.errorMessage : null,
                result: admin ? run.result : null,
              }
            : null,
          next_run_at: iso(new CronTime(expression, 'UTC').getNextDateFrom(now).toJSDate()),
        };
      }),
      // null while the broker is unreachable, and for users who are no administrators
      queue_depth: depths
        ? {
            scan: depths.scan.messages,
            clean: depths.clean.messages,
            push: depths.push.messages,
            retry: depths.retry.messages,
            dead: depths.dead.messages,
          }
        : null,
      active_scans: { queued: summary.queued, running: summary.running },
      totals: {
        repositories: totals.repositories,
        enabled_repositories: totals.enabled,
        scan_runs_succeeded: summary.succeeded,
        scan_runs_failed: summary.failed,
        last_scan_finished_at: iso(summary.lastFinishedAt),
      },
    };
  }
}
