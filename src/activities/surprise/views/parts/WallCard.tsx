import { own } from '../../../../domain/ids.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import type { Translate } from '../../../../i18n/index.ts';
import type { SurpriseText } from '../../schema.ts';

/** One text on the projector's wall, with its author's name when it is named. */
export function WallCard(props: { item: SurpriseText; t: Translate; workshop: WorkshopState }) {
  const { item, t } = props;
  const author = item.authorId ? own(props.workshop.participants, item.authorId) : undefined;
  const by = item.spoken ? t('participant.spoken') : (author?.displayName ?? null);
  return (
    <li class="wp-note wp-surprise-card">
      <p class="wp-note__text">{item.text}</p>
      {by && <p class="wp-surprise-card__by">{by}</p>}
    </li>
  );
}
