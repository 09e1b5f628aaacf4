import type { ComponentChildren } from 'preact';
import type { DocumentRef } from '../../../../domain/programme/state.ts';
import { useLanguage, useT } from '../../../../ui/i18n.tsx';
import { formatSize } from '../format.ts';

/** Links to a block's files, opening in a new tab so the console stays where it was. */
export function DocumentLinks(props: {
  documents: readonly DocumentRef[];
  /** Extra controls per file (the editor's remove button). */
  actions?: (document: DocumentRef) => ComponentChildren;
}) {
  const t = useT();
  const language = useLanguage();
  return (
    <ul class="wp-prog-docs">
      {props.documents.map((document) => (
        <li key={document.id} class="wp-prog-docs__item">
          <span>
            <a
              id={`document-${document.id}`}
              href={`/api/documents/${encodeURIComponent(document.id)}`}
              target="_blank"
              rel="noopener"
            >
              {document.name}
              <span class="wp-visually-hidden"> {t('console.overview.newTab')}</span>
            </a>{' '}
            <span class="wp-field__hint">
              (
              {t('console.programme.documents.meta', {
                type: t(
                  document.mime === 'application/pdf'
                    ? 'console.programme.documents.pdf'
                    : 'console.programme.documents.image',
                ),
                size: formatSize(document.size, language),
              })}
              )
            </span>
          </span>
          {props.actions?.(document)}
        </li>
      ))}
    </ul>
  );
}
