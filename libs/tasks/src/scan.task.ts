// The scan task: pending → cloning → scanning → awaiting_selection | completed. Clones a mirror
// with credentials fetched on demand, stores the source bundle, scans every commit, stores the
// findings (preview + keyed hashes) and the reports (redacted JSON/SARIF, encrypted values).
import { join } from 'node:path';
import { defaultRules, loadScanConfig } from '@deployguard/detect';
import { CloneError, cloneRepository, type GitCredentials, remoteUrlPolicy } from '@deployguard/git';
import type { TaskContext, TaskMessage } from '@deployguard/messaging';
import { formatReport } from '@deployguard/report';
import { scanRepository } from '@deployguard/scan';
import { repoKey, reportKey } from '@deployguard/storage';
import { bundleProblem, cloneBundle, createBundle } from './repository-archive.util';
import { RepositoryRescan } from './repository-rescan';
import { resolveSourceBranch } from './source-branch';
import { pairFindings, sealSecretReport, toNewSecret } from './secret-report';
import { PermanentTaskError, TaskCancelledError } from './task.errors';
import { TaskRun } from './task-run';
import type { TaskDependencies, TaskOutcome } from './tasks.types';

// Failures that no retry can fix; the others (network, timeout) are retried.
const PERMANENT_CLONE_FAILURES = new Set([
  'invalid-url',
  'auth-failed',
  'not-found',
  'too-large',
  'invalid-option',
]);
// Share of the task's progress taken by each scan phase.
const PHASES = { indexing: [25, 35], scanning: [35, 80], attributing: [80, 85] } as const;

export class RunScanTask {
  constructor(private readonly deps: TaskDependencies) {}

  run(message: TaskMessage, context: TaskContext): Promise<TaskOutcome> {
    // cloning/scanning: a redelivery after a crash starts again from the clone. awaiting_upload: an
    // upload job's scan is published as POST /start moves it to pending, and may arrive first.
    const spec = {
      task: 'scan',
      accepts: ['awaiting_upload', 'pending', 'cloning', 'scanning'],
      publishedIn: 'pending',
    } as const;
    return TaskRun.execute(this.deps, spec, message, context, (run) => this.scan(run));
  }

  private async scan(run: TaskRun): Promise<Record<string, unknown>> {
    // a registered repository's job: scan run bookkeeping and an incremental scan
    const rescan = await RepositoryRescan.begin(this.deps, run.job);
    try {
      return await this.scanJob(run, rescan);
    } catch (err) {
      if (err instanceof TaskCancelledError) await rescan?.cancelled();
      throw err;
    }
  }

  private async scanJob(run: TaskRun, rescan: RepositoryRescan | null): Promise<Record<string, unknown>> {
    const { config, repos, storage, workspace, auth } = this.deps;
    const job = run.job;
    await run.transition(
      'cloning',
      job.sourceUpload ? 'verifying the uploaded bundle' : 'cloning repository',
    );
    let credentials: GitCredentials | undefined;
    if (job.sourceCredentialsId) {
      credentials = await auth.fetchCredentials(job.userId, job.sourceCredentialsId, run.context.signal);
      run.addCredentials(credentials);
    }
    return workspace.use(run.message.task_id, async (dir) => {
      const mirror = join(dir, 'source.git');
      if (job.sourceUpload) await this.unpackUpload(run, dir, mirror);
      else await this.clone(run, mirror, credentials);
      credentials = undefined; // not needed any more
      const scanned = await resolveSourceBranch(mirror, job.sourceBranch, run.context.signal);
      await run.checkpoint(20, 'storing source bundle');

      const bundleKey = repoKey(job.id, 'source.bundle');
      if (!job.sourceUpload) {
        // an upload's bundle is already there, at the same key
        const bundle = join(dir, 'source.bundle');
        await createBundle(mirror, bundle, run.context.signal);
        await storage.putFile(bundleKey, bundle);
      }
      await repos.jobs.update(job.id, { bundleKey });
      await run.checkpoint(25);

      await run.transition('scanning', `scanning history: ${scanned.description}`);
      const { report, secrets, state } = await scanRepository({
        path: mirror,
        history: true,
        revs: scanned.revs,
        config: loadScanConfig(null, defaultRules),
        keepSecretValues: true,
        displayName: scanned.revs ? `${job.sourceUrl} (${scanned.description})` : job.sourceUrl,
        incremental: rescan?.base,
        onProgress: (p) => {
          const [from, to] = PHASES[p.phase];
          const percent = from + (p.total > 0 ? ((to - from) * p.done) / p.total : 0);
          run.progress(percent);
          rescan?.progress(percent);
        },
      });
      run.addSecrets(secrets.values());
      await run.checkpoint(85, 'storing findings');

      const pairs = pairFindings(report, secrets);
      const hashKey = config.keys.secretHashKey;
      // idempotent on (job_id, fingerprint): a redelivered scan stores the same single set
      let newSecrets = pairs.map(([f, v]) => toNewSecret(f, v, hashKey));
      let newFindings = newSecrets.length;
      // a rescan: fingerprints an earlier job of the repository stored are not new
      if (rescan) ({ secrets: newSecrets, newCount: newFindings } = await rescan.classify(newSecrets));
      const { inserted } = await repos.secrets.insertMany(job.id, newSecrets);
      await run.checkpoint(90, 'storing reports');

      const jsonKey = reportKey(job.id, 'report.json');
      // with the CLI's fingerprints (see secret-report.ts): a downloaded report works with the CLI
      await storage.putBuffer(jsonKey, Buffer.from(formatReport(report, 'json')), 'application/json');
      await storage.putBuffer(
        reportKey(job.id, 'report.sarif'),
        Buffer.from(formatReport(report, 'sarif')),
        'application/sarif+json',
      );
      await storage.putBuffer(
        reportKey(job.id, 'report.enc'),
        sealSecretReport(job.id, pairs, config.keys.reportEncryptionKey),
      );
      await repos.jobs.update(job.id, {
        findingsCount: report.findings.length,
        reportKey: jsonKey,
        warnings: report.warnings,
      });
      await run.checkpoint(95);
      await rescan?.finish(state, { newFindings, objectsScanned: report.stats.blobs_scanned });

      // kept as the job's current_task once the scan is over: what was scanned
      await run.transition(
        report.findings.length > 0 ? 'awaiting_selection' : 'completed',
        `scanned ${scanned.description}: ${report.stats.commits} commit(s)`,
      );
      return {
        scanned: scanned.description,
        findings: report.findings.length,
        inserted,
        ...(rescan ? { new_findings: newFindings, incremental: rescan.incremental } : {}),
        commits: report.stats.commits,
        blobs_scanned: report.stats.blobs_scanned,
        refs: report.stats.refs,
        skipped: report.skipped.length,
        warnings: report.warnings.length,
      };
    });
  }

  private async clone(run: TaskRun, mirror: string, credentials: GitCredentials | undefined): Promise<void> {
    const { config } = this.deps;
    const job = run.job;
    try {
      await cloneRepository({
        url: job.sourceUrl,
        dest: mirror,
        mirror: true,
        credentials,
        timeoutMs: config.git.cloneTimeoutS * 1000,
        maxSizeBytes: config.git.maxRepoSizeMb * 1024 * 1024,
        ...remoteUrlPolicy(config),
      });
    } catch (err) {
      if (err instanceof CloneError && PERMANENT_CLONE_FAILURES.has(err.kind))
        throw new PermanentTaskError(run.scrub(err));
      throw err;
    }
  }

  // An upload job's source (SPEC §11): the bundle the client put in storage, checked for size
  // before it is read, verified with git, then cloned like any bundle. Nothing a retry can fix.
  private async unpackUpload(run: TaskRun, dir: string, mirror: string): Promise<void> {
    const { config, storage } = this.deps;
    const key = repoKey(run.job.id, 'source.bundle');
    const size = await storage.size(key);
    if (size === null) throw new PermanentTaskError('the uploaded bundle is missing from storage');
    const max = config.git.maxRepoSizeMb * 1024 * 1024;
    if (size > max)
      throw new PermanentTaskError(`the uploaded bundle is ${size} bytes, over the ${max}-byte limit`);
    const bundle = join(dir, 'upload.bundle');
    await storage.getToFile(key, bundle);
    const problem = await bundleProblem(bundle, join(dir, 'verify.git'), run.context.signal);
    if (problem) throw new PermanentTaskError(problem);
    await cloneBundle(bundle, mirror, run.context.signal);
  }
}
