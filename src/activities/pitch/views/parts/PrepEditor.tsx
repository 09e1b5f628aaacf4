import { useRef, useState } from 'preact/hooks';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { PREP_FIELDS, type PrepField } from '../../prep.ts';
import type { PitchViewProps } from '../types.ts';
import { SharedTextField } from './SharedTextField.tsx';
import { usePrepDoc } from './usePrepDoc.ts';

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
  const { doc, waiting } = usePrepDoc(props, partnershipId);
  const [announcement, setAnnouncement] = useState('');
  const lastSaid = useRef<Partial<Record<PrepField, number>>>({});

  const onRemoteChange = (field: PrepField) => {
    const now = Date.now();
    if (now - (lastSaid.current[field] ?? 0) < ANNOUNCE_AGAIN_AFTER_MS) return;
    lastSaid.current[field] = now;
    setAnnouncement(t('participant.changed', { field: t(`field.${field}`) }));
  };

  return (
    <section class="wp-stack wp-pitch-prep" aria-labelledby="pitch-prep-title">
      <div class="wp-spread">
        <h2 id="pitch-prep-title">{t('participant.yourPrep')}</h2>
        <p class={`wp-badge ${waiting ? '' : 'wp-badge--saved'}`}>
          {waiting ? t('participant.saving') : t('participant.saved')}
        </p>
      </div>
      <p class="wp-field__hint">{t('participant.together')}</p>
      {PREP_FIELDS.map((field) => (
        <SharedTextField
          key={field}
          doc={doc}
          field={field}
          label={t(`field.${field}`)}
          hint={t(`fieldHint.${field}`)}
          onRemoteChange={onRemoteChange}
        />
      ))}
      <p class="wp-field__hint">{t('participant.publicAfter')}</p>
      <LiveRegion message={announcement} />
    </section>
  );
}
