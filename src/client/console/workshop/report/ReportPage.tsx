import './report.css';
import { useState } from 'preact/hooks';
import type { WorkshopView } from '../../../../domain/views/workshopView.ts';
import { useT } from '../../../../ui/i18n.tsx';
import type { RunCommand } from '../../commands.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { exportUrl, type ExportChoices } from './exportUrl.ts';
import { ReportChoices } from './ReportChoices.tsx';
import { ReportTextEditor } from './ReportTextEditor.tsx';
import { ReportOutline, reportEditsVersion } from './outline/ReportOutline.tsx';

/**
 * "Verslag": the report as the server makes it from the log, shown as a preview, with a
 * download per format. Names stay off unless the facilitator turns them on for this download;
 * the appendix with every contribution is on unless turned off.
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
  const [choices, setChoices] = useState<ExportChoices>({ names: false, appendix: true });
  return (
    <div class="wp-report wp-stack">
      <p>{t('console.report.intro')}</p>
      <ReportChoices choices={choices} onChange={setChoices} />
      <ExportPanel workshopId={workshopId} choices={choices} />
      <section aria-labelledby="wp-report-words">
        <h2 id="wp-report-words">{t('console.report.wordsHeading')}</h2>
        <p>{t('console.report.wordsIntro')}</p>
        <ReportTextEditor workshop={workshop} run={run} />
      </section>
      <ReportOutline workshopId={workshopId} workshop={workshop} run={run} />
      <iframe
        // A new frame when the facilitators' words, hides or order change (here or a colleague's).
        key={`${choices.names}-${choices.appendix}-${reportEditsVersion(workshop)}`}
        class="wp-report-preview"
        title={t('console.report.preview')}
        src={exportUrl(workshopId, 'html', choices, false)}
        sandbox=""
      />
    </div>
  );
}
