import { useId } from 'preact/hooks';
import type { Translate } from '../../../../i18n/index.ts';
import { Button } from '../../../../ui/Button.tsx';
import { SCORES } from '../../schema.ts';

/**
 * A 1–5 score as five large radio buttons in one row (five of 56 px fit a 360 px phone), with
 * words under both ends so the numbers mean something; each button's name says its words
 * too. A chosen score can be taken back: a question may always be skipped.
 */
export function ScoreScale(props: {
  question: string;
  name: string;
  value: number | null;
  t: Translate;
  onChange: (score: number | null) => void;
}) {
  const { t } = props;
  const hintId = useId();
  return (
    <fieldset class="wp-eval-scale" aria-describedby={hintId}>
      <legend class="wp-field__label">{props.question}</legend>
      <p id={hintId} class="wp-visually-hidden">
        {t('participant.scoreLegendHint')}
      </p>
      <div class="wp-eval-scale__options">
        {SCORES.map((score) => (
          <label key={score} class="wp-eval-scale__option">
            <input
              type="radio"
              name={props.name}
              value={score}
              checked={props.value === score}
              onChange={() => props.onChange(score)}
              aria-label={t(`score.${score}`)}
            />
            <span aria-hidden="true">{score}</span>
          </label>
        ))}
      </div>
      <div class="wp-eval-scale__ends" aria-hidden="true">
        <span>{t('scale.low')}</span>
        <span>{t('scale.high')}</span>
      </div>
      {props.value !== null && (
        <Button variant="quiet" class="wp-eval-scale__clear" onClick={() => props.onChange(null)}>
          {t('participant.clearScore')}
        </Button>
      )}
    </fieldset>
  );
}
