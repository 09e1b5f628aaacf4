import { Checkbox } from '../../../../../ui/Checkbox.tsx';
import { Choice } from '../../../../../ui/Choice.tsx';
import { useT } from '../../../../../ui/i18n.tsx';

export type PeopleAnswer = 'yes' | 'no';

/**
 * "Can people be recognised on it?" and, when yes, the reminder to ask them and the box that
 * records everyone's yes. Shared by a new photo and the edit of one, so both ask the same way.
 */
export function ConsentFields(props: {
  name: string;
  people: PeopleAnswer | null;
  consent: boolean;
  onPeople: (people: PeopleAnswer) => void;
  onConsent: (consent: boolean) => void;
  error?: string | null;
}) {
  const t = useT();
  const reminderId = `${props.name}-reminder`;
  return (
    <>
      <Choice<PeopleAnswer>
        legend={t('console.photos.people')}
        name={props.name}
        compact
        value={props.people}
        onChange={props.onPeople}
        error={props.error ?? null}
        options={[
          { value: 'no', label: t('console.photos.no') },
          { value: 'yes', label: t('console.photos.yes') },
        ]}
      />
      {props.people === 'yes' && (
        <div class="wp-photo-consent wp-stack">
          <p id={reminderId} class="wp-photo-consent__reminder">
            {t('console.photos.consentReminder')}
          </p>
          <Checkbox checked={props.consent} onChange={props.onConsent} describedBy={reminderId}>
            {t('console.photos.consent')}
          </Checkbox>
        </div>
      )}
    </>
  );
}
