import './strength.css';
import type { StrengthViewProps } from './types.ts';
import { GroupNotes } from './parts/GroupNotes.tsx';
import { NoteForm } from './parts/NoteForm.tsx';
import { RevealedLists } from './parts/RevealedLists.tsx';

/** The phone: write with your group, then follow the shared lists. */
export default function StrengthParticipant(props: StrengthViewProps) {
  const { t, tApp, me, activity } = props;
  const { phase, round } = activity.state;
  if (!me) return null;
  return (
    <article class="wp-stack wp-strength" aria-labelledby="activity-title">
      <header class="wp-stack">
        <h1 id="activity-title">{activity.title}</h1>
        <p class="wp-row">
          <span class={`wp-badge wp-badge--${me.side}`}>
            {tApp(`common.sidesPlural.${me.side}`)}
          </span>
          <span class="wp-badge">{t('round', { round })}</span>
          <span class="wp-badge">{t(`phase.${phase}`)}</span>
        </p>
      </header>
      {phase === 'write' && (
        <>
          <p>{t(`participant.yourGroup.${me.side}`)}</p>
          <p class="wp-prompt">{activity.config.prompts[me.side]}</p>
          <NoteForm props={props} />
          <GroupNotes props={props} />
          {activity.config.shareWhileWriting && (
            <RevealedLists
              state={activity.state}
              t={t}
              myId={me.id}
              writtenBy={me.side === 'formal' ? 'informal' : 'formal'}
            />
          )}
        </>
      )}
      {phase === 'plenary' && (
        <>
          <div class="wp-notice">
            <p class="wp-notice__title">{t('participant.plenaryTitle')}</p>
            <p>{t('participant.plenaryHint')}</p>
          </div>
          <RevealedLists state={activity.state} t={t} myId={me.id} />
        </>
      )}
      {phase === 'closed' && (
        <>
          <div class="wp-notice wp-notice--success">
            <p class="wp-notice__title">{t('participant.closedTitle')}</p>
            <p>{t('participant.closedHint')}</p>
          </div>
          <RevealedLists state={activity.state} t={t} myId={me.id} />
        </>
      )}
    </article>
  );
}
