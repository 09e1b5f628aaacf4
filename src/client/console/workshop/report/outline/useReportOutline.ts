import { useCallback, useEffect, useState } from 'preact/hooks';
import type { OutlineSection } from '../../../../../domain/reportDocument/outline.ts';
import { api, ApiError } from '../../../../shared/api.ts';

export interface OutlineState {
  /** Null until the first answer. */
  readonly sections: readonly OutlineSection[] | null;
  readonly error: string | null;
  reload(): void;
}

/**
 * The report's outline from the server (`GET …/report/outline`), fetched again whenever
 * `version` changes: a hide, a move or an undo here or by a colleague, or new words. The last
 * answer stays on screen while the next one comes, so the list does not jump.
 */
export function useReportOutline(workshopId: string, version: string): OutlineState {
  const [sections, setSections] = useState<readonly OutlineSection[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    const url = `/api/workshops/${encodeURIComponent(workshopId)}/report/outline`;
    api<{ sections: OutlineSection[] }>('GET', url)
      .then((answer) => {
        if (!current) return;
        setSections(answer.sections);
        setError(null);
      })
      .catch((e: unknown) => {
        if (current) setError(e instanceof ApiError ? e.message : String(e));
      });
    // An older answer arriving after a newer request must not overwrite it.
    return () => {
      current = false;
    };
  }, [workshopId, version, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { sections, error, reload };
}
