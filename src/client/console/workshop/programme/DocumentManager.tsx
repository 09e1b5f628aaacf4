import { useState } from 'preact/hooks';
import type { ProgrammeBlock } from '../../../../domain/programme/state.ts';
import { Field } from '../../../../ui/Field.tsx';
import { useLanguage, useT } from '../../../../ui/i18n.tsx';
import { goToLogin } from '../../navigation.ts';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { formatSize } from '../format.ts';
import { useProgramme } from './context.ts';
import { DocumentLinks } from './DocumentLinks.tsx';
import {
  acceptedType,
  DOCUMENT_ACCEPT,
  MAX_DOCUMENT_BYTES,
  uploadDocument,
  type UploadResult,
} from './upload.ts';

/** A block's files: open, remove, and add one (uploaded at once, no second button). */
export function DocumentManager({ block }: { block: ProgrammeBlock }) {
  const t = useT();
  const language = useLanguage();
  const { workshop, run, announce, report } = useProgramme();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  function explain(result: Extract<UploadResult, { ok: false }>, file: File): string {
    if (result.code === 'WP_ERR_UNAUTHENTICATED') goToLogin();
    // Our own words for the two refusals we know, as they say what to do about it.
    if (result.status === 413 || result.code === 'WP_ERR_TOO_LARGE')
      return t('console.programme.documents.tooLarge', { size: formatSize(file.size, language) });
    if (result.code === 'WP_ERR_VALIDATION') return t('console.programme.documents.wrongType');
    if (result.message) return result.message;
    if (result.status === 0) return t('console.form.network');
    // No coded answer at all: the server does not offer uploads (yet).
    if (result.status === 404 || result.status === 405)
      return t('console.programme.documents.unavailable');
    return t('console.programme.documents.failed');
  }

  async function add(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire again
    if (!file) return;
    setDone(null);
    if (!acceptedType(file)) return setError(t('console.programme.documents.wrongType'));
    if (file.size >= MAX_DOCUMENT_BYTES)
      return setError(
        t('console.programme.documents.tooLarge', { size: formatSize(file.size, language) }),
      );
    setError(null);
    setBusy(file.name);
    announce(t('console.programme.documents.uploading', { name: file.name }));
    const result = await uploadDocument(workshop.id, block.id, file);
    setBusy(null);
    if (!result.ok) return setError(explain(result, file));
    const added = t('console.programme.documents.added', { name: result.document.name });
    setDone(added);
    announce(added);
  }

  return (
    <section class="wp-stack wp-prog-fieldset" aria-labelledby={`block-${block.id}-files`}>
      <h5 id={`block-${block.id}-files`} class="wp-field__label">
        {t('console.programme.documents.title')}
      </h5>
      {block.documents.length === 0 ? (
        <p class="wp-field__hint">{t('console.programme.documents.none')}</p>
      ) : (
        <DocumentLinks
          documents={block.documents}
          actions={(document) => (
            <ConfirmButton
              label={t('console.programme.documents.remove')}
              question={t('console.programme.documents.confirmRemove', { name: document.name })}
              describedBy={`document-${document.id}`}
              fallbackFocusId={`block-${block.id}-title`}
              onConfirm={async () => {
                const result = await run({
                  type: 'detachDocument',
                  blockId: block.id,
                  documentId: document.id,
                });
                if (!result.ok) report(result.message);
                else announce(t('console.programme.documents.removed', { name: document.name }));
              }}
            />
          )}
        />
      )}
      <Field
        label={t('console.programme.documents.upload')}
        hint={t('console.programme.documents.uploadHint')}
        error={error}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="file"
            class="wp-prog-file"
            accept={DOCUMENT_ACCEPT}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => void add(e.currentTarget)}
          />
        )}
      </Field>
      {busy && (
        <p class="wp-field__hint" aria-busy="true">
          {t('console.programme.documents.uploading', { name: busy })}
        </p>
      )}
      {done && <p class="wp-prog-done">{done}</p>}
    </section>
  );
}
