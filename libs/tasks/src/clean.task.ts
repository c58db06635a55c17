// The clean task: awaiting_selection → cleaning → cleaned. The selected values come from the
// decrypted report.enc (the database has only hashes), the rewrite and its verification from
// @deployguard/clean — the same call as `deployguard clean`, with no leftovers accepted (binary or
// unmatched); only a verified result is uploaded, as a zip (with .git) and a bundle.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CleanInputError,
  CleanVerificationError,
  cleanRepository,
  toSnakeCaseKeys,
  valueReplacement,
  type CleanReport,
  type Replacement,
} from '@deployguard/clean';
import type { TaskContext, TaskMessage } from '@deployguard/messaging';
import { cleanedKey, repoKey, reportKey } from '@deployguard/storage';
import { checkoutCopy, cloneBundle, createBundle, zipDirectory } from './repository-archive.util';
import { openSecretReport, valuesByStoredFingerprint } from './secret-report';
import { PermanentTaskError } from './task.errors';
import { TaskRun } from './task-run';
import type { TaskDependencies, TaskOutcome } from './tasks.types';

export class RunCleanTask {
  constructor(private readonly deps: TaskDependencies) {}

  run(message: TaskMessage, context: TaskContext): Promise<TaskOutcome> {
    const spec = {
      task: 'clean',
      accepts: ['awaiting_selection', 'cleaning'],
      publishedIn: 'cleaning',
    } as const;
    return TaskRun.execute(this.deps, spec, message, context, (run) => this.clean(run));
  }

  private async clean(run: TaskRun): Promise<Record<string, unknown>> {
    const { config, repos, storage, workspace } = this.deps;
    const job = run.job;
    await run.transition('cleaning', 'preparing');
    const selected = await repos.secrets.listForJob(job.id, { onlySelected: true });
    if (selected.length === 0)
      throw new PermanentTaskError(
        'no secrets are selected for cleaning: select at least one secret, then clean',
      );

    const sealed = await storage.getBuffer(reportKey(job.id, 'report.enc'));
    const values = valuesByStoredFingerprint(
      openSecretReport(sealed, config.keys.reportEncryptionKey, job.id),
      config.keys.secretHashKey,
    );
    // One literal replacement per distinct value, labelled with the ids of the secrets holding it.
    const labels = new Map<string, string[]>();
    for (const secret of selected) {
      const value = values.get(secret.fingerprint);
      if (value === undefined)
        throw new PermanentTaskError(
          `secret ${secret.id} is not in the job's encrypted report; scan the repository again`,
        );
      labels.set(value, [...(labels.get(value) ?? []), secret.id]);
    }
    run.addSecrets(labels.keys());
    const replacements: Replacement[] = [...labels].map(([value, ids]) =>
      valueReplacement(value, ids.join(',')),
    );

    return workspace.use(run.message.task_id, async (dir) => {
      const bundle = join(dir, 'source.bundle');
      await storage.getToFile(job.bundleKey ?? repoKey(job.id, 'source.bundle'), bundle);
      const source = join(dir, 'source.git');
      await cloneBundle(bundle, source, run.context.signal);
      await run.checkpoint(15, 'rewriting history');

      const cleaned = join(dir, 'cleaned.git');
      let report: CleanReport;
      try {
        // Verification reads every reachable object for every selected value (binary files and
        // messages included); a value left anywhere, or one that matched nothing, fails the job.
        ({ report } = await cleanRepository({ repoPath: source, replacements, outputDir: cleaned }));
      } catch (err) {
        // A result that does not verify must never be delivered, and retrying gives the same result.
        if (err instanceof CleanVerificationError || err instanceof CleanInputError)
          throw new PermanentTaskError(run.scrub(err));
        throw err;
      }
      await run.checkpoint(70, 'packing the cleaned repository');

      const tree = join(dir, 'repository');
      await mkdir(tree);
      await checkoutCopy(cleaned, tree, run.context.signal);
      const zip = join(dir, 'repository.zip');
      const files = await zipDirectory(tree, zip, 'repository');
      const cleanedBundle = join(dir, 'repository.bundle');
      await createBundle(cleaned, cleanedBundle, run.context.signal);
      await run.checkpoint(85, 'uploading the cleaned repository');

      const archiveKey = cleanedKey(job.id, 'repository.zip');
      const bundleKey = cleanedKey(job.id, 'repository.bundle');
      await storage.putFile(archiveKey, zip, 'application/zip');
      await storage.putFile(bundleKey, cleanedBundle);
      await repos.jobs.update(job.id, { cleanedArchiveKey: archiveKey, cleanedBundleKey: bundleKey });
      await run.checkpoint(95);

      await run.transition('cleaned', null);
      return { ...summarize(report), archive_files: files };
    });
  }
}

// The clean report without workspace paths (they mean nothing once the task ends).
function summarize(report: CleanReport): Record<string, unknown> {
  return toSnakeCaseKeys({
    replacements: report.replacements,
    totals: report.totals,
    prunedCommits: report.prunedCommits,
    binaryBlobs: report.binaryBlobs,
    signatures: report.signatures,
    preserved: report.preserved,
    verification: report.verification,
    rewriteMs: report.rewriteMs,
    reminder: report.reminder,
  }) as Record<string, unknown>;
}
