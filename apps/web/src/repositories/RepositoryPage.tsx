// One registered repository: edit it, scan it now, its scan runs and webhook deliveries.
import { Link } from 'wouter';
import { Empty, ErrorNote, Loading, Progress, StatusBadge, when } from '../ui/states';
import { RepositoryForm } from './RepositoryForm';
import {
  useDeliveries,
  useRepository,
  useScanRuns,
  useTriggerScan,
  useUpdateRepository,
} from './repositories.queries';

export function RepositoryPage({ id }: { id: string }) {
  const repo = useRepository(id);
  const update = useUpdateRepository(id);
  const trigger = useTriggerScan(id);
  if (repo.isPending) return <Loading what="the repository" />;
  if (repo.isError) return <ErrorNote error={repo.error} retry={() => repo.refetch()} />;
  return (
    <>
      <p>
        <Link href="/repositories">← Repositories</Link>
      </p>
      <h1 className="job-title">{repo.data.url}</h1>
      <div className="card">
        <button
          type="button"
          className="primary"
          disabled={trigger.isPending}
          onClick={() => trigger.mutate()}
        >
          Scan now
        </button>
        {trigger.isError && <ErrorNote error={trigger.error} />}
      </div>
      <RepositoryForm
        key={repo.data.updated_at}
        title="Settings"
        initial={repo.data}
        submitLabel="Save"
        pending={update.isPending}
        onSubmit={(input) => update.mutateAsync(input)}
      />
      <ScanRuns id={id} />
      <Deliveries id={id} />
    </>
  );
}

function ScanRuns({ id }: { id: string }) {
  const runs = useScanRuns(id);
  return (
    <section className="card" aria-labelledby="runs-title">
      <h2 id="runs-title">Scan runs</h2>
      {runs.isPending ? (
        <Loading what="scan runs" />
      ) : runs.isError ? (
        <ErrorNote error={runs.error} retry={() => runs.refetch()} />
      ) : runs.data.items.length === 0 ? (
        <Empty>No scan yet.</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Queued</th>
                <th scope="col">Trigger</th>
                <th scope="col">Status</th>
                <th scope="col">New / total findings</th>
                <th scope="col">Duration</th>
                <th scope="col">Job</th>
              </tr>
            </thead>
            <tbody>
              {runs.data.items.map((r) => (
                <tr key={r.id}>
                  <td data-label="Queued">{when(r.queued_at)}</td>
                  <td data-label="Trigger">{r.trigger}</td>
                  <td data-label="Status">
                    <StatusBadge status={r.status} />
                    {r.status === 'running' && (
                      <Progress percent={r.progress_percent} label="Progress of the scan" />
                    )}
                    {r.error_message && <span className="muted block">{r.error_message}</span>}
                  </td>
                  <td data-label="New / total findings">
                    {r.new_findings} / {r.total_findings}
                  </td>
                  <td data-label="Duration">
                    {r.duration_ms === null ? '—' : `${(r.duration_ms / 1000).toFixed(1)} s`}
                  </td>
                  <td data-label="Job">{r.job_id ? <Link href={`/jobs/${r.job_id}`}>Review</Link> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Deliveries({ id }: { id: string }) {
  const deliveries = useDeliveries(id);
  return (
    <section className="card" aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">Webhook deliveries</h2>
      {deliveries.isPending ? (
        <Loading what="deliveries" />
      ) : deliveries.isError ? (
        <ErrorNote error={deliveries.error} retry={() => deliveries.refetch()} />
      ) : deliveries.data.items.length === 0 ? (
        <Empty>No webhook deliveries.</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last answer</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data.items.map((d) => (
                <tr key={d.id}>
                  <td data-label="Event">{d.event}</td>
                  <td data-label="Status">
                    <StatusBadge status={d.status} />
                  </td>
                  <td data-label="Attempts">{d.attempts}</td>
                  <td data-label="Last answer">{d.last_status_code ?? d.last_error ?? '—'}</td>
                  <td data-label="Created">{when(d.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
