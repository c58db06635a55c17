// The shared pieces every view uses for its loading, empty and error states, and job status.
import type { ReactNode } from 'react';
import type { JobStatus } from '../api/views';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state" role="status">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state empty">{children}</p>;
}

export function ErrorNote({ error, retry }: { error: unknown; retry?: () => void }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="error" role="alert">
      <span>{message}</span>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

const ACTIVE: readonly JobStatus[] = ['pending', 'cloning', 'scanning', 'cleaning', 'pushing'];
export const isActive = (status: JobStatus): boolean => ACTIVE.includes(status);

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status}`}>{status.replace(/_/g, ' ')}</span>;
}

export function Progress({ percent, label }: { percent: number; label: string }) {
  return (
    <span className="progress">
      <progress max={100} value={percent} aria-label={label} />
      <span aria-hidden="true">{percent}%</span>
    </span>
  );
}

export const when = (iso: string | null): string =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—';

export const shortSha = (sha: string | null): string => (sha ? sha.slice(0, 10) : '—');
