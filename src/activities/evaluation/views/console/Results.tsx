import type { Question } from '../../schema.ts';
import type { QuestionResult } from '../../viewShapes.ts';
import { Button } from '../../../../ui/Button.tsx';
import { ScoreBars } from '../parts/ScoreBars.tsx';
import type { EvaluationViewProps } from '../types.ts';
import { sameScreen } from './screen.ts';

/**
 * Per question what came in: the distribution and average of a score, the words of an open
 * question (with names only when the evaluation is named). Once closed, each question has its
 * own "Op scherm" button.
 */
export function Results(props: EvaluationViewProps) {
  const { t, activity } = props;
  const { results, questions, phase, anonymous } = activity.state;
  if (!questions) return null;
  if (!results)
    return (
      <p class="wp-notice" role="status">
        {t('console.resultsAfterClose')}
      </p>
    );
  return (
    <section class="wp-stack" aria-labelledby="eval-results">
      <h3 id="eval-results">{t('console.results')}</h3>
      <p class="wp-field__hint">
        {anonymous ? t('console.anonymousNote') : t('console.namedNote')}
      </p>
      <ol class="wp-eval-results">
        {questions.map((q) => (
          <QuestionCard
            key={q.id}
            {...props}
            question={q}
            result={Object.hasOwn(results, q.id) ? results[q.id]! : null}
            canShow={phase === 'closed'}
          />
        ))}
      </ol>
    </section>
  );
}

/** Nobody answered this question (the console's counts are exact). */
const nobody = (result: QuestionResult) =>
  !!result.answered && 'exact' in result.answered && result.answered.exact === 0;

function QuestionCard(
  props: EvaluationViewProps & {
    question: Question;
    result: QuestionResult | null;
    canShow: boolean;
  },
) {
  const { t, question, result, activity, workshop } = props;
  const screen = { type: 'question', questionId: question.id } as const;
  const onScreen = sameScreen(activity.state.screen, screen);
  const headingId = `eval-q-${question.id}`;
  const texts = result?.texts ?? [];
  return (
    <li class="wp-card wp-stack wp-eval-result">
      <div class="wp-spread">
        <h4 id={headingId}>
          {question.text}{' '}
          {onScreen && <span class="wp-badge wp-eval-onscreen">{t('console.shown')}</span>}
        </h4>
        {props.canShow && (
          <Button
            variant={onScreen ? 'primary' : 'secondary'}
            aria-describedby={headingId}
            aria-pressed={onScreen}
            onClick={() =>
              void props.send({
                type: 'showOnScreen',
                screen: onScreen ? { type: 'none' } : screen,
              })
            }
          >
            {t('console.showQuestion')}
          </Button>
        )}
      </div>
      {!result || nobody(result) ? (
        <p>{t('console.noAnswers')}</p>
      ) : question.kind === 'score' ? (
        <ScoreBars
          result={result}
          t={t}
          language={props.language}
          emptyText={t('console.noAnswers')}
        />
      ) : (
        <ul class="wp-notes">
          {texts.map((a, i) => (
            <li key={`${i}:${a.text}`} class="wp-note">
              <p class="wp-note__text" dir="auto">
                {a.text}
              </p>
              {a.authorId && (
                <p class="wp-note__meta">
                  {workshop.participants[a.authorId]?.displayName ?? t('console.unknownAuthor')}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
