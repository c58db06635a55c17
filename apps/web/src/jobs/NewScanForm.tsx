// Start a scan: platform, URL, branch, credentials id. The API validates; its messages are shown
// next to the fields they are about.
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { Field } from '../ui/Field';
import { fieldErrors, type FieldErrors } from '../ui/field-errors';
import { useCreateJob } from './jobs.queries';
import { NO_REMOTE, RemoteFields, type Remote } from './RemoteFields';

const FIELDS = ['source_platform', 'source_url', 'source_branch', 'source_credentials_id'];

export function NewScanForm() {
  const [, navigate] = useLocation();
  const create = useCreateJob();
  const [source, setSource] = useState<Remote>(NO_REMOTE);
  const [branch, setBranch] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({ fields: {}, form: null });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({ fields: {}, form: null });
    create.mutate(
      {
        source_platform: source.platform,
        source_url: source.url.trim(),
        ...(branch.trim() ? { source_branch: branch.trim() } : {}),
        source_credentials_id: source.credentials.trim(),
      },
      {
        onSuccess: (job) => navigate(`/jobs/${job.id}`),
        onError: (e) => setErrors(fieldErrors(e.message, FIELDS)),
      },
    );
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="new-scan-title" noValidate>
      <h2 id="new-scan-title">New scan</h2>
      <div className="grid">
        <RemoteFields
          prefix="source"
          urlLabel="Repository URL"
          value={source}
          onChange={setSource}
          errors={errors.fields}
        />
        <Field
          id="source_branch"
          label="Branch"
          help="empty: every branch"
          error={errors.fields.source_branch}
        >
          <input value={branch} onChange={(e) => setBranch(e.target.value)} autoComplete="off" />
        </Field>
      </div>
      {errors.form && (
        <p className="error" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" className="primary" disabled={create.isPending}>
        {create.isPending ? 'Starting…' : 'Start scan'}
      </button>
    </form>
  );
}
