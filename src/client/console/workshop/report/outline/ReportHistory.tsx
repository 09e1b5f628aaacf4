import type { OutlineSection } from '../../../../../domain/reportDocument/outline.ts';
import type { WorkshopView } from '../../../../../domain/views/workshopView.ts';
import { useLanguage, useT } from '../../../../../ui/i18n.tsx';
import { formatClock } from '../../format.ts';
import { describeEdit, whoDid } from './describeEdit.ts';

/** How many of the latest changes the screen lists (the state keeps more, for undo). */
const SHOWN = 8;

/** "Laatste wijzigingen": who changed what in the report and when, newest first. */
export function ReportHistory(props: {
  workshop: WorkshopView;
  sections: readonly OutlineSection[];
}) {
  const t = useT();
  const language = useLanguage();
  const { workshop } = props;
  const latest = [...(workshop.reportHistory ?? [])].reverse().slice(0, SHOWN);
  const who = (id: string | null | undefined) => whoDid(id, workshop.facilitators, t);
  return (
    <section class="wp-outline__history" aria-labelledby="wp-outline-history">
      <h3 id="wp-outline-history">{t('console.reportLayout.historyHeading')}</h3>
      {latest.length === 0 ? (
        <p class="wp-field__hint">{t('console.reportLayout.historyEmpty')}</p>
      ) : (
        <ol>
          {latest.map((edit, i) => (
            <li key={i} class={edit.undone ? 'is-undone' : undefined}>
              {t('console.reportLayout.historyEntry', {
                who: who(edit.by),
                time: formatClock(edit.at, workshop.programme.timeZone, language),
                what: describeEdit(edit, props.sections, t),
              })}
              {edit.undone && (
                <span class="wp-field__hint">
                  {' '}
                  {t('console.reportLayout.historyUndone', { who: who(edit.undoneBy) })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
