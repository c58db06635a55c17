// Start a scan: platform, URL, branch, credentials id. The API validates; its messages are shown
// next to the fields they are about.
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { Field } from '../ui/Field';
import { fieldErrors, type FieldErrors } from '../ui/field-errors';
import { useCreateJob } from './jobs.queries';
import { PLATFORMS, type Platform } from './platforms';

const FIELDS = ['source_platform', 'source_url', 'source_branch', 'source_credentials_id'];

export function NewScanForm() {
  const [, navigate] = useLocation();
  const create = useCreateJob();
  const [platform, setPlatform] = useState<Platform>('github');
  const [url, setUrl] = useState('');
  const [branch, setBranch] = useState('');
  const [credentials, setCredentials] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({ fields: {}, form: null });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({ fields: {}, form: null });
    create.mutate(
      {
        source_platform: platform,
        source_url: url.trim(),
        ...(branch.trim() ? { source_branch: branch.trim() } : {}),
        source_credentials_id: credentials.trim(),
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
        <Field id="source_platform" label="Platform" error={errors.fields.source_platform}>
          <select value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
            {PLATFORMS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </Field>
        <Field
          id="source_url"
          label="Repository URL"
          help="https, ssh:// or git@host:path"
          error={errors.fields.source_url}
        >
          <input value={url} onChange={(e) => setUrl(e.target.value)} autoComplete="off" spellCheck={false} />
        </Field>
        <Field
          id="source_branch"
          label="Branch"
          help="empty: every branch"
          error={errors.fields.source_branch}
        >
          <input value={branch} onChange={(e) => setBranch(e.target.value)} autoComplete="off" />
        </Field>
        <Field
          id="source_credentials_id"
          label="Credentials id"
          help="the id of a credential in the auth service, never the secret itself"
          error={errors.fields.source_credentials_id}
        >
          <input value={credentials} onChange={(e) => setCredentials(e.target.value)} autoComplete="off" />
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
