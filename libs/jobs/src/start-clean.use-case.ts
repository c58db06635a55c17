// POST /jobs/{id}/clean: awaiting_selection → cleaning and the clean message, in one transaction
// (a failed publish rolls the status back, so the user can simply retry).
import { createTaskMessage } from '@deployguard/messaging';
import { IllegalTransitionError, transitionJob } from '@deployguard/persistence';
import { brokerFailure } from './broker-failure.util';
import type { CreatedJobView } from './create-scan-job.use-case';
import { ownedJob } from './get-job.use-case';
import { conflict, invalidInput } from './jobs.errors';
import type { JobStore, SecretStore, TaskQueue, TransactionScope } from './jobs.ports';

export class StartClean {
  constructor(
    private readonly jobs: JobStore,
    private readonly secrets: SecretStore,
    private readonly queue: TaskQueue,
    private readonly transactions: TransactionScope,
  ) {}

  async execute(input: { userId: string; jobId: string }): Promise<CreatedJobView> {
    const job = await ownedJob(this.jobs, input.jobId, input.userId);
    if (job.status !== 'awaiting_selection') {
      throw conflict(`cleaning needs a job in awaiting_selection; job ${job.id} is ${job.status}`);
    }
    const selected = await this.secrets.listForJob(job.id, { onlySelected: true });
    if (selected.length === 0) {
      throw invalidInput(
        `no secret of job ${job.id} is selected; select at least one with POST /jobs/${job.id}/secrets/select`,
      );
    }
    // A value that is also in a commit's author or committer identity stays there (identities are
    // part of every commit id and are not rewritten), so the clean could never verify.
    const inIdentity = new Set(
      (await this.secrets.listForJob(job.id))
        .filter((s) => s.location === 'author' || s.location === 'committer')
        .map((s) => s.secretHash),
    );
    const blocked = selected.filter((s) => inIdentity.has(s.secretHash));
    if (blocked.length > 0) {
      throw invalidInput(
        `secret(s) ${blocked.map((s) => s.id).join(', ')} of job ${job.id} are also in commit author or ` +
          'committer identities, which a clean does not rewrite (they are part of every commit id); ' +
          'deselect them, or rewrite the identities first with a mailmap (git filter-repo --mailmap)',
      );
    }
    try {
      const moved = await this.transactions.withTransaction(async (tx) => {
        // no webhook event for cleaning; the audit row is written in the same transaction
        const updated = await transitionJob(
          tx,
          job.id,
          { to: 'cleaning', details: { by: 'api' } },
          job.status,
        );
        await this.queue.publish(createTaskMessage({ job_id: job.id, user_id: input.userId, kind: 'clean' }));
        return updated;
      });
      return { id: moved.id, status: moved.status, progress_percent: moved.progressPercent };
    } catch (error) {
      // another request started the clean (or cancelled the job) in between
      if (error instanceof IllegalTransitionError) throw conflict(`job ${job.id} is now ${error.from}`);
      throw brokerFailure(error, 'the clean was not started');
    }
  }
}
