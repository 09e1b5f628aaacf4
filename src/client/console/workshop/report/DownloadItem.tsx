import type { Language } from '../../../../domain/language.ts';
import type { Translate } from '../../../../i18n/index.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useLanguage, useT } from '../../../../ui/i18n.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { explainFailure } from '../../failure.ts';
import { formatSize } from '../format.ts';
import { useDownload, type DownloadState } from './useDownload.ts';

/** The line under a download's button: what it is doing now, in words. */
function statusText(state: DownloadState, t: Translate, language: Language): string {
  const size = (bytes: number) => formatSize(bytes, language);
  switch (state.step) {
    case 'idle':
      return '';
    case 'making':
      return t('console.report.download.making', { seconds: state.seconds });
    case 'receiving':
      return state.total
        ? t('console.report.download.receivingOf', {
            received: size(state.received),
            total: size(state.total),
            percent: Math.min(100, Math.floor((state.received / state.total) * 100)),
          })
        : t('console.report.download.receiving', { received: size(state.received) });
    case 'done':
      return t('console.report.download.done', {
        fileName: state.fileName,
        size: size(state.size),
      });
    case 'failed':
      return explainFailure(state.error, t);
    case 'cancelled':
      return t('console.report.download.cancelled');
  }
}

/**
 * What screen readers hear: the steps (started, receiving, done, failed), not every chunk,
 * so the announcements stay polite. The seconds and bytes are on screen.
 */
function announcement(state: DownloadState, t: Translate, label: string, status: string) {
  if (state.step === 'making') return t('console.report.download.started', { format: label });
  if (state.step === 'receiving') return t('console.report.download.arriving', { format: label });
  return status;
}

/**
 * One format's download: a large button, then while it runs the progress (the seconds while
 * the server makes the file, then the bytes and, when the size is known, the percentage) with
 * a button to stop; afterwards "done" or the error with "Probeer opnieuw".
 */
export function DownloadItem({ format, url }: { format: string; url: string }) {
  const t = useT();
  const language = useLanguage();
  const label = t(`console.report.formats.${format}`);
  const download = useDownload(url, `verslag.${format}`);
  const { state } = download;
  const status = statusText(state, t, language);
  const statusId = `wp-download-${format}-status`;
  return (
    <li class="wp-download" data-step={state.step}>
      <div class="wp-download__actions">
        {/* Not disabled while busy: focus stays here for keyboard users; a second press waits. */}
        <button
          type="button"
          class="wp-button wp-button--secondary"
          aria-busy={download.busy || undefined}
          aria-disabled={download.busy || undefined}
          aria-describedby={status ? statusId : undefined}
          onClick={download.start}
        >
          {label}
        </button>
        {download.busy && (
          <Button
            variant="quiet"
            onClick={download.cancel}
            aria-label={t('console.report.download.cancelFormat', { format: label })}
          >
            {t('console.report.download.cancel')}
          </Button>
        )}
        {state.step === 'failed' && (
          <Button variant="primary" onClick={download.start}>
            {t('console.report.download.retry')}
          </Button>
        )}
      </div>
      {download.busy && (
        <progress
          class="wp-download__progress"
          aria-label={t('console.report.download.progress', { format: label })}
          {...(state.step === 'receiving' && state.total
            ? { max: state.total, value: state.received }
            : {})}
        />
      )}
      {status && (
        <p
          id={statusId}
          class={`wp-download__status${state.step === 'failed' ? ' wp-download__status--error' : ''}`}
        >
          {status}
        </p>
      )}
      <LiveRegion message={announcement(state, t, label, status)} />
    </li>
  );
}
