import type { ProjectorProps } from '../types.ts';

/** Before the first round: what is about to happen, in four short steps. */
export function ProjectorBefore(props: ProjectorProps) {
  const { t, activity } = props;
  const { roundMinutes, autoRotate } = activity.config;
  return (
    <section class="wp-stack wp-intro-projector__message" aria-labelledby="intro-before">
      <h2 id="intro-before">{t('projector.beforeTitle')}</h2>
      <ol class="wp-intro-steps">
        <li>{t('projector.stepPhone')}</li>
        <li>{t('projector.stepFind')}</li>
        <li>{t('projector.stepAsk')}</li>
        <li>
          {autoRotate
            ? t('projector.stepRotate', { minutes: t('minutes', { count: roundMinutes }) })
            : t('projector.stepRotateManual')}
        </li>
      </ol>
    </section>
  );
}
