// Queues a scan run of a registered repository: the run, its job (source = the repository) and the
// scan message are created together or not at all, and a run already queued or running is
// returned instead of a second one. Shared by the manual trigger, the bulk trigger and the
// scheduler's scheduled scans.
import { brokerFailure, quotaFailure } from '@deployguard/jobs';
import { createTaskMessage, type TaskPriority } from '@deployguard/messaging';
import type { RepositoryRegistrationEntity, ScanRunTrigger } from '@deployguard/persistence';
import { toRepositoryView, toScanRunView, type ScanRunView } from './repository.presenter';
import { repositoryNotFound } from './repository-input';
import type {
  RepositoryStore,
  ScanQueue,
  SchedulingConfig,
  SchedulingTransactions,
} from './scheduling.ports';

export interface TriggeredScan {
  run: ScanRunView;
  // false: the repository already had a queued or running scan, which is returned
  created: boolean;
}

const DAY_MS = 86_400_000;
// Interactive triggers go before scheduled ones in the scan queue.
const PRIORITY: Record<ScanRunTrigger, TaskPriority> = { manual: 'high', bulk: 'normal', schedule: 'normal' };

export class TriggerScanRun {
  constructor(
    private readonly transactions: SchedulingTransactions,
    private readonly queue: ScanQueue,
    private readonly config: SchedulingConfig,
  ) {}

  async execute(repository: RepositoryRegistrationEntity, trigger: ScanRunTrigger): Promise<TriggeredScan> {
    try {
      return await this.transactions.withTransaction(async (tx) => {
        const { run, created } = await tx.scanRuns.enqueue(repository.id, trigger);
        if (!created) return { run: toScanRunView(run), created };
        // a user's own trigger counts against their cap of active jobs; scheduled and admin bulk
        // runs were configured ahead of time and are not refused
        if (trigger === 'manual')
          await tx.jobs.checkActiveCap(repository.userId, this.config.limits.maxActiveJobsPerUser);
        const job = await tx.jobs.create({
          userId: repository.userId,
          sourcePlatform: 'generic',
          sourceUrl: repository.url,
          sourceBranch: repository.branch,
          sourceCredentialsId: repository.credentialsId,
          webhookUrl: repository.webhookUrl,
          repositoryId: repository.id,
          expiresAt: new Date(Date.now() + this.config.retention.jobTtlDays * DAY_MS),
        });
        await tx.scanRuns.attachJob(run.id, job.id);
        await this.queue.publish(
          createTaskMessage({ job_id: job.id, user_id: repository.userId, kind: 'scan' }),
          { priority: PRIORITY[trigger] },
        );
        return { run: toScanRunView({ ...run, jobId: job.id }), created };
      });
    } catch (error) {
      throw brokerFailure(quotaFailure(error), 'the scan was not queued');
    }
  }
}

// POST /repositories/{id}/scan
export class StartRepositoryScan {
  constructor(
    private readonly repositories: RepositoryStore,
    private readonly trigger: TriggerScanRun,
  ) {}

  async execute(input: { userId: string; repositoryId: string }) {
    const repository = await this.repositories.findForUser(input.repositoryId, input.userId);
    if (!repository) throw repositoryNotFound(input.repositoryId);
    const triggered = await this.trigger.execute(repository, 'manual');
    return { ...triggered, repository: toRepositoryView(repository) };
  }
}
