import type { Translate } from '../../../../i18n/index.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import type { PitchState } from '../../schema.ts';
import { municipalityOf, orderStatus } from './names.ts';

/** The running order to read (phones and projector), each with where it stands, in words. */
export function OrderList(props: {
  order: readonly string[];
  state: PitchState;
  workshop: WorkshopState;
  t: Translate;
  ownId?: string | null;
}) {
  const { t } = props;
  return (
    <ol class="wp-pitch-order">
      {props.order.map((id) => {
        const status = orderStatus(props.state, id);
        return (
          <li
            key={id}
            class={`wp-pitch-order__item wp-pitch-order__item--${status}`}
            aria-current={status === 'now' ? 'step' : undefined}
          >
            <span class="wp-pitch-order__name">{municipalityOf(props.workshop, id)}</span>
            {props.ownId === id && <span class="wp-badge wp-badge--own">{t('order.yours')}</span>}
            {status !== 'waiting' && (
              <span class="wp-badge wp-pitch-status">{t(`order.status.${status}`)}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
