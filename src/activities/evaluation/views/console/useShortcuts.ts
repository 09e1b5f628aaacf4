import { useConsoleShortcut } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import type { EvaluationViewProps } from '../types.ts';
import { nextScreen } from './screen.ts';

/**
 * The keys this kind offers on the live screen: opening the evaluation (closing it stays a
 * button: people may still be typing), all scores on the screen, and the next question on the
 * screen. Each key does what the button with the same words does.
 */
export function useEvaluationShortcuts(props: EvaluationViewProps): void {
  const { t, activity } = props;
  const { phase, screen, questions } = activity.state;
  const hasScores = (questions ?? []).some((q) => q.kind === 'score');
  useConsoleShortcut(
    'nextPhase',
    phase === 'prepare' ? t('console.open') : null,
    () => void props.send({ type: 'openEvaluation' }),
  );
  useConsoleShortcut(
    'share',
    phase === 'closed' && hasScores ? t('console.showScores') : null,
    () => void props.send({ type: 'showOnScreen', screen: { type: 'scores' } }),
  );
  useConsoleShortcut(
    'spotlightNext',
    phase === 'closed' && questions ? t('console.nextOnScreen') : null,
    () => void props.send({ type: 'showOnScreen', screen: nextScreen(questions ?? [], screen) }),
  );
}
