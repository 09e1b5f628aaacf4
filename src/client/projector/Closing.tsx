import { nextDay } from '../../domain/workshop/moment.ts';
import type { WorkshopState } from '../../domain/workshop/state.ts';
import { useT } from '../../ui/i18n.tsx';
import './day.css';

const LONG_TEXT = 300;

/**
 * After the last item, or when the facilitator closed the day: thanks, and what happens with
 * the results (the facilitator's own text, else a standard one), and the next day if any.
 */
export function Closing({ workshop }: { workshop: WorkshopState }) {
  const t = useT();
  const next = nextDay(workshop);
  return (
    <div class="wp-closing-screen wp-stack">
      <p class="wp-closing-screen__workshop">{workshop.title}</p>
      <h1>{t('common.day.closingTitle')}</h1>
      <p class="wp-closing-screen__thanks">{t('common.day.closingThanks')}</p>
      <section class="wp-closing-screen__next wp-stack" aria-labelledby="closing-next-title">
        <h2 id="closing-next-title">{t('common.day.nextTitle')}</h2>
        {/* The facilitator may write up to 1,000 characters: long texts get smaller type. */}
        <p
          class={`wp-closing__text${workshop.closingText.length > LONG_TEXT ? ' wp-closing__text--long' : ''}`}
        >
          {workshop.closingText || t('common.day.nextDefault')}
        </p>
        {next && <p>{t('common.day.nextDay', { day: next.title })}</p>}
      </section>
    </div>
  );
}
