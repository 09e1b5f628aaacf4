import { Button } from '../../../../ui/Button.tsx';
import type { EvaluationViewProps } from '../types.ts';
import { nextScreen, sameScreen } from './screen.ts';

/**
 * What the room sees, once the evaluation is closed: all scores together, the next question,
 * or nothing. Each question's own button sits with its results.
 */
export function ScreenControls(props: EvaluationViewProps) {
  const { t, activity } = props;
  const { phase, screen, questions } = activity.state;
  if (!questions) return null;
  if (phase !== 'closed') return <p class="wp-field__hint">{t('console.screenAfterClose')}</p>;
  const scores = { type: 'scores' } as const;
  const hasScores = questions.some((q) => q.kind === 'score');
  return (
    <section class="wp-stack" aria-labelledby="eval-screen">
      <h3 id="eval-screen">{t('console.screen')}</h3>
      <p class="wp-field__hint">{t('console.screenHint')}</p>
      <div class="wp-row">
        {hasScores && (
          <Button
            variant={sameScreen(screen, scores) ? 'primary' : 'secondary'}
            aria-pressed={sameScreen(screen, scores)}
            onClick={() => void props.send({ type: 'showOnScreen', screen: scores })}
          >
            {t('console.showScores')}
          </Button>
        )}
        <Button
          variant="secondary"
          onClick={() =>
            void props.send({ type: 'showOnScreen', screen: nextScreen(questions, screen) })
          }
        >
          {t('console.nextOnScreen')}
        </Button>
        {screen.type !== 'none' && (
          <Button
            variant="quiet"
            onClick={() => void props.send({ type: 'showOnScreen', screen: { type: 'none' } })}
          >
            {t('console.hide')}
          </Button>
        )}
      </div>
    </section>
  );
}
