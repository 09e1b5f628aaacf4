import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchDownload, saveFile, type Received } from './fetchDownload.ts';

/**
 * Where one download is. `making`: asked, the server is still making the file (no byte yet);
 * `receiving`: bytes are coming; `done`: saved; `failed`: with the error to explain;
 * `cancelled`: stopped by the facilitator, nothing saved.
 */
export type DownloadState =
  | { readonly step: 'idle' }
  | { readonly step: 'making'; readonly seconds: number }
  | ({ readonly step: 'receiving' } & Received)
  | { readonly step: 'done'; readonly fileName: string; readonly size: number }
  | { readonly step: 'failed'; readonly error: unknown }
  | { readonly step: 'cancelled' };

/**
 * One download at a time (per format, since each format has its own hook): `start` fetches
 * with progress and saves the file, `cancel` aborts it. Leaving the screen aborts it too.
 */
export function useDownload(url: string, fallbackName: string) {
  const [state, setState] = useState<DownloadState>({ step: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  // Counts the seconds while the server is making the file, so a long wait visibly moves.
  useEffect(() => {
    if (state.step !== 'making') return undefined;
    const timer = setInterval(
      () => setState((s) => (s.step === 'making' ? { ...s, seconds: s.seconds + 1 } : s)),
      1000,
    );
    return () => clearInterval(timer);
  }, [state.step]);

  async function start() {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setState({ step: 'making', seconds: 0 });
    try {
      const file = await fetchDownload(
        url,
        fallbackName,
        abort.signal,
        () => setState({ step: 'receiving', received: 0, total: null }),
        (progress) => setState({ step: 'receiving', ...progress }),
      );
      saveFile(file);
      setState({ step: 'done', fileName: file.fileName, size: file.blob.size });
    } catch (error) {
      setState(abort.signal.aborted ? { step: 'cancelled' } : { step: 'failed', error });
    } finally {
      controller.current = null;
    }
  }

  return {
    state,
    busy: state.step === 'making' || state.step === 'receiving',
    start: () => void start(),
    cancel: () => controller.current?.abort(),
  };
}
