import type { ProgrammeDay } from '../../../../domain/programme/state.ts';
import { useT } from '../../../../ui/i18n.tsx';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { useProgramme } from './context.ts';
import { DayForm, type DayFields } from './DayForm.tsx';

/**
 * A day's name and date, and removing it. Only an empty day can go (the server refuses the
 * rest), so for a day with blocks we say what to do instead of offering a button that fails.
 */
export function DayEditor({ day, onClose }: { day: ProgrammeDay; onClose: () => void }) {
  const t = useT();
  const { run, announce, report } = useProgramme();

  async function save(fields: DayFields): Promise<string | null> {
    const result = await run({ type: 'updateDay', dayId: day.id, ...fields });
    if (!result.ok) return result.message;
    announce(t('console.programme.day.saved'));
    onClose();
    return null;
  }

  return (
    <div
      class="wp-stack wp-prog-editor"
      role="group"
      aria-label={t('console.programme.day.editTitle', { title: day.title })}
    >
      <DayForm
        initial={{ title: day.title, date: day.date }}
        submitLabel={t('common.save')}
        onSubmit={save}
        onCancel={onClose}
      />
      {day.blockIds.length > 0 ? (
        <p class="wp-field__hint">{t('console.programme.day.notEmpty')}</p>
      ) : (
        <div>
          <ConfirmButton
            label={t('console.programme.day.remove')}
            question={t('console.programme.day.confirmRemove', { title: day.title })}
            describedBy={`day-${day.id}-title`}
            fallbackFocusId="programme-title"
            onConfirm={async () => {
              const result = await run({ type: 'removeDay', dayId: day.id });
              if (!result.ok) report(result.message);
              else announce(t('console.programme.day.removed', { title: day.title }));
            }}
          />
        </div>
      )}
    </div>
  );
}
