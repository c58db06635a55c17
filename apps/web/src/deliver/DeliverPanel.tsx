// Clean and deliver: start the clean, watch it, its verification and per-secret report, download
// the zip or bundle, push to a target and watch the push. The rotation reminder (the API's text)
// stays visible before and after.
import { useState, type FormEvent } from 'react';
import type { Finding, Job } from '../api/views';
import { fieldErrors, type FieldErrors } from '../ui/field-errors';
import { ErrorNote, Progress, shortSha } from '../ui/states';
import { downloadUrl, useCleanReport, useStartClean, useStartPush } from '../jobs/jobs.queries';
import { NO_REMOTE, RemoteFields, type Remote } from '../jobs/RemoteFields';

const DELIVERABLE = ['cleaned', 'pushing', 'pushed'];

export function DeliverPanel({ job, findings }: { job: Job; findings: Finding[] }) {
  const report = useCleanReport(job.id, job.status);
  const clean = useStartClean(job.id);
  const selected = findings.filter((f) => f.selected_for_cleaning).length;
  const previewOf = new Map(findings.map((f) => [f.id, f.secret_value_preview]));

  return (
    <section className="card deliver" aria-labelledby="deliver-title">
      <h2 id="deliver-title">Clean and deliver</h2>
      {report.data && (
        <p className="reminder" role="note">
          <strong>Rotate every leaked credential.</strong> {report.data.reminder}
        </p>
      )}
      {job.status === 'awaiting_selection' && (
        <div className="step">
          <p>
            The clean rewrites every commit so that the values of the findings marked <em>Clean</em> are gone
            from the whole history; the original repository is not changed.
          </p>
          <button
            type="button"
            className="primary"
            disabled={clean.isPending || selected === 0}
            onClick={() => clean.mutate()}
          >
            Clean {selected} selected {selected === 1 ? 'finding' : 'findings'}
          </button>
          {selected === 0 && <p className="help">Mark at least one finding Clean first.</p>}
          {clean.isError && <ErrorNote error={clean.error} />}
        </div>
      )}
      {job.status === 'cleaning' && <Progress percent={job.progress_percent} label="Progress of the clean" />}
      {report.isError && <ErrorNote error={report.error} retry={() => report.refetch()} />}
      {report.data && report.data.status !== 'not_started' && report.data.status !== 'running' && (
        <div className="step" aria-label="Clean result">
          <p className={report.data.verified ? 'verified' : 'error'}>
            {report.data.verified
              ? 'Verified: no selected value is left in any commit, tag or message.'
              : `Not verified: ${report.data.error_message ?? report.data.status}`}
          </p>
          {report.data.totals && (
            <p className="muted">
              {report.data.totals.commits_changed} of {report.data.totals.commits} commits rewritten ·{' '}
              {report.data.totals.blobs_changed} file versions changed · {report.data.totals.occurrences}{' '}
              occurrences replaced · {report.data.totals.refs} refs
            </p>
          )}
          {report.data.secrets.length > 0 && (
            <div className="table-wrap">
              <table>
                <caption>Per secret</caption>
                <thead>
                  <tr>
                    <th scope="col">Secret</th>
                    <th scope="col">Occurrences</th>
                    <th scope="col">Commits changed</th>
                    <th scope="col">Paths</th>
                  </tr>
                </thead>
                <tbody>
                  {report.data.secrets.map((s) => (
                    <tr key={s.secret_ids.join()}>
                      <td data-label="Secret">
                        <code>{previewOf.get(s.secret_ids[0]) ?? s.secret_ids[0]}</code>
                      </td>
                      <td data-label="Occurrences">{s.occurrences}</td>
                      <td data-label="Commits changed">
                        {s.commits.length}{' '}
                        <span className="muted">{s.commits.slice(0, 3).map(shortSha).join(' ')}</span>
                      </td>
                      <td data-label="Paths">{s.paths.join(', ') || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
      {DELIVERABLE.includes(job.status) && (
        <>
          <Download jobId={job.id} />
          <PushForm job={job} />
        </>
      )}
    </section>
  );
}

function Download({ jobId }: { jobId: string }) {
  const [error, setError] = useState<unknown>(null);
  const go = (format: 'zip' | 'bundle') => {
    setError(null);
    downloadUrl(jobId, format).then((url) => window.location.assign(url), setError);
  };
  return (
    <div className="step" role="group" aria-label="Download the cleaned repository">
      <h3>Download</h3>
      <button type="button" onClick={() => go('zip')}>
        Download zip
      </button>{' '}
      <button type="button" onClick={() => go('bundle')}>
        Download git bundle
      </button>
      {error !== null && <ErrorNote error={error} />}
    </div>
  );
}

const PUSH_FIELDS = ['target_platform', 'target_url', 'target_credentials_id', 'force_push'];

function PushForm({ job }: { job: Job }) {
  const push = useStartPush(job.id);
  const [target, setTarget] = useState<Remote>(NO_REMOTE);
  const [force, setForce] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({ fields: {}, form: null });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({ fields: {}, form: null });
    push.mutate(
      {
        target_platform: target.platform,
        target_url: target.url.trim(),
        target_credentials_id: target.credentials.trim(),
        force_push: force,
      },
      { onError: (e) => setErrors(fieldErrors(e.message, PUSH_FIELDS)) },
    );
  };

  if (job.status === 'pushing')
    return (
      <div className="step" role="status">
        <h3>Push</h3>
        <p>Pushing to {job.target_url}…</p>
        <Progress percent={job.progress_percent} label="Progress of the push" />
      </div>
    );
  if (job.status === 'pushed')
    return (
      <div className="step">
        <h3>Push</h3>
        <p className="verified" role="status">
          Pushed to {job.target_url}
          {job.force_push ? ' (forced)' : ''}.
        </p>
      </div>
    );
  return (
    <form className="step form" onSubmit={submit} aria-labelledby="push-title" noValidate>
      <h3 id="push-title">Push to a target</h3>
      <div className="grid">
        <RemoteFields
          prefix="target"
          urlLabel="Target URL"
          value={target}
          onChange={setTarget}
          errors={errors.fields}
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} /> Force push
        (replaces the target&apos;s history)
      </label>
      {errors.form && (
        <p className="error" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" className="primary" disabled={push.isPending}>
        Push
      </button>
    </form>
  );
}
