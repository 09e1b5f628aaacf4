import { useEffect, useState } from 'preact/hooks';
import {
  PHOTO_CAPTION_MAX,
  mayReport,
  type ReportPhoto,
} from '../../../../../domain/reportPhotos/state.ts';
import { Button } from '../../../../../ui/Button.tsx';
import { Checkbox } from '../../../../../ui/Checkbox.tsx';
import { TextField } from '../../../../../ui/Field.tsx';
import { FormActions } from '../../../../../ui/FormActions.tsx';
import { useT } from '../../../../../ui/i18n.tsx';
import { sendFailure } from '../../../../../ui/sendFailure.ts';
import type { RunCommand } from '../../../commands.ts';
import { ConfirmButton } from '../../ConfirmButton.tsx';
import { ConsentFields, type PeopleAnswer } from './ConsentFields.tsx';
import { photoUrl } from './photoUpload.ts';

interface Fields {
  readonly caption: string;
  readonly people: boolean;
  readonly consent: boolean;
}

/**
 * One photo in a block's list: its thumbnail and caption, whether it goes into the report,
 * "everyone said yes" to tick later, and edit and remove.
 */
export function PhotoItem(props: { photo: ReportPhoto; run: RunCommand; fallbackFocusId: string }) {
  const t = useT();
  const { photo } = props;
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The tick shows at once; the live state confirms it (or a refusal puts it back).
  const [consentSent, setConsentSent] = useState<boolean | null>(null);
  const consentShown = consentSent ?? photo.consent;
  useEffect(() => setConsentSent(null), [photo.consent]);
  const captionId = `photo-${photo.id}-caption`;

  async function save(fields: Fields): Promise<boolean> {
    const result = await props.run({ type: 'editReportPhoto', photoId: photo.id, ...fields });
    if (result.ok) {
      setError(null);
      return true;
    }
    setError(sendFailure(result, t).message);
    return false;
  }

  return (
    <li class="wp-photo-item">
      <img
        class="wp-photo-item__thumb"
        src={photoUrl(photo.id, 'thumb')}
        alt={photo.caption}
        width={photo.width}
        height={photo.height}
        loading="lazy"
      />
      <div class="wp-stack wp-photo-item__body">
        <p id={captionId} class="wp-photo-item__caption" dir="auto">
          {photo.caption || <em>{t('console.photos.noCaption')}</em>}
        </p>
        <p class={mayReport(photo) ? 'wp-badge' : 'wp-badge wp-photo-item__missing'}>
          {mayReport(photo) ? t('console.photos.inReport') : t('console.photos.noConsent')}
        </p>
        {photo.people && !editing && (
          <Checkbox
            checked={consentShown}
            describedBy={captionId}
            onChange={async (consent) => {
              setConsentSent(consent);
              if (!(await save({ ...photo, consent }))) setConsentSent(null);
            }}
          >
            {t('console.photos.consent')}
          </Checkbox>
        )}
        {editing ? (
          <PhotoEdit
            photo={photo}
            onSave={async (fields) => {
              if (await save(fields)) setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <div class="wp-row">
            <Button
              variant="secondary"
              aria-describedby={captionId}
              onClick={() => setEditing(true)}
            >
              {t('console.photos.edit')}
            </Button>
            <ConfirmButton
              label={t('console.photos.remove')}
              question={t('console.photos.confirmRemove')}
              describedBy={captionId}
              fallbackFocusId={props.fallbackFocusId}
              onConfirm={async () => {
                const result = await props.run({ type: 'removeReportPhoto', photoId: photo.id });
                if (!result.ok) setError(sendFailure(result, t).message);
              }}
            />
          </div>
        )}
        {error && (
          <p class="wp-field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </li>
  );
}

/** The caption and the people question of a photo already saved. */
function PhotoEdit(props: {
  photo: ReportPhoto;
  onSave: (fields: Fields) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [caption, setCaption] = useState(props.photo.caption);
  const [people, setPeople] = useState<PeopleAnswer>(props.photo.people ? 'yes' : 'no');
  const [consent, setConsent] = useState(props.photo.consent);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="wp-stack"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        await props.onSave({
          caption,
          people: people === 'yes',
          consent: people === 'yes' && consent,
        });
        setBusy(false);
      }}
    >
      <TextField
        label={t('console.photos.caption')}
        value={caption}
        maxLength={PHOTO_CAPTION_MAX}
        onInput={(e) => setCaption(e.currentTarget.value)}
      />
      <ConsentFields
        name={`photo-${props.photo.id}-people`}
        people={people}
        consent={consent}
        onPeople={setPeople}
        onConsent={setConsent}
      />
      <FormActions
        busy={busy}
        submitLabel={t('console.photos.saveEdit')}
        onCancel={props.onCancel}
      />
    </form>
  );
}
