import './report.css';
import { useState } from 'preact/hooks';
import type { WorkshopView } from '../../../../domain/views/workshopView.ts';
import { useT } from '../../../../ui/i18n.tsx';
import type { RunCommand } from '../../commands.ts';
import { ReportTextEditor } from './ReportTextEditor.tsx';

/** The report's formats, and the research data's, as the server offers them (`src/server/export`). */
const REPORT_FORMATS = ['docx', 'html', 'md'] as const;
const DATA_FORMATS: readonly string[] = ['xlsx', 'csv', 'json', 'qdpx'];

function exportUrl(workshopId: string, format: string, names: boolean, download: boolean) {
  const query = new URLSearchParams({ names: names ? '1' : '0', download: download ? '1' : '0' });
  return `/api/workshops/${encodeURIComponent(workshopId)}/report.${format}?${query}`;
}

/**
 * "Verslag": the report as the server makes it from the log, shown as a preview, with a
 * download per format. Names stay off unless the facilitator turns them on for this download.
 * The preview is a sandboxed frame of the same HTML a facilitator prints as PDF.
 */
export function ReportPage({
  workshopId,
  workshop,
  run,
}: {
  workshopId: string;
  workshop: WorkshopView;
  run: RunCommand;
}) {
  const t = useT();
  const [names, setNames] = useState(false);
  const link = (format: string) => {
    const html = format === 'html';
    return (
      <li key={format}>
        <a
          class="wp-button wp-button--secondary"
          href={exportUrl(workshopId, format, names, !html)}
          {...(html ? { target: '_blank', rel: 'noopener' } : { download: '' })}
        >
          {t(`console.report.formats.${format}`)}
        </a>
      </li>
    );
  };
  return (
    <div class="wp-report wp-stack">
      <p>{t('console.report.intro')}</p>
      <div class="wp-report-names">
        <label>
          <input
            type="checkbox"
            checked={names}
            onChange={(e) => setNames(e.currentTarget.checked)}
            aria-describedby="wp-report-names-hint"
          />{' '}
          {t('console.report.names')}
        </label>
        <p id="wp-report-names-hint" class="wp-field__hint">
          {t('console.report.namesHint')}
        </p>
      </div>
      <section aria-labelledby="wp-report-files">
        <h2 id="wp-report-files">{t('console.report.reportHeading')}</h2>
        <ul class="wp-report-formats">{REPORT_FORMATS.map(link)}</ul>
        <p class="wp-field__hint">{t('console.report.printHint')}</p>
      </section>
      {DATA_FORMATS.length > 0 && (
        <section aria-labelledby="wp-report-data">
          <h2 id="wp-report-data">{t('console.report.dataHeading')}</h2>
          <p>{t('console.report.dataIntro')}</p>
          <ul class="wp-report-formats">{DATA_FORMATS.map(link)}</ul>
        </section>
      )}
      <section aria-labelledby="wp-report-words">
        <h2 id="wp-report-words">{t('console.report.wordsHeading')}</h2>
        <p>{t('console.report.wordsIntro')}</p>
        <ReportTextEditor workshop={workshop} run={run} />
      </section>
      <iframe
        // A new frame when the facilitators' words change (a save here, or a colleague's).
        key={`${names}-${JSON.stringify(workshop.reportTexts ?? {})}`}
        class="wp-report-preview"
        title={t('console.report.preview')}
        src={exportUrl(workshopId, 'html', names, false)}
        sandbox=""
      />
    </div>
  );
}
