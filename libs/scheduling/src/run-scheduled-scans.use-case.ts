// Every minute: each enabled repository whose next_scan_at is due gets a scan run (idempotent: a
// run already queued or running counts, no second one) and its next_scan_at moves to the next
// scheduled time. A broker outage stops the pass without moving next_scan_at, so the repositories
// are due again at the next tick.
import { JobsError } from '@deployguard/jobs';
import { nextScanAtOf } from './schedule.util';
import type { TriggerScanRun } from './trigger-scan-run.use-case';
import type { RepositoryStore, SchedulingLogger } from './scheduling.ports';

const MAX_PER_RUN = 500;

export interface ScheduledScansResult {
  due: number;
  queued: number;
  already_active: number;
  failed: number;
}

export class RunScheduledScans {
  constructor(
    private readonly repositories: RepositoryStore,
    private readonly trigger: TriggerScanRun,
    private readonly logger: SchedulingLogger,
  ) {}

  async execute(now = new Date()): Promise<ScheduledScansResult> {
    const due = await this.repositories.findDue(now, MAX_PER_RUN);
    const result: ScheduledScansResult = { due: due.length, queued: 0, already_active: 0, failed: 0 };
    for (const repository of due) {
      try {
        const { created } = await this.trigger.execute(repository, 'schedule');
        if (created) result.queued++;
        else result.already_active++;
      } catch (error) {
        result.failed++;
        if (error instanceof JobsError && error.kind === 'unavailable') {
          this.logger.warn(
            { due: due.length },
            'message broker unavailable; scheduled scans wait for the next run',
          );
          break;
        }
        this.logger.error(
          { repository_id: repository.id, error: (error as Error).message },
          'scheduled scan not queued',
        );
      }
      await this.repositories.setNextScanAt(repository.id, nextScanAtOf(repository, now));
    }
    return result;
  }
}
