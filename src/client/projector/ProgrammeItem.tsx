import { scheduleStatus } from '../../domain/programme/schedule.ts';
import type { ProgrammeBlock } from '../../domain/programme/state.ts';
import type { WorkshopState } from '../../domain/workshop/state.ts';
import { useT } from '../../ui/i18n.tsx';
import { BlockTime } from '../shared/programme/BlockTime.tsx';

/**
 * A plain programme item on the big screen: a presentation shows its first document (slides as
 * an image or a PDF), a break says until when, and the room always sees what comes next.
 */
export function ProgrammeItem({
  workshop,
  block,
  code,
  now,
}: {
  workshop: WorkshopState;
  block: ProgrammeBlock;
  code: string;
  now: number;
}) {
  const t = useT();
  const { next } = scheduleStatus(workshop.programme, now);
  const document = block.documents[0];
  const src = document ? `/api/documents/${document.id}?code=${code}` : null;
  return (
    <section class="wp-programme-item wp-stack" aria-labelledby="item-title">
      <div class="wp-spread">
        <h1 id="item-title">{block.title}</h1>
        <p class="wp-row">
          {block.itemType && (
            <span class="wp-badge">{t(`common.programme.itemTypes.${block.itemType}`)}</span>
          )}
          <BlockTime block={block} />
        </p>
      </div>
      {block.notes && <p class="wp-programme-item__notes">{block.notes}</p>}
      {document && src && document.mime.startsWith('image/') && (
        <img class="wp-programme-item__slide" src={src} alt={document.name} />
      )}
      {document && src && document.mime === 'application/pdf' && (
        <iframe class="wp-programme-item__slide" src={src} title={document.name} />
      )}
      {next && (
        <p class="wp-programme-item__next">
          <strong>{t('common.programme.next')}:</strong> {next.title}{' '}
          {next.startTime && t('common.programme.at', { time: next.startTime })}
        </p>
      )}
    </section>
  );
}
