import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { PHOTO_CAPTION_MAX } from '../../../../../domain/reportPhotos/state.ts';
import { Button } from '../../../../../ui/Button.tsx';
import { TextField } from '../../../../../ui/Field.tsx';
import { useT } from '../../../../../ui/i18n.tsx';
import { ConsentFields, type PeopleAnswer } from './ConsentFields.tsx';
import { usePhotoUpload } from './usePhotoUpload.ts';

/**
 * A new photo from the phone: "Take a photo" opens the camera (or the gallery), then a caption
 * and the question about people. Saving sends it with progress; a failed send keeps the photo
 * and everything typed, so "try again" is one tap.
 */
export function PhotoForm(props: { workshopId: string; blockId: string }) {
  const t = useT();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [caption, setCaption] = useState('');
  const [people, setPeople] = useState<PeopleAnswer | null>(null);
  const [consent, setConsent] = useState(false);
  const [missing, setMissing] = useState<'file' | 'people' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const upload = usePhotoUpload(props.workshopId, props.blockId);
  const input = useRef<HTMLInputElement>(null);

  // The preview is a local object URL: free it when the photo changes or the form goes.
  useEffect(() => {
    const url = file ? URL.createObjectURL(file) : null;
    setPreview(url);
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [file]);

  function choose(e: Event) {
    const chosen = (e.currentTarget as HTMLInputElement).files?.[0] ?? null;
    if (!chosen) return;
    setFile(chosen);
    setMissing(null);
    setNotice(null);
    upload.reset();
  }

  async function save() {
    if (!file) return setMissing('file');
    if (!people) return setMissing('people');
    setMissing(null);
    const ok = await upload.send(file, { caption, people: people === 'yes', consent });
    if (!ok) return;
    setFile(null);
    setCaption('');
    setPeople(null);
    setConsent(false);
    if (input.current) input.current.value = '';
    setNotice(t('console.photos.added'));
  }

  const sending = upload.state.step === 'sending';
  return (
    <form
      class="wp-photo-form wp-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div class="wp-stack">
        {/* The label is the big button; the input stays in the page for keyboards and readers. */}
        <label class="wp-button wp-button--primary wp-photo-form__take" for={`${id}-file`}>
          {file ? t('console.photos.choose') : t('console.photos.take')}
        </label>
        <input
          ref={input}
          id={`${id}-file`}
          class="wp-visually-hidden"
          type="file"
          accept="image/*"
          capture="environment"
          aria-describedby={`${id}-file-hint`}
          onChange={choose}
        />
        <p id={`${id}-file-hint`} class="wp-field__hint">
          {t('console.photos.takeHint')}
        </p>
        {missing === 'file' && (
          <p class="wp-field__error" role="alert">
            {t('console.photos.fileRequired')}
          </p>
        )}
      </div>
      {file && preview && (
        <>
          <img class="wp-photo-form__preview" src={preview} alt={t('console.photos.chosen')} />
          <TextField
            label={t('console.photos.caption')}
            hint={t('console.photos.captionHint')}
            value={caption}
            maxLength={PHOTO_CAPTION_MAX}
            onInput={(e) => setCaption(e.currentTarget.value)}
          />
          <ConsentFields
            name={`${id}-people`}
            people={people}
            consent={consent}
            onPeople={(answer) => {
              setPeople(answer);
              setMissing(null);
            }}
            onConsent={setConsent}
            error={missing === 'people' ? t('console.photos.peopleRequired') : null}
          />
          {sending && (
            <progress
              class="wp-photo-form__progress"
              max={100}
              value={upload.state.step === 'sending' ? upload.state.percent : 0}
              aria-label={t('console.photos.uploading', {
                percent: upload.state.step === 'sending' ? upload.state.percent : 0,
              })}
            />
          )}
          {upload.state.step === 'failed' && (
            <p class="wp-field__error" role="alert">
              {upload.state.message}
            </p>
          )}
          <Button type="submit" busy={sending}>
            {upload.state.step === 'failed' ? t('console.photos.retry') : t('console.photos.save')}
          </Button>
        </>
      )}
      <p class="wp-photo-form__notice" role="status">
        {sending && upload.state.step === 'sending'
          ? t('console.photos.uploading', { percent: upload.state.percent })
          : notice}
      </p>
    </form>
  );
}
