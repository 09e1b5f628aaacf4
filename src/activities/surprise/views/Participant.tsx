import './surprise.css';
import { Notice } from '../../../ui/Notice.tsx';
import { ShortTextForm } from '../../../ui/ShortTextForm.tsx';
import { WallList } from './parts/WallList.tsx';
import type { SurpriseViewProps } from './types.ts';

/** The phone: the question, a box to share what surprised you, and the wall as it fills. */
export default function SurpriseParticipant(props: SurpriseViewProps) {
  const { t, me, activity } = props;
  if (!me) return null;
  const { config, state } = activity;
  return (
    <article class="wp-stack wp-surprise" aria-labelledby="activity-title">
      <header class="wp-stack">
        <h1 id="activity-title">{activity.title}</h1>
        <p class="wp-surprise-prompt">{config.prompt}</p>
      </header>
      {state.phase === 'open' ? (
        <ShortTextForm
          label={t('participant.textLabel')}
          hint={config.anonymous ? t('participant.anonymousHint') : t('participant.namedHint')}
          submitLabel={t('participant.share')}
          tApp={props.tApp}
          onSubmit={(text) => props.send({ type: 'addText', text })}
          onTyping={(typing) => props.signal('typing', '', typing)}
        />
      ) : (
        <Notice tone="success" title={t('participant.closedTitle')}>
          <p>{t('participant.closedHint')}</p>
        </Notice>
      )}
      <WallList props={props} />
    </article>
  );
}
