// The life of one task delivery: find the job (retrying while the API's transaction is not yet
// visible), skip a message whose job is already past this task (redelivery), record the attempt
// (task_results + audit rows), move the status, check for cancellation at checkpoints, and make
// sure every error that leaves is scrubbed.
import { credentialSecrets, type GitCredentials } from '@deployguard/git';
import type { TaskContext, TaskMessage } from '@deployguard/messaging';
import {
  IllegalTransitionError,
  JobNotFoundError,
  transitionJob,
  type JobEntity,
  type JobTransitionDeps,
  type JobStatus,
  type TaskName,
} from '@deployguard/persistence';
import { jobPrefixes } from '@deployguard/storage';
import {
  describeTaskFailure,
  JobNotVisibleError,
  PermanentTaskError,
  scrubTaskError,
  TaskCancelledError,
} from './task.errors';
import type { TaskDependencies, TaskOutcome } from './tasks.types';

export interface TaskRunSpec {
  readonly task: TaskName;
  // Statuses in which a delivery of this task has work to do; any other status acks and skips.
  readonly accepts: readonly JobStatus[];
  // The status the API commits together with publishing this task (clean → cleaning, push →
  // pushing). The message can arrive a moment before that commit; the delivery waits for it.
  readonly publishedIn?: JobStatus;
}

const PROGRESS_INTERVAL_MS = 250;
// The API publishes a task inside the transaction that creates the job (scan) or moves it to the
// task's status (clean, push), so a worker can receive the message a few milliseconds before the
// row or its new state is visible. Waiting this long for it is far cheaper than a retry (one
// attempt of the budget plus the retry delay) — and for a push, reading the old row would fail
// the job for good (no target yet).
const JOB_VISIBLE_WAIT_MS = 2000;
const JOB_VISIBLE_POLL_MS = 25;

async function findJobSoon(
  deps: TaskDependencies,
  jobId: string,
  spec: TaskRunSpec,
): Promise<JobEntity | null> {
  const deadline = Date.now() + JOB_VISIBLE_WAIT_MS;
  for (;;) {
    const job = await deps.repos.jobs.findById(jobId);
    // Committed once the job has left the status before the task's (the first of `accepts`): a push
    // delivery sees `pushing` (or later), not `cleaned`.
    const committed = job !== null && (!spec.publishedIn || job.status !== spec.accepts[0]);
    if (committed || Date.now() >= deadline) return job;
    await new Promise((resolve) => setTimeout(resolve, JOB_VISIBLE_POLL_MS));
  }
}

export class TaskRun {
  private readonly scrubList = new Set<string>();
  private lastProgress = -1;
  private lastProgressAt = 0;
  private pendingProgress: Promise<void> = Promise.resolve();
  private cancelSeen = false;

  private constructor(
    private readonly deps: TaskDependencies,
    readonly spec: TaskRunSpec,
    readonly message: TaskMessage,
    readonly context: TaskContext,
    public job: JobEntity,
  ) {}

  // Runs `body` for the message's job, or explains why there is nothing to do.
  static async execute(
    deps: TaskDependencies,
    spec: TaskRunSpec,
    message: TaskMessage,
    context: TaskContext,
    body: (run: TaskRun) => Promise<Record<string, unknown>>,
  ): Promise<TaskOutcome> {
    const fields = {
      task_id: message.task_id,
      job_id: message.job_id,
      kind: spec.task,
      attempt: message.attempt,
    };
    const job = await findJobSoon(deps, message.job_id, spec);
    if (!job) {
      if (message.attempt >= deps.config.tasks.maxRetries) {
        deps.logger.warn(fields, 'job never appeared; task dropped');
        return 'dropped';
      }
      throw new JobNotVisibleError(message.job_id);
    }
    if (job.userId !== message.user_id) {
      deps.logger.warn(fields, 'task message names another user than the job; task dropped');
      return 'dropped';
    }
    if (!spec.accepts.includes(job.status)) {
      deps.logger.info({ ...fields, status: job.status }, 'job is not waiting for this task; nothing to do');
      return 'skipped';
    }
    const run = new TaskRun(deps, spec, message, context, job);
    return run.perform(body, fields);
  }

  private async perform(
    body: (run: TaskRun) => Promise<Record<string, unknown>>,
    fields: Record<string, unknown>,
  ): Promise<TaskOutcome> {
    const { repos, logger } = this.deps;
    await repos.jobs.incrementAttempts(this.job.id);
    const result = await repos.taskResults.start(this.job.id, this.spec.task, this.message.attempt + 1);
    await this.audit('started', { attempt: this.message.attempt, redelivered: this.context.redelivered });
    logger.info(fields, `${this.spec.task} task started`);
    const started = Date.now();
    try {
      if (this.job.cancelRequested) throw new TaskCancelledError(this.job.id);
      const details = await body(this);
      await this.pendingProgress;
      await repos.taskResults.finish(result.id, { status: 'succeeded', result: details });
      await this.audit('succeeded', { status: this.job.status, duration_ms: Date.now() - started });
      logger.info(
        { ...fields, status: this.job.status, duration_ms: Date.now() - started },
        `${this.spec.task} task finished`,
      );
      return 'succeeded';
    } catch (err) {
      await this.pendingProgress;
      if (err instanceof TaskCancelledError) {
        await this.cancel();
        await repos.taskResults.finish(result.id, { status: 'cancelled' });
        await this.audit('cancelled', {});
        logger.info(fields, `${this.spec.task} task stopped: the job was cancelled`);
        return 'cancelled';
      }
      const failure = describeTaskFailure(err, this.scrubList);
      const text = failure.message;
      // the consumer logs only the message: what the failing dependency said is logged here
      if (failure.detail)
        logger.warn({ ...fields, error: text, detail: failure.detail }, 'dependency failed');
      await repos.taskResults
        .finish(result.id, { status: 'failed', errorMessage: text })
        .catch(() => undefined);
      await this.audit('attempt_failed', { error: text }).catch(() => undefined);
      // The consumer logs, retries or dead-letters what we throw: only the scrubbed text leaves.
      throw failure.permanent
        ? new PermanentTaskError(text)
        : Object.assign(new Error(text), { name: (err as Error)?.name ?? 'Error' });
    }
  }

  // Values that must never appear in a message leaving this task.
  addSecrets(values: Iterable<string>): void {
    for (const v of values) if (v) this.scrubList.add(v);
  }

  addCredentials(credentials: GitCredentials | undefined): void {
    if (!credentials) return;
    this.addSecrets(credentialSecrets(credentials));
    if (credentials.password) this.addSecrets([credentials.password]);
  }

  scrub(err: unknown): string {
    return scrubTaskError(err, this.scrubList);
  }

  async transition(to: JobStatus, currentTask?: string | null): Promise<void> {
    const from = this.job.status;
    try {
      this.job = await transitionJob(
        this.transitionDeps(),
        this.job.id,
        { to, change: { currentTask }, action: `task.${this.spec.task}.status`, details: this.taskDetails() },
        from,
      );
    } catch (err) {
      // Moved meanwhile by someone else: only a cancellation does that while a task runs.
      if (err instanceof IllegalTransitionError && (err.from === 'cancelled' || err.from === 'expired'))
        throw new TaskCancelledError(this.job.id);
      if (err instanceof JobNotFoundError) throw new TaskCancelledError(this.job.id);
      throw err;
    }
  }

  // A checkpoint: stops on the soft time limit or shutdown, and on a cancellation request.
  async checkpoint(percent: number, currentTask?: string): Promise<void> {
    const { signal } = this.context;
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('task aborted');
    await this.pendingProgress;
    const update = await this.deps.repos.jobs.setProgress(this.job.id, clampPercent(percent), currentTask);
    this.lastProgress = clampPercent(percent);
    if (update.cancelRequested || !update.updated || this.cancelSeen)
      throw new TaskCancelledError(this.job.id);
  }

  // For synchronous progress callbacks (the scan's): throttled, never blocks, the next checkpoint
  // acts on a cancellation it noticed.
  progress(percent: number): void {
    const p = clampPercent(percent);
    const now = Date.now();
    if (p <= this.lastProgress || now - this.lastProgressAt < PROGRESS_INTERVAL_MS) return;
    this.lastProgress = p;
    this.lastProgressAt = now;
    this.pendingProgress = this.pendingProgress
      .then(() => this.deps.repos.jobs.setProgress(this.job.id, p))
      .then((u) => {
        if (u.cancelRequested || !u.updated) this.cancelSeen = true;
      })
      .catch((err) =>
        this.deps.logger.warn({ job_id: this.job.id, error: this.scrub(err) }, 'progress update failed'),
      );
  }

  throwIfAborted(): void {
    const { signal } = this.context;
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('task aborted');
  }

  // DELETE asked for it: the job's stored objects go, the job ends as cancelled.
  private async cancel(): Promise<void> {
    for (const prefix of jobPrefixes(this.job.id)) await this.deps.storage.deletePrefix(prefix);
    try {
      this.job = await transitionJob(
        this.transitionDeps(),
        this.job.id,
        {
          to: 'cancelled',
          change: { currentTask: null },
          action: `task.${this.spec.task}.status`,
          details: this.taskDetails(),
        },
        this.job.status,
      );
    } catch (err) {
      if (!(err instanceof IllegalTransitionError || err instanceof JobNotFoundError)) throw err;
    }
  }

  private transitionDeps(): JobTransitionDeps {
    const { repos, notifier, logger } = this.deps;
    return { jobs: repos.jobs, auditLogs: repos.auditLogs, notifier, logger };
  }

  private taskDetails(): Record<string, unknown> {
    return { task_id: this.message.task_id };
  }

  private audit(event: string, details: Record<string, unknown>) {
    return this.deps.repos.auditLogs.record({
      userId: this.job.userId,
      action: `task.${this.spec.task}.${event}`,
      targetType: 'job',
      targetId: this.job.id,
      details: { task_id: this.message.task_id, ...details },
    });
  }
}

function clampPercent(p: number): number {
  return Math.max(0, Math.min(100, Math.round(p)));
}
