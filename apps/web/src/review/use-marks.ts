// The marks of a job's findings, saved through the API as they are made. Saves never overlap: a
// change made while one is in flight is sent when it ends, so the last change always wins.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../api/views';
import { useSaveSelection } from '../jobs/jobs.queries';
import { marksOf, selectionBody, withMark, type Mark, type Marks } from './findings';

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; message: string };

export function useMarks(jobId: string, findings: readonly Finding[]) {
  const [marks, setMarks] = useState<Marks>(() => marksOf(findings));
  const current = useRef(marks);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const mutation = useSaveSelection(jobId);
  const inFlight = useRef(false);
  const queued = useRef<Marks | null>(null);

  const send = useCallback(
    (next: Marks) => {
      if (inFlight.current) return void (queued.current = next);
      inFlight.current = true;
      setSave({ kind: 'saving' });
      mutation.mutate(selectionBody(next), {
        onSettled: (_data, error) => {
          inFlight.current = false;
          const pending = queued.current;
          queued.current = null;
          if (pending) return send(pending);
          setSave(error ? { kind: 'error', message: error.message } : { kind: 'saved' });
        },
      });
    },
    [mutation],
  );

  // another tab or a reload of the job may change what is saved: start from the server's marks
  const serverKey = findings.map((f) => `${f.id}:${f.selected_for_cleaning}:${f.false_positive}`).join();
  useEffect(() => {
    if (inFlight.current) return;
    current.current = marksOf(findings);
    setMarks(current.current);
  }, [serverKey]); // serverKey stands for findings

  const mark = useCallback(
    (ids: readonly string[], value: Mark) => {
      current.current = withMark(current.current, ids, value);
      setMarks(current.current);
      send(current.current);
    },
    [send],
  );

  return { marks, mark, save };
}
