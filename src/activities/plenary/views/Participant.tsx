import './plenary.css';
import { Notice } from '../../../ui/Notice.tsx';
import { ShortTextForm } from '../../../ui/ShortTextForm.tsx';
import { NoteList } from './parts/NoteList.tsx';
import type { PlenaryViewProps } from './types.ts';

/** The phone: the question, a box for your answer, and everyone's notes as they are grouped. */
export default function PlenaryParticipant(props: PlenaryViewProps) {
  const { t, me, activity } = props;
  if (!me) return null;
  const { config, state } = activity;
  return (
    <article class="wp-stack wp-plenary" aria-labelledby="activity-title">
      <header class="wp-stack">
        <h1 id="activity-title">{activity.title}</h1>
        <p class="wp-plenary-prompt">{config.prompt}</p>
      </header>
      {state.phase === 'open' ? (
        <ShortTextForm
          label={t('participant.noteLabel')}
          hint={config.anonymous ? t('participant.anonymousHint') : t('participant.namedHint')}
          submitLabel={t('participant.add')}
          tApp={props.tApp}
          onSubmit={(text) => props.send({ type: 'addNote', text })}
          onTyping={(typing) => props.signal('typing', '', typing)}
        />
      ) : (
        <Notice tone="success" title={t('participant.closedTitle')}>
          <p>{t('participant.closedHint')}</p>
        </Notice>
      )}
      <NoteList props={props} />
    </article>
  );
}
