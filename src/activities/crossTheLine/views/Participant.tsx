import './crossTheLine.css';
import { Notice } from '../../../ui/Notice.tsx';
import { Earlier } from './parts/Earlier.tsx';
import { MySubmissions } from './parts/MySubmissions.tsx';
import { useRememberedSubmissions } from './parts/mySubmissions.ts';
import { PhoneCurrent } from './parts/PhoneCurrent.tsx';
import { SubmitForm } from './parts/SubmitForm.tsx';
import { currentCard, revealedCards, type CrossTheLineViewProps } from './types.ts';

/**
 * The phone: send in prejudices (anonymously), then, one at a time, "I recognise this — I cross
 * the line", see the count and help debunk it; at the end, look up at the skittles.
 */
export default function CrossTheLineParticipant(props: CrossTheLineViewProps) {
  const { t, me, activity } = props;
  const { phase, anonymity } = activity.state;
  const mine = useRememberedSubmissions(activity.id, me?.id ?? '');
  if (!me) return null;
  const current = phase === 'play' ? currentCard(activity.state) : null;
  const earlier = revealedCards(activity.state).filter((c) => c.id !== current?.id);
  const submitting = phase === 'collect' || phase === 'play';
  const submit = (
    <>
      <p class="wp-xl-anonymous">
        {anonymity === 'all' ? t('participant.anonymousAll') : t('participant.anonymousPeers')}
      </p>
      <p class="wp-field__hint">{t('participant.screened')}</p>
      <SubmitForm view={props} onSent={(text, about) => mine.remember({ text, about })} />
      <MySubmissions view={props} remembered={mine.list} />
    </>
  );
  return (
    <article class="wp-stack wp-xl" aria-labelledby="activity-title">
      <header class="wp-stack">
        <h1 id="activity-title">{activity.title}</h1>
        <p class="wp-row">
          <span class="wp-badge">{t(`phase.${phase}`)}</span>
        </p>
      </header>
      {phase === 'collect' && (
        <>
          <p>{t('participant.intro')}</p>
          {submit}
          <Notice>{t('participant.waitStart')}</Notice>
        </>
      )}
      {phase === 'play' &&
        (current ? (
          <PhoneCurrent view={props} card={current} />
        ) : (
          <Notice>{t('participant.waitNext')}</Notice>
        ))}
      {phase === 'bowl' && (
        <Notice title={t('participant.bowlTitle')}>
          <p>{t('participant.bowlHint')}</p>
        </Notice>
      )}
      {phase === 'closed' && (
        <Notice tone="success" title={t('participant.closedTitle')}>
          <p>{t('participant.closedHint')}</p>
        </Notice>
      )}
      <Earlier view={props} cards={earlier} />
      {phase === 'play' && submitting && (
        <details class="wp-card wp-details">
          <summary>{t('participant.sendMore')}</summary>
          <div class="wp-stack">{submit}</div>
        </details>
      )}
    </article>
  );
}
