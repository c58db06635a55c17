// GET /scheduler/status: whether a scheduler leads (someone holds the advisory lock), the last and
// next run of each cron, queue depths, active scans and totals. Aggregates only: nothing about
// any one user's repositories.
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

  async execute(now = new Date()) {
    const [running, lastRuns, summary, totals, depths] = await Promise.all([
      this.schedulerRuns.isAdvisoryLockHeld(SCHEDULER_LOCK_KEY),
      this.schedulerRuns.lastRuns(),
      this.scanRuns.statusSummary(),
      this.schedulerRuns.repositoryTotals(),
      this.queue.queueDepths().catch(() => null),
    ]);
    const last = new Map(lastRuns.map((r) => [r.cron, r]));
    return {
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
                error_message: run.errorMessage,
                result: run.result,
              }
            : null,
          next_run_at: iso(new CronTime(expression, 'UTC').getNextDateFrom(now).toJSDate()),
        };
      }),
      // null while the broker is unreachable
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
