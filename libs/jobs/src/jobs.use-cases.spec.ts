// The use cases with their ports replaced by small in-memory fakes; the real repositories, broker
// and storage are covered by test/api.e2e-spec.ts.
import { BrokerUnavailableError, type TaskMessage } from '@deployguard/messaging';
import {
  IllegalTransitionError,
  type JobEntity,
  type JobStatus,
  type TaskResultEntity,
} from '@deployguard/persistence';
import { CancelJob } from './cancel-job.use-case';
import { CreateScanJob } from './create-scan-job.use-case';
import { GetCleanReport, type TaskResultStore } from './get-clean-report.use-case';
import { JobsError } from './jobs.errors';
import type { JobObjectStore, JobsConfig, JobStore, SecretStore } from './jobs.ports';
import { SelectSecrets } from './select-secrets.use-case';

const JOB_ID = '3f1c2a9e-1b2c-4d5e-8f90-123456789abc';
const config = {
  git: { allowLocalUrls: false, allowPrivateUrls: false, cloneTimeoutS: 1, maxRepoSizeMb: 1 },
  s3: { presignedUrlTtlS: 300 },
  retention: { jobTtlDays: 7 },
  limits: { maxActiveJobsPerUser: 0, maxRepositoriesPerUser: 0, writesPerMinute: 0, readsPerMinute: 0 },
} as unknown as JobsConfig;

function job(status: JobStatus, extra: Partial<JobEntity> = {}): JobEntity {
  return {
    id: JOB_ID,
    userId: 'u1',
    status,
    cancelRequested: false,
    progressPercent: 0,
    ...extra,
  } as JobEntity;
}

function fakeJobs(current: JobEntity, overrides: Partial<JobStore> = {}): JobStore & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    findForUser: async (id, userId) => (id === current.id && userId === current.userId ? current : null),
    listForUser: async () => ({ items: [], total: 0, page: 1, pageSize: 20 }),
    createWithinTransaction: async (input, publish) => {
      calls.push('create');
      const created = job('pending', { sourceUrl: input.sourceUrl });
      return { job: created, published: await publish(created, undefined as never) };
    },
    requestCancel: async () => {
      calls.push('requestCancel');
      current = { ...current, cancelRequested: true } as JobEntity;
      return current;
    },
    updateStatus: async (_id, to) => {
      calls.push(`status:${to}`);
      current = { ...current, status: to } as JobEntity;
      return current;
    },
    removeForUser: async (id, userId, statuses) => {
      calls.push('remove');
      return id === current.id && userId === current.userId && statuses.includes(current.status)
        ? current
        : null;
    },
    ...overrides,
  };
}

const error = async (promise: Promise<unknown>): Promise<JobsError> => {
  const caught = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(caught).toBeInstanceOf(JobsError);
  return caught as JobsError;
};

describe('CreateScanJob', () => {
  const input = { userId: 'u1', sourcePlatform: 'github' as const, sourceCredentialsId: 'cred-1' };

  it('refuses a URL with a password before anything is written or published', async () => {
    const jobs = fakeJobs(job('pending'));
    const published: TaskMessage[] = [];
    const useCase = new CreateScanJob(jobs, { publish: async (m) => void published.push(m) }, config);
    const e = await error(
      useCase.execute({ ...input, sourceUrl: 'https://bob:hunter2secret@203.0.113.7/a.git' }),
    );
    expect(e.kind).toBe('invalid_input');
    expect(e.message).not.toContain('hunter2secret');
    expect(jobs.calls).toEqual([]);
    expect(published).toEqual([]);
  });

  it('turns a broker outage into "unavailable"', async () => {
    const queue = {
      publish: async () => {
        throw new BrokerUnavailableError();
      },
    };
    const e = await error(
      new CreateScanJob(fakeJobs(job('pending')), queue, config).execute({
        ...input,
        sourceUrl: 'https://203.0.113.7/a.git',
      }),
    );
    expect(e).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/not created/) });
  });

  it('publishes a scan message that names the job and the user only', async () => {
    const published: TaskMessage[] = [];
    const result = await new CreateScanJob(
      fakeJobs(job('pending')),
      { publish: async (m) => void published.push(m) },
      config,
    ).execute({ ...input, sourceUrl: 'https://203.0.113.7/a.git' });
    expect(result).toEqual({ id: JOB_ID, status: 'pending', progress_percent: 0 });
    expect(published).toEqual([expect.objectContaining({ job_id: JOB_ID, user_id: 'u1', kind: 'scan' })]);
    expect(JSON.stringify(published)).not.toContain('cred-1');
  });
});

describe('CancelJob', () => {
  const audit = { record: async () => undefined as never };
  const storage = (deleted: string[], fail = false): JobObjectStore => ({
    deletePrefix: async (prefix) => {
      if (fail) throw new Error('s3 down');
      deleted.push(prefix);
      return 0;
    },
    presignedGetUrl: async () => '',
    getStream: async () => {
      throw new Error('unused');
    },
  });

  it('only flags a running job and leaves its objects to the worker', async () => {
    const deleted: string[] = [];
    const jobs = fakeJobs(job('scanning'));
    const result = await new CancelJob(jobs, storage(deleted), audit).execute({
      userId: 'u1',
      jobId: JOB_ID,
    });
    expect(result.pending).toBe(true);
    expect(jobs.calls).toEqual(['requestCancel']);
    expect(deleted).toEqual([]);
  });

  it('cancels a queued job and deletes the three prefixes of its objects', async () => {
    const deleted: string[] = [];
    const jobs = fakeJobs(job('pending'));
    const result = await new CancelJob(jobs, storage(deleted), audit).execute({
      userId: 'u1',
      jobId: JOB_ID,
    });
    expect(result).toMatchObject({ pending: false, job: { status: 'cancelled', outcome: 'cancelled' } });
    expect(jobs.calls).toEqual(['requestCancel', 'status:cancelled']);
    expect(deleted).toEqual([`repos/${JOB_ID}/`, `reports/${JOB_ID}/`, `cleaned/${JOB_ID}/`]);
  });

  it.each(['cleaned', 'pushed', 'failed', 'cancelled'] as const)(
    'removes a %s job and every stored object',
    async (status) => {
      const deleted: string[] = [];
      const jobs = fakeJobs(job(status));
      const result = await new CancelJob(jobs, storage(deleted), audit).execute({
        userId: 'u1',
        jobId: JOB_ID,
      });
      expect(result).toMatchObject({ pending: false, job: { status, outcome: 'removed' } });
      expect(jobs.calls).toEqual(['remove']);
      expect(deleted).toEqual([`repos/${JOB_ID}/`, `reports/${JOB_ID}/`, `cleaned/${JOB_ID}/`]);
    },
  );

  it('treats a job a worker picked up in between as running', async () => {
    let current = job('pending');
    const jobs = fakeJobs(current, {
      findForUser: async () => current,
      updateStatus: async () => {
        current = job('cloning', { cancelRequested: true });
        throw new IllegalTransitionError(JOB_ID, 'cloning', 'cancelled');
      },
    });
    const deleted: string[] = [];
    const result = await new CancelJob(jobs, storage(deleted), audit).execute({
      userId: 'u1',
      jobId: JOB_ID,
    });
    expect(result).toMatchObject({ pending: true, job: { status: 'cloning' } });
    expect(deleted).toEqual([]);
  });

  it('reports a storage failure as unavailable, so the DELETE can be repeated', async () => {
    const e = await error(
      new CancelJob(fakeJobs(job('awaiting_selection')), storage([], true), audit).execute({
        userId: 'u1',
        jobId: JOB_ID,
      }),
    );
    expect(e.kind).toBe('unavailable');
  });

  it('answers not_found for another user', async () => {
    const e = await error(
      new CancelJob(fakeJobs(job('cleaned')), storage([]), audit).execute({ userId: 'u2', jobId: JOB_ID }),
    );
    expect(e).toMatchObject({ kind: 'not_found', message: `job ${JOB_ID} not found` });
  });
});

describe('SelectSecrets', () => {
  const secrets = (unknownIds: string[]): SecretStore => ({
    listForJob: async () => [],
    pageForJob: async () => ({ items: [], total: 0, page: 1, pageSize: 20 }),
    select: async () => ({
      applied: unknownIds.length === 0,
      unknownIds,
      conflictingIds: [],
      selected: 1,
      falsePositives: 0,
    }),
  });

  it('names the ids that are not secrets of the job', async () => {
    const e = await error(
      new SelectSecrets(fakeJobs(job('awaiting_selection')), secrets(['x-1', 'x-2'])).execute({
        userId: 'u1',
        jobId: JOB_ID,
        secretIds: ['x-1', 'x-2'],
      }),
    );
    expect(e).toMatchObject({
      kind: 'invalid_input',
      ids: ['x-1', 'x-2'],
      message: expect.stringContaining('x-1, x-2'),
    });
  });

  it('refuses a job that is not awaiting selection', async () => {
    const e = await error(
      new SelectSecrets(fakeJobs(job('cleaning')), secrets([])).execute({
        userId: 'u1',
        jobId: JOB_ID,
        secretIds: [],
      }),
    );
    expect(e.kind).toBe('conflict');
  });
});

describe('GetCleanReport', () => {
  const results = (row: Partial<TaskResultEntity> | null): TaskResultStore => ({
    latestForJob: async (jobId, task) =>
      row && jobId === JOB_ID && task === 'clean' ? (row as TaskResultEntity) : null,
  });

  it('says no clean ran yet, with the rotation reminder', async () => {
    const view = await new GetCleanReport(fakeJobs(job('awaiting_selection')), results(null)).execute({
      userId: 'u1',
      jobId: JOB_ID,
    });
    expect(view).toMatchObject({ status: 'not_started', verified: null, totals: null, secrets: [] });
    expect(view.reminder).toContain('rotated');
  });

  it('reads the stored result: verified, totals, and per value the secret ids, commits and paths', async () => {
    const stored = {
      replacements: [
        { label: 'id-1,id-2', kind: 'literal', commits: ['c1'], tags: [], paths: ['a.js'], occurrences: 2 },
      ],
      totals: {
        commits: 3,
        commits_changed: 1,
        commits_pruned: 0,
        blobs_changed: 1,
        occurrences: 2,
        refs: 1,
        extra: 9,
      },
      verification: { verified: true, warnings: [], fsck_errors: [] },
      archive_files: 4,
    };
    const view = await new GetCleanReport(
      fakeJobs(job('cleaned')),
      results({ status: 'succeeded', attempt: 1, result: stored, startedAt: new Date(0), finishedAt: null }),
    ).execute({ userId: 'u1', jobId: JOB_ID });
    expect(view).toMatchObject({
      status: 'succeeded',
      verified: true,
      archive_files: 4,
      totals: {
        commits: 3,
        commits_changed: 1,
        commits_pruned: 0,
        blobs_changed: 1,
        occurrences: 2,
        refs: 1,
      },
      secrets: [{ secret_ids: ['id-1', 'id-2'], commits: ['c1'], tags: [], paths: ['a.js'], occurrences: 2 }],
    });
    expect(view.totals).not.toHaveProperty('extra');
  });

  it("is a 404 for another user's job", async () => {
    const caught = await error(
      new GetCleanReport(fakeJobs(job('cleaned')), results(null)).execute({ userId: 'u2', jobId: JOB_ID }),
    );
    expect(caught.kind).toBe('not_found');
  });
});
