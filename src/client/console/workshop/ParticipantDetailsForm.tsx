import { useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../../../domain/language.ts';
import {
  SIDES,
  type Participant,
  type Partnership,
  type Side,
} from '../../../domain/workshop/state.ts';
import { Select } from '../../../ui/Field.tsx';
import { FormActions } from '../../../ui/FormActions.tsx';
import { useLanguage, useT } from '../../../ui/i18n.tsx';
import { useAutofocus } from '../../../ui/useAutofocus.ts';
import { useSubmission } from '../../../ui/useSubmission.ts';
import type { RunCommand } from '../commands.ts';

const NONE = 'none';

/**
 * The facilitator corrects a participant's municipality, side and language
 * (`changeParticipantDetails`): the participant's screens follow, as with any event.
 */
export function ParticipantDetailsForm(props: {
  participant: Participant;
  partnerships: readonly Partnership[];
  run: RunCommand;
  onDone: (saved: boolean) => void;
}) {
  const t = useT();
  const fallbackLanguage = useLanguage();
  const { participant } = props;
  const [municipality, setMunicipality] = useState(participant.partnershipId ?? NONE);
  const [side, setSide] = useState<Side>(participant.side);
  const [language, setLanguage] = useState<Language>(participant.language ?? fallbackLanguage);
  const { busy, error, run } = useSubmission();
  const form = useAutofocus('select', true);

  async function submit(e: Event) {
    e.preventDefault();
    await run(
      () =>
        props.run({
          type: 'changeParticipantDetails',
          participantId: participant.id,
          partnershipId: municipality === NONE ? null : municipality,
          side,
          language,
        }),
      () => props.onDone(true),
    );
  }

  return (
    <form
      ref={form}
      class="wp-stack wp-console-person-form"
      onSubmit={submit}
      aria-label={t('console.people.editTitle', { name: participant.displayName })}
      noValidate
    >
      <div class="wp-console-pair">
        <Select
          label={t('console.participants.municipality')}
          value={municipality}
          onChange={(e) => setMunicipality(e.currentTarget.value)}
        >
          {props.partnerships.map((p) => (
            <option key={p.id} value={p.id}>
              {p.municipality}
            </option>
          ))}
          <option value={NONE}>{t('console.participants.noMunicipality')}</option>
        </Select>
        <Select
          label={t('console.participants.side')}
          value={side}
          onChange={(e) => setSide(e.currentTarget.value as Side)}
        >
          {SIDES.map((s) => (
            <option key={s} value={s}>
              {t(`common.sides.${s}`)}
            </option>
          ))}
        </Select>
        <Select
          label={t('console.participants.language')}
          value={language}
          onChange={(e) => setLanguage(e.currentTarget.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`common.languages.${l}`)}
            </option>
          ))}
        </Select>
      </div>
      <FormActions
        busy={busy}
        submitLabel={t('common.save')}
        error={error}
        onCancel={() => props.onDone(false)}
      />
    </form>
  );
}
