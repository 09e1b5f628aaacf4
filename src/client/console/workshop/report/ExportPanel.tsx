import { useT } from '../../../../ui/i18n.tsx';
import { DownloadItem } from './DownloadItem.tsx';
import { exportUrl, type ExportChoices } from './exportUrl.ts';
import './exportPanel.css';

/** The report's formats, and the research data's, as the server offers them (`src/server/export`). */
const REPORT_FORMATS = ['pdf', 'docx', 'md'] as const;
const DATA_FORMATS = ['xlsx', 'csv', 'json', 'qdpx'] as const;

/**
 * The downloads of the report screen. Each file is fetched with its progress in view (a large
 * workshop's PDF takes a while to make) and can be stopped; the web page opens in a new tab,
 * as the page a facilitator reads or prints. Names and the appendix follow the screen's switches.
 */
export function ExportPanel({
  workshopId,
  choices,
}: {
  workshopId: string;
  choices: ExportChoices;
}) {
  const t = useT();
  const item = (format: string) => (
    // A new item (and so a fresh state) when a switch changes: another file.
    <DownloadItem
      key={`${format}-${choices.names}-${choices.appendix}`}
      format={format}
      url={exportUrl(workshopId, format, choices, true)}
    />
  );
  return (
    <>
      <section aria-labelledby="wp-report-files">
        <h2 id="wp-report-files">{t('console.report.reportHeading')}</h2>
        <ul class="wp-report-formats">
          {REPORT_FORMATS.map(item)}
          <li class="wp-download">
            <a
              class="wp-button wp-button--secondary"
              href={exportUrl(workshopId, 'html', choices, false)}
              target="_blank"
              rel="noopener"
            >
              {t('console.report.formats.html')}
            </a>
          </li>
        </ul>
        <p class="wp-field__hint">{t('console.report.printHint')}</p>
      </section>
      <section aria-labelledby="wp-report-data">
        <h2 id="wp-report-data">{t('console.report.dataHeading')}</h2>
        <p>{t('console.report.dataIntro')}</p>
        <ul class="wp-report-formats">{DATA_FORMATS.map(item)}</ul>
      </section>
    </>
  );
}
