// One job: its status (live while a task runs), the review of its findings, clean and deliver.
import { Link } from 'wouter';
import { ReviewPanel } from '../review/ReviewPanel';
import { DeliverPanel } from '../deliver/DeliverPanel';
import { ErrorNote, Loading, Progress, StatusBadge, isActive, when } from '../ui/states';
import { useJob } from './jobs.queries';

export function JobPage({ id }: { id: string }) {
  const detail = useJob(id);
  if (detail.isPending) return <Loading what="the job" />;
  if (detail.isError)
    return (
      <>
        <h1>Job</h1>
        <ErrorNote error={detail.error} retry={() => detail.refetch()} />
        <Link href="/">Back to the jobs</Link>
      </>
    );
  const { job, secrets } = detail.data;
  return (
    <>
      <p>
        <Link href="/">← Jobs</Link>
      </p>
      <h1 className="job-title">{job.source_url}</h1>
      <section className="card summary" aria-label="Job status">
        <StatusBadge status={job.status} />
        {isActive(job.status) && (
          <>
            <Progress percent={job.progress_percent} label="Progress of the current task" />
            <span className="muted">{job.current_task}</span>
          </>
        )}
        <span className="muted">
          {job.source_platform} · {job.source_branch ?? 'all branches'} · {job.findings_count} findings ·
          created {when(job.created_at)} · updated {when(job.updated_at)}
        </span>
        {job.error_message && (
          <p className="error" role="alert">
            {job.error_message}
          </p>
        )}
        {job.warnings.map((w) => (
          <p key={w} className="warning">
            {w}
          </p>
        ))}
      </section>
      {secrets.length > 0 && (
        <ReviewPanel jobId={job.id} findings={secrets} editable={job.status === 'awaiting_selection'} />
      )}
      {secrets.length === 0 && !isActive(job.status) && (
        <p className="state empty">The scan found no secrets.</p>
      )}
      {secrets.length > 0 && <DeliverPanel job={job} findings={secrets} />}
    </>
  );
}
