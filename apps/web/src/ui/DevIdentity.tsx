// Development only: the user id the panel sends when no gateway sets one (see api/identity.ts).
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { devUserId, setDevUserId } from '../api/identity';

export function DevIdentity() {
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState(devUserId());
  const [draft, setDraft] = useState(current ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      setDevUserId(draft.trim() || null);
      setCurrent(devUserId());
      setError(null);
      void queryClient.resetQueries();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <details className="identity">
      <summary>{current ? `User: ${current}` : 'User: from gateway'}</summary>
      <form onSubmit={submit}>
        <label htmlFor="dev-user">Development user id</label>
        <input
          id="dev-user"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-describedby="dev-user-help"
          aria-invalid={error ? true : undefined}
        />
        <button type="submit">Use</button>
        <p id="dev-user-help" className="help">
          {error ?? 'Only when the API runs with PANEL_DEV_IDENTITY=true; empty: the gateway decides.'}
        </p>
      </form>
    </details>
  );
}
