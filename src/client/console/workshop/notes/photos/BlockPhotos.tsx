import './photos.css';
import type { WorkshopView } from '../../../../../domain/views/workshopView.ts';
import { useT } from '../../../../../ui/i18n.tsx';
import type { RunCommand } from '../../../commands.ts';
import { PhotoForm } from './PhotoForm.tsx';
import { PhotoItem } from './PhotoItem.tsx';

/**
 * The photos of one programme block on the note-takers' screen: take a new one and see, edit
 * or remove the ones taken. Facilitators and note-takers alone see them (the server sends the
 * photos to no one else), and only those without people, or with everyone's yes, reach the report.
 */
export function BlockPhotos(props: {
  workshopId: string;
  workshop: WorkshopView;
  blockId: string;
  run: RunCommand;
}) {
  const t = useT();
  const titleId = `photos-${props.blockId}-title`;
  const photos = Object.values(props.workshop.reportPhotos ?? {})
    .filter((p) => p.blockId === props.blockId)
    .sort((a, b) => a.at - b.at);
  return (
    <section class="wp-photos wp-card wp-stack" aria-labelledby={titleId}>
      <div class="wp-spread">
        <h2 id={titleId} tabIndex={-1}>
          {t('console.photos.title')}
        </h2>
        <span class="wp-badge">{t('console.photos.count', { count: photos.length })}</span>
      </div>
      <p class="wp-field__hint">{t('console.photos.intro')}</p>
      {/* Keyed by block: choosing another block starts a fresh form. */}
      <PhotoForm key={props.blockId} workshopId={props.workshopId} blockId={props.blockId} />
      {photos.length === 0 ? (
        <p class="wp-field__hint">{t('console.photos.none')}</p>
      ) : (
        <ul class="wp-photo-list" aria-label={t('console.photos.listTitle')}>
          {photos.map((photo) => (
            <PhotoItem key={photo.id} photo={photo} run={props.run} fallbackFocusId={titleId} />
          ))}
        </ul>
      )}
    </section>
  );
}
