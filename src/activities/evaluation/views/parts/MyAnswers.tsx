import type { Translate } from '../../../../i18n/index.ts';
import type { Answer, Question } from '../../schema.ts';

/** The answers this phone sent, under each question, so the person can check them. */
export function MyAnswers(props: {
  questions: readonly Question[];
  mine: Readonly<Record<string, Answer>>;
  t: Translate;
}) {
  const { t } = props;
  return (
    <section class="wp-stack" aria-labelledby="eval-mine">
      <h2 id="eval-mine">{t('participant.yourAnswers')}</h2>
      <dl class="wp-eval-mine">
        {props.questions.map((q) => {
          const answer = Object.hasOwn(props.mine, q.id) ? props.mine[q.id] : undefined;
          const shown =
            answer?.score != null
              ? t('participant.scoreAnswer', { score: answer.score })
              : (answer?.text ?? null);
          return (
            <div key={q.id}>
              <dt>{q.text}</dt>
              <dd dir="auto" class={shown === null ? 'wp-eval-mine--skipped' : undefined}>
                {shown ?? t('participant.skipped')}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
