import { dayToCome, nextDay } from '../../domain/workshop/moment.ts';
import type { WorkshopState } from '../../domain/workshop/state.ts';
import { useT } from '../../ui/i18n.tsx';
import { DayProgramme } from '../shared/programme/DayProgramme.tsx';

/** Before the first item: who we are, the day's programme, what to expect, your data. */
export function PhoneWelcome({ workshop, name }: { workshop: WorkshopState; name: string }) {
  const t = useT();
  return (
    <section class="wp-card wp-stack wp-waiting" aria-labelledby="waiting-title">
      <h1 id="waiting-title">{t('participant.live.waitingTitle', { name })}</h1>
      <p>{t('participant.day.welcomeText')}</p>
      <h2>{t('common.day.expectTitle')}</h2>
      <ul class="wp-day-expect">
        <li>{t('common.day.expect1')}</li>
        <li>{t('common.day.expect2')}</li>
        <li>{t('common.day.expect3')}</li>
      </ul>
      <DayProgramme workshop={workshop} day={dayToCome(workshop)} />
      <h2>{t('common.day.dataTitle')}</h2>
      <p>{t('common.day.dataText')}</p>
    </section>
  );
}

/**
 * After the last item (or when the facilitator closed the day): thanks, what happens with
 * the results, where the report goes. Not a dead end: if the day goes on, the phone follows.
 */
export function PhoneClosing({ workshop }: { workshop: WorkshopState }) {
  const t = useT();
  const next = nextDay(workshop);
  return (
    <section class="wp-card wp-stack wp-closing" aria-labelledby="closing-title">
      <h1 id="closing-title">{t('common.day.closingTitle')}</h1>
      <p>{t('common.day.closingThanks')}</p>
      <h2>{t('common.day.nextTitle')}</h2>
      <p class="wp-closing__text">{workshop.closingText || t('common.day.nextDefault')}</p>
      {next && <p>{t('common.day.nextDay', { day: next.title })}</p>}
      <p class="wp-field__hint">{t('participant.day.closingText')}</p>
    </section>
  );
}
