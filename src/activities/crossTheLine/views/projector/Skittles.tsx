import { FitPages, type FitColumn } from '../../../../ui/fit/FitPages.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { useAnnouncement } from '../../../../ui/useOnChange.ts';
import { revealedCards, type CrossTheLineViewProps } from '../types.ts';
import { Ball, SkittleIcon } from './Skittle.tsx';

/**
 * The knock-down: every debunked prejudice fixed to a skittle, standing until the facilitator
 * bowls it over (one by one or all at once); beside them what stays on the table. Closed, it is
 * the final screen: the fallen and the standing ones. Both lists page with FitPages, so 200
 * skittles fit a 1280×720 beamer too.
 */
export function Skittles(props: CrossTheLineViewProps) {
  const { t, activity } = props;
  const { phase, throws } = activity.state;
  const played = revealedCards(activity.state);
  const skittles = played.filter((p) => p.outcome === 'debunked');
  const stays = played.filter((p) => p.outcome === 'stays');
  const thrown = useAnnouncement(String(throws), () => (throws > 0 ? t('projector.thrown') : ''));
  const skittleColumn: FitColumn = {
    key: 'skittles',
    class: 'wp-xl-lane',
    labelledBy: 'xl-skittles',
    head: <h2 id="xl-skittles">{t('projector.skittlesTitle')}</h2>,
    listClass: 'wp-xl-skittles',
    items: skittles.map((p) => (
      <li key={p.id} class={`wp-xl-skittle${p.knockedDown ? ' wp-xl-skittle--down' : ''}`}>
        <SkittleIcon down={p.knockedDown} />
        <p class="wp-xl-skittle__text" dir="auto">
          {p.text}
        </p>
        <p class="wp-xl-skittle__state">
          {p.knockedDown ? t('projector.fallenTitle') : t('projector.standingTitle')}
        </p>
      </li>
    )),
    empty: <p class="wp-xl-empty">{t('projector.noSkittles')}</p>,
  };
  const staysColumn: FitColumn = {
    key: 'stays',
    class: 'wp-xl-table',
    labelledBy: 'xl-stays',
    head: <h2 id="xl-stays">{t('projector.staysTitle')}</h2>,
    listClass: 'wp-xl-stays',
    items: stays.map((p) => (
      <li key={p.id} class={`wp-note wp-note--${p.about}`}>
        <p class="wp-note__text" dir="auto">
          {p.text}
        </p>
      </li>
    )),
    empty: <p class="wp-xl-empty">{t('projector.nothingStays')}</p>,
  };
  return (
    <section class="wp-xl-projector wp-xl-bowl" aria-label={t(`phase.${phase}`)}>
      {phase === 'closed' && <h2 class="wp-xl-final">{t('projector.finalTitle')}</h2>}
      <div class="wp-xl-alley" aria-hidden="true">
        <Ball throwNumber={throws} />
      </div>
      <FitPages sections={[{ key: 'bowl', columns: [skittleColumn, staysColumn] }]} />
      <LiveRegion message={thrown} />
    </section>
  );
}
