import type { Translate } from '../../../../i18n/index.ts';
import type { GuardedCount } from '../../../../domain/views/smallGroups.ts';
import { formatAverage } from '../../format.ts';
import { SCORES } from '../../schema.ts';
import type { QuestionResult } from '../../viewShapes.ts';

/** A count as words: the number, or "minder dan 3" for a guarded one. */
export function countText(count: GuardedCount, t: Translate): string {
  if ('exact' in count) return String(count.exact);
  if ('fewerThan' in count) return t('fewerThan', { k: count.fewerThan });
  return String(count.of);
}

/** "12 antwoorden", "Minder dan 3 antwoorden", or nothing when the count may not be shown. */
export function answeredText(result: QuestionResult, t: Translate): string | null {
  const { answered } = result;
  if (!answered) return null;
  if ('exact' in answered) return t('answered', { count: answered.exact });
  if ('fewerThan' in answered) return t('answeredFewer', { k: answered.fewerThan });
  return null;
}

/**
 * A score question's result: the average and one bar per score. A guarded count (1 or 2
 * people) gets no bar, only "minder dan 3"; with no distribution (fewer than 3 answered on the
 * projector) it says why nothing is shown. The bars are decoration: the numbers are text.
 */
export function ScoreBars(props: {
  result: QuestionResult;
  t: Translate;
  language: string;
  /** What to say when there is no distribution to show. */
  emptyText: string;
}) {
  const { result, t } = props;
  const answered = answeredText(result, t);
  const distribution = result.distribution;
  if (!distribution)
    return (
      <div class="wp-eval-bars">
        <p class="wp-eval-bars__empty">{props.emptyText}</p>
      </div>
    );
  const max = Math.max(1, ...distribution.map((c) => ('exact' in c ? c.exact : 0)));
  return (
    <div class="wp-eval-bars">
      <p class="wp-eval-bars__summary">
        {result.average !== null && (
          <strong>
            {t('average', { average: formatAverage(result.average, props.language) })}
          </strong>
        )}
        {answered && <span> · {answered}</span>}
      </p>
      <ul class="wp-eval-bars__rows">
        {SCORES.map((score, i) => {
          const count = distribution[i] ?? { exact: 0 };
          const width = 'exact' in count ? (count.exact / max) * 100 : 0;
          return (
            <li key={score} class="wp-eval-bars__row">
              <span class="wp-eval-bars__label">{t(`score.${score}`)}</span>
              <span class="wp-eval-bars__track" aria-hidden="true">
                <span class="wp-eval-bars__bar" style={{ inlineSize: `${width}%` }} />
              </span>
              <span class="wp-eval-bars__count">{countText(count, t)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
