// POST /scan/now (admin): a scan run for every enabled repository, at most once per cooldown
// across all API replicas (the mark is taken in one atomic statement).
import { BrokerUnavailableError } from '@deployguard/messaging';
import { JobsError } from '@deployguard/jobs';
import type { TriggerScanRun } from './trigger-scan-run.use-case';
import type {
  RepositoryStore,
  SchedulerRunStore,
  SchedulingConfig,
  SchedulingLogger,
} from './scheduling.ports';

export const SCAN_NOW_MARK = 'scan-now';

export type TriggerAllScansResult =
  | { readonly outcome: 'forbidden' }
  | { readonly outcome: 'cooldown'; readonly retryAfterS: number }
  | {
      readonly outcome: 'accepted';
      readonly repositories: number;
      readonly queued: number;
      readonly already_active: number;
      readonly failed: number;
      readonly scan_run_ids: string[];
    };

export class TriggerAllScans {
  constructor(
    private readonly repositories: RepositoryStore,
    private readonly marks: Pick<SchedulerRunStore, 'takeMark' | 'releaseMark'>,
    private readonly trigger: TriggerScanRun,
    private readonly config: SchedulingConfig,
    private readonly logger: SchedulingLogger,
  ) {}

  async execute(input: { userId: string }): Promise<TriggerAllScansResult> {
    if (!this.config.adminUserIds.includes(input.userId)) return { outcome: 'forbidden' };
    const mark = await this.marks.takeMark(SCAN_NOW_MARK, this.config.scheduler.scanNowCooldownS);
    if (!mark.taken) return { outcome: 'cooldown', retryAfterS: mark.retryAfterS };
    const enabled = await this.repositories.listEnabled();
    let queued = 0;
    let alreadyActive = 0;
    let failed = 0;
    const ids: string[] = [];
    for (const repository of enabled) {
      try {
        const { run, created } = await this.trigger.execute(repository, 'bulk');
        ids.push(run.id);
        if (created) queued++;
        else alreadyActive++;
      } catch (error) {
        const brokerDown =
          error instanceof BrokerUnavailableError ||
          (error instanceof JobsError && error.kind === 'unavailable');
        // nothing was queued: give the cooldown back so the admin can simply try again
        if (brokerDown && ids.length === 0) {
          await this.marks.releaseMark(SCAN_NOW_MARK);
          throw error;
        }
        failed++;
        this.logger.warn(
          { repository_id: repository.id, error: (error as Error).message },
          'bulk scan trigger failed for a repository',
        );
      }
    }
    return {
      outcome: 'accepted',
      repositories: enabled.length,
      queued,
      already_active: alreadyActive,
      failed,
      scan_run_ids: ids,
    };
  }
}
