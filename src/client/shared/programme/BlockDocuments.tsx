import type { ProgrammeBlock } from '../../../domain/programme/state.ts';
import { useT } from '../../../ui/i18n.tsx';

/** Links to a block's documents; they open in the phone's own viewer (a new tab). */
export function BlockDocuments({ block, code }: { block: ProgrammeBlock; code?: string }) {
  const t = useT();
  if (block.documents.length === 0) return null;
  return (
    <section class="wp-stack" aria-labelledby={`docs-${block.id}`}>
      <h3 id={`docs-${block.id}`}>{t('common.programme.documents')}</h3>
      <ul class="wp-documents">
        {block.documents.map((d) => (
          <li key={d.id}>
            <a
              class="wp-button wp-button--secondary"
              href={`/api/documents/${d.id}${code ? `?code=${code}` : ''}`}
              target="_blank"
              rel="noopener"
            >
              {t('common.programme.open', { name: d.name })} (
              {t(`common.programme.fileTypes.${d.mime === 'application/pdf' ? 'pdf' : 'image'}`)})
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
