// Register a repository, or edit one: URL, branch, credentials id, schedule, webhook, enabled.
import { useState, type FormEvent } from 'react';
import type { Repository } from '../api/views';
import { Field } from '../ui/Field';
import { fieldErrors, type FieldErrors } from '../ui/field-errors';
import { parseSchedule, type RepositoryInput } from './repositories.queries';

const FIELDS = ['url', 'branch', 'credentials_id', 'schedule', 'webhook_url', 'enabled'];

export function RepositoryForm(props: {
  title: string;
  initial?: Repository;
  submitLabel: string;
  pending: boolean;
  onSubmit: (input: RepositoryInput & { url: string; schedule: string | number }) => Promise<unknown>;
}) {
  const r = props.initial;
  const [url, setUrl] = useState(r?.url ?? '');
  const [branch, setBranch] = useState(r?.branch ?? '');
  const [credentials, setCredentials] = useState(r?.credentials_id ?? '');
  const [schedule, setSchedule] = useState(
    r?.schedule !== undefined && r.schedule !== null ? String(r.schedule) : '',
  );
  const [webhook, setWebhook] = useState(r?.webhook_url ?? '');
  const [enabled, setEnabled] = useState(r?.enabled ?? true);
  const [errors, setErrors] = useState<FieldErrors>({ fields: {}, form: null });
  const [done, setDone] = useState(false);
  const prefix = r ? `repo-${r.id}` : 'new-repo';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({ fields: {}, form: null });
    setDone(false);
    const optional = (v: string) => (v.trim() ? v.trim() : r ? null : undefined);
    props
      .onSubmit({
        url: url.trim(),
        branch: optional(branch),
        credentials_id: optional(credentials),
        schedule: parseSchedule(schedule),
        webhook_url: optional(webhook),
        enabled,
      })
      .then(
        () => setDone(true),
        (e: Error) => setErrors(fieldErrors(e.message, FIELDS)),
      );
  };

  const id = (name: string) => `${prefix}-${name}`;
  return (
    <form className="card form" onSubmit={submit} aria-labelledby={id('title')} noValidate>
      <h2 id={id('title')}>{props.title}</h2>
      <div className="grid">
        <Field
          id={id('url')}
          label="Repository URL"
          help="https, ssh:// or git@host:path"
          error={errors.fields.url}
        >
          <input value={url} onChange={(e) => setUrl(e.target.value)} autoComplete="off" spellCheck={false} />
        </Field>
        <Field id={id('branch')} label="Branch" help="empty: every branch" error={errors.fields.branch}>
          <input value={branch} onChange={(e) => setBranch(e.target.value)} autoComplete="off" />
        </Field>
        <Field id={id('credentials')} label="Credentials id" error={errors.fields.credentials_id}>
          <input value={credentials} onChange={(e) => setCredentials(e.target.value)} autoComplete="off" />
        </Field>
        <Field
          id={id('schedule')}
          label="Schedule"
          help="a 5-field cron expression in UTC (0 3 * * *) or an interval in seconds (at least 60)"
          error={errors.fields.schedule}
        >
          <input value={schedule} onChange={(e) => setSchedule(e.target.value)} autoComplete="off" />
        </Field>
        <Field
          id={id('webhook')}
          label="Webhook URL"
          help="optional: https URL for signed events"
          error={errors.fields.webhook_url}
        >
          <input value={webhook} onChange={(e) => setWebhook(e.target.value)} autoComplete="off" />
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> Scheduled
        scans enabled
      </label>
      {errors.form && (
        <p className="error" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" className="primary" disabled={props.pending}>
        {props.submitLabel}
      </button>
      {done && (
        <span role="status" className="verified">
          {' '}
          Saved.
        </span>
      )}
    </form>
  );
}
