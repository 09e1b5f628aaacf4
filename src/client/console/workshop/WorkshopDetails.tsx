import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorkshopState } from '../../../domain/workshop/state.ts';
import { Button } from '../../../ui/Button.tsx';
import { useLanguage, useT } from '../../../ui/i18n.tsx';
import { LiveRegion } from '../../../ui/LiveRegion.tsx';
import type { RunCommand } from '../commands.ts';
import { WorkshopFieldsForm, type WorkshopFields } from '../WorkshopFieldsForm.tsx';
import { formatDateRange } from './format.ts';
import { DayEnd } from './DayEnd.tsx';

/**
 * Title, dates, venue, default language and closing text: shown, and edited in place
 * (`updateWorkshop`); and closing the day.
 */
export function WorkshopDetails({ workshop, run }: { workshop: WorkshopState; run: RunCommand }) {
  const t = useT();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const card = useRef<HTMLDivElement>(null);
  const toggled = useRef(false);

  // Closing the form puts focus back on the button that opened it.
  useEffect(() => {
    if (toggled.current && !editing)
      card.current?.querySelector<HTMLButtonElement>('.wp-console-edit')?.focus();
  }, [editing]);

  async function save(fields: WorkshopFields): Promise<string | null> {
    const result = await run({ type: 'updateWorkshop', ...fieldsOf(fields) });
    if (!result.ok) return result.message;
    toggled.current = true;
    setEditing(false);
    setMessage(t('console.overview.saved'));
    return null;
  }

  return (
    <div ref={card} class="wp-card wp-stack">
      <h3>{t('console.overview.details')}</h3>
      {editing ? (
        <WorkshopFieldsForm
          initial={fieldsOf(workshop)}
          submitLabel={t('common.save')}
          onSubmit={save}
          focusFirst
          onCancel={() => {
            toggled.current = true;
            setEditing(false);
          }}
        />
      ) : (
        <>
          <dl class="wp-console-dl">
            <dt>{t('console.fields.title')}</dt>
            <dd>{workshop.title}</dd>
            <dt>{t('console.overview.dates')}</dt>
            <dd>
              {formatDateRange(workshop.startsOn, workshop.endsOn, language) ??
                t('console.overview.noDate')}
            </dd>
            <dt>{t('console.fields.venue')}</dt>
            <dd>{workshop.venue || t('console.overview.noVenue')}</dd>
            <dt>{t('console.fields.language')}</dt>
            <dd>{t(`common.languages.${workshop.defaultLanguage}`)}</dd>
            <dt>{t('console.day.closingText')}</dt>
            <dd class="wp-closing__text">
              {workshop.closingText || t('console.day.noClosingText')}
            </dd>
          </dl>
          <div>
            <Button
              variant="secondary"
              class="wp-console-edit"
              onClick={() => {
                setMessage('');
                setEditing(true);
              }}
            >
              {t('console.overview.edit')}
            </Button>
          </div>
        </>
      )}
      <DayEnd workshop={workshop} run={run} />
      <LiveRegion message={message} />
    </div>
  );
}

/** Only the editable fields: the command must not carry the rest of the state along. */
function fieldsOf(source: WorkshopFields): WorkshopFields {
  const { title, startsOn, endsOn, venue, defaultLanguage, closingText } = source;
  return { title, startsOn, endsOn, venue, defaultLanguage, closingText: closingText ?? '' };
}
