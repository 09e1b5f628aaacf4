import './evaluation.css';
import './projector/projector.css';
import type { GuardedCount } from '../../../domain/views/smallGroups.ts';
import type { Translate } from '../../../i18n/index.ts';
import { FitPages } from '../../../ui/fit/FitPages.tsx';
import type { Question } from '../schema.ts';
import type { QuestionResult } from '../viewShapes.ts';
import { ScoreBars } from './parts/ScoreBars.tsx';
import type { EvaluationViewProps } from './types.ts';

/** "12 mensen hebben ingevuld", guarded: a count of 1 or 2 never shows as a number. */
function respondentsText(count: GuardedCount | null, t: Translate): string | null {
  if (!count) return null;
  if ('exact' in count) return t('projector.respondents', { count: count.exact });
  if ('fewerThan' in count) return t('projector.respondentsFewer', { k: count.fewerThan });
  return null;
}

/**
 * The big screen: while the evaluation is open only how many filled it in (guarded); once
 * closed, what the facilitator puts on it: every score together, or one question. Long lists
 * of open answers are cut into pages (FitPages), so 200 answers never scroll.
 */
export default function EvaluationProjector(props: EvaluationViewProps) {
  const { t, activity } = props;
  const { phase, screen, results, questions, anonymous } = activity.state;
  const respondents = respondentsText(activity.state.respondents, t);
  const shown = results && questions ? questions.filter((q) => Object.hasOwn(results, q.id)) : [];

  if (phase === 'closed' && results && shown.length > 0) {
    if (screen.type === 'scores')
      return (
        <section class="wp-eval-projector" aria-labelledby="eval-screen-title">
          <h2 id="eval-screen-title">{t('projector.scoresTitle')}</h2>
          <FitPages
            sections={[
              {
                key: 'scores',
                columns: [
                  {
                    key: 'scores',
                    listClass: 'wp-eval-projector__scores',
                    items: shown.map((q) => (
                      <li key={q.id} class="wp-card wp-eval-projector__score">
                        <h3>{q.text}</h3>
                        <ScoreResult {...props} result={results[q.id]!} />
                      </li>
                    )),
                  },
                ],
              },
            ]}
          />
        </section>
      );
    const question = shown[0]!;
    return <OneQuestion {...props} question={question} result={results[question.id]!} />;
  }

  const [title, hint] =
    phase === 'prepare'
      ? [t('projector.prepareTitle'), t('projector.prepareHint')]
      : phase === 'open'
        ? [t('projector.openTitle'), anonymous ? t('projector.anonymousHint') : null]
        : [t('projector.closedTitle'), t('projector.closedHint')];
  return (
    <section class="wp-stack wp-eval-projector" aria-labelledby="eval-screen-title">
      <h2 id="eval-screen-title">{title}</h2>
      {hint && <p class="wp-eval-projector__hint">{hint}</p>}
      {respondents && (
        <p class="wp-big-number wp-eval-projector__count" aria-live="polite">
          {respondents}
        </p>
      )}
    </section>
  );
}

function ScoreResult(props: EvaluationViewProps & { result: QuestionResult }) {
  return (
    <ScoreBars
      result={props.result}
      t={props.t}
      language={props.language}
      emptyText={props.t('projector.tooFew', { k: 3 })}
    />
  );
}

/** One question on the screen: its bars large, or its open answers page by page. */
function OneQuestion(props: EvaluationViewProps & { question: Question; result: QuestionResult }) {
  const { t, question, result } = props;
  if (question.kind === 'score')
    return (
      <section class="wp-eval-projector wp-eval-projector--one" aria-labelledby="eval-screen-title">
        <h2 id="eval-screen-title">{question.text}</h2>
        <ScoreResult {...props} />
      </section>
    );
  const texts = result.texts ?? [];
  return (
    <section class="wp-eval-projector" aria-labelledby="eval-screen-title">
      <h2 id="eval-screen-title">{question.text}</h2>
      <FitPages
        sections={[
          {
            key: question.id,
            columns: [
              {
                key: 'answers',
                listClass: 'wp-notes wp-eval-projector__answers',
                items: texts.map((answer, i) => (
                  <li key={`${i}:${answer.text}`} class="wp-note" dir="auto">
                    {answer.text}
                  </li>
                )),
                empty: <p>{t('projector.noAnswers')}</p>,
              },
            ],
          },
        ]}
      />
    </section>
  );
}
