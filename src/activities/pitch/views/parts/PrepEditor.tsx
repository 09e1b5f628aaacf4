import { useRef, useState } from 'preact/hooks';
import { own } from '../../../../domain/ids.ts';
import { SharedTextField } from '../../../../ui/coedit/SharedTextField.tsx';
import { useSharedText } from '../../../../ui/coedit/useSharedText.ts';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { PREP } from '../../schema.ts';
import type { PitchViewProps } from '../types.ts';

/** Someone typing for minutes should not make a screen reader talk every few seconds. */
const ANNOUNCE_AGAIN_AFTER_MS = 15_000;

/** The municipality's shared preparation: two fields and free notes, written together live. */
export function PrepEditor({
  props,
  partnershipId,
}: {
  props: PitchViewProps;
  partnershipId: string;
}) {
  const { t } = props;
  const shared = useSharedText({
    spec: PREP,
    id: partnershipId,
    doc: own(props.activity.state.preps, partnershipId),
    pending: props.pending,
    send: props.send,
  });
  const [announcement, setAnnouncement] = useState('');
  const lastSaid = useRef(new Map<string, number>());

  const onRemoteChange = (field: string) => {
    const now = Date.now();
    if (now - (lastSaid.current.get(field) ?? 0) < ANNOUNCE_AGAIN_AFTER_MS) return;
    lastSaid.current.set(field, now);
    setAnnouncement(t('participant.changed', { field: t(`field.${field}`) }));
  };

  return (
    <section class="wp-stack wp-pitch-prep" aria-labelledby="pitch-prep-title">
      <div class="wp-spread">
        <h2 id="pitch-prep-title">{t('participant.yourPrep')}</h2>
        <p class={`wp-badge ${shared.waiting ? '' : 'wp-badge--saved'}`}>
          {shared.waiting ? t('participant.saving') : t('participant.saved')}
        </p>
      </div>
      <p class="wp-field__hint">{t('participant.together')}</p>
      {PREP.fields.map((field) => (
        <SharedTextField
          key={field}
          shared={shared}
          field={field}
          label={t(`field.${field}`)}
          hint={t(`fieldHint.${field}`)}
          othersEditingLabel={t('participant.othersEditing')}
          presence={props}
          onRemoteChange={onRemoteChange}
          class="wp-pitch-textarea"
        />
      ))}
      <p class="wp-field__hint">{t('participant.publicAfter')}</p>
      <LiveRegion message={announcement} />
    </section>
  );
}
