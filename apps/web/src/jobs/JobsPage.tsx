// Jobs: the caller's jobs with live status and progress, a status filter, a new scan, cancel/delete.
import { useState } from 'react';
import { Link } from 'wouter';
import type { Job, JobStatus } from '../api/views';
import { Pager } from '../ui/Pager';
import { Empty, ErrorNote, Loading, Progress, StatusBadge, isActive, when } from '../ui/states';
import { NewScanForm } from './NewScanForm';
import { useCancelJob, useJobs } from './jobs.queries';

const STATUSES: JobStatus[] = [
  'awaiting_upload',
  'pending',
  'cloning',
  'scanning',
  'awaiting_selection',
  'cleaning',
  'cleaned',
  'pushing',
  'pushed',
  'completed',
  'failed',
  'cancelled',
  'expired',
];

export function JobsPage() {
  const [status, setStatus] = useState<JobStatus | ''>('');
  const [page, setPage] = useState(1);
  const jobs = useJobs(page, status);

  return (
    <>
      <h1>Jobs</h1>
      <NewScanForm />
      <section className="card" aria-labelledby="jobs-title">
        <div className="toolbar">
          <h2 id="jobs-title">Your jobs</h2>
          <label htmlFor="status-filter">Status</label>
          <select
            id="status-filter"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as JobStatus | '');
              setPage(1);
            }}
          >
            <option value="">any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </div>
        {jobs.isPending ? (
          <Loading what="jobs" />
        ) : jobs.isError ? (
          <ErrorNote error={jobs.error} retry={() => jobs.refetch()} />
        ) : jobs.data.items.length === 0 ? (
          <Empty>
            {status ? `No ${status.replace(/_/g, ' ')} jobs.` : 'No jobs yet: start a scan above.'}
          </Empty>
        ) : (
          <div className="table-wrap">
            <table className="jobs">
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Status</th>
                  <th scope="col">Findings</th>
                  <th scope="col">Created</th>
                  <th scope="col">Updated</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {jobs.data.items.map((job) => (
                  <JobRow key={job.id} job={job} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {jobs.data && (
          <Pager
            label="Pages of jobs"
            page={page}
            total={jobs.data.total}
            pageSize={jobs.data.page_size}
            onPage={setPage}
          />
        )}
      </section>
    </>
  );
}

function JobRow({ job }: { job: Job }) {
  const cancel = useCancelJob();
  const active = isActive(job.status);
  const action = active ? 'Cancel' : 'Delete';
  return (
    <tr>
      <td data-label="Source">
        <Link href={`/jobs/${job.id}`} className="source">
          {job.source_url}
        </Link>
        <span className="muted">
          {' '}
          {job.source_platform} · {job.source_branch ?? 'all branches'}
        </span>
      </td>
      <td data-label="Status">
        <StatusBadge status={job.status} />
        {active && <Progress percent={job.progress_percent} label={`Progress of ${job.source_url}`} />}
        {job.error_message && <span className="muted block">{job.error_message}</span>}
      </td>
      <td data-label="Findings">{job.findings_count}</td>
      <td data-label="Created">{when(job.created_at)}</td>
      <td data-label="Updated">{when(job.updated_at)}</td>
      <td>
        <button
          type="button"
          className="quiet"
          disabled={cancel.isPending || job.cancel_requested}
          aria-label={`${action} the job of ${job.source_url}`}
          onClick={() => {
            if (window.confirm(`${action} this job and its stored data?`)) cancel.mutate(job.id);
          }}
        >
          {job.cancel_requested ? 'Cancelling…' : action}
        </button>
        {cancel.isError && <ErrorNote error={cancel.error} />}
      </td>
    </tr>
  );
}
