// The push task: cleaned → pushing → pushed. Pushes every branch and tag of the cleaned bundle to
// the target (validated again here: the URL was checked by the API, but DNS may have changed),
// with credentials fetched on demand; refs forges refuse are skipped and listed. All refs or none
// (atomic) where the target supports it.
import { join } from 'node:path';
import { PushError, pushRepository, type GitCredentials, remoteUrlPolicy } from '@deployguard/git';
import type { TaskContext, TaskMessage } from '@deployguard/messaging';
import { cleanedKey } from '@deployguard/storage';
import { cloneBundle } from './repository-archive.util';
import { PermanentTaskError } from './task.errors';
import { TaskRun } from './task-run';
import type { TaskDependencies, TaskOutcome } from './tasks.types';

const PERMANENT_PUSH_FAILURES = new Set([
  'invalid-url',
  'auth-failed',
  'not-found',
  'rejected',
  'nothing-to-push',
  'not-a-repository',
]);

export class RunPushTask {
  constructor(private readonly deps: TaskDependencies) {}

  run(message: TaskMessage, context: TaskContext): Promise<TaskOutcome> {
    const spec = { task: 'push', accepts: ['cleaned', 'pushing'], publishedIn: 'pushing' } as const;
    return TaskRun.execute(this.deps, spec, message, context, (run) => this.push(run));
  }

  private async push(run: TaskRun): Promise<Record<string, unknown>> {
    const { config, storage, workspace, auth } = this.deps;
    const job = run.job;
    if (!job.targetUrl)
      throw new PermanentTaskError('the job has no push target: give target_url when asking to push');
    await run.transition('pushing', 'preparing');
    let credentials: GitCredentials | undefined;
    if (job.targetCredentialsId) {
      credentials = await auth.fetchCredentials(job.userId, job.targetCredentialsId, run.context.signal);
      run.addCredentials(credentials);
    }
    return workspace.use(run.message.task_id, async (dir) => {
      const bundle = join(dir, 'repository.bundle');
      await storage.getToFile(job.cleanedBundleKey ?? cleanedKey(job.id, 'repository.bundle'), bundle);
      const repo = join(dir, 'cleaned.git');
      await cloneBundle(bundle, repo, run.context.signal);
      await run.checkpoint(20, 'pushing');
      let result;
      try {
        result = await pushRepository({
          repoPath: repo,
          targetUrl: job.targetUrl!,
          force: job.forcePush,
          credentials,
          ...remoteUrlPolicy(config),
          timeoutMs: config.git.cloneTimeoutS * 1000,
        });
      } catch (err) {
        if (err instanceof PushError && PERMANENT_PUSH_FAILURES.has(err.kind))
          // the git library speaks to CLI users; a service user asks again with force_push
          throw new PermanentTaskError(
            run.scrub(err).replace('use --force', 'push again with "force_push": true'),
          );
        throw err;
      }
      credentials = undefined;
      await run.transition('pushed', null);
      return {
        target: result.target,
        forced: result.forced,
        refs: result.refs,
        skipped_refs: result.skipped,
        atomic: result.atomic,
        notes: result.notes,
      };
    });
  }
}
