import { dayToCome } from '../../domain/workshop/moment.ts';
import { activeParticipants, type WorkshopState } from '../../domain/workshop/state.ts';
import { useT } from '../../ui/i18n.tsx';
import { DayProgramme } from '../shared/programme/DayProgramme.tsx';
import { DoorClosed, JoinInvite } from './Door.tsx';
import './day.css';

/**
 * Before the first item: the workshop's title, the day's programme, what to expect and the
 * note on data, beside how to join (people arrive while this is on the wall).
 */
export function Welcome({
  workshop,
  code,
  joinAddress,
}: {
  workshop: WorkshopState;
  code: string;
  joinAddress: string;
}) {
  const t = useT();
  const count = activeParticipants(workshop).length;
  return (
    <div class="wp-welcome">
      <div class="wp-welcome__main">
        <h1 class="wp-welcome__title">{t('common.day.welcome', { title: workshop.title })}</h1>
        <DayProgramme workshop={workshop} day={dayToCome(workshop)} class="wp-welcome__programme" />
        <section class="wp-welcome__expect wp-stack" aria-labelledby="expect-title">
          <h2 id="expect-title">{t('common.day.expectTitle')}</h2>
          <ul>
            <li>{t('common.day.expect1')}</li>
            <li>{t('common.day.expect2')}</li>
            <li>{t('common.day.expect3')}</li>
          </ul>
        </section>
        <section class="wp-welcome__data" aria-labelledby="data-title">
          <h2 id="data-title">{t('common.day.dataTitle')}</h2>
          <p>{t('common.day.dataText')}</p>
        </section>
      </div>
      <aside class="wp-welcome__join wp-stack" aria-label={t('projector.welcomeJoin')}>
        {workshop.locked ? (
          <DoorClosed />
        ) : (
          <>
            <h2>{t('projector.welcomeJoin')}</h2>
            <JoinInvite code={code} joinAddress={joinAddress} compact />
          </>
        )}
        <p aria-live="polite">{t('projector.joined', { count })}</p>
      </aside>
    </div>
  );
}
