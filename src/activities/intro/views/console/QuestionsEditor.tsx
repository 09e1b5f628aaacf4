import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../../../i18n/index.ts';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { Button } from '../../../../ui/Button.tsx';
import { TextField } from '../../../../ui/Field.tsx';
import { VisuallyHidden } from '../../../../ui/LiveRegion.tsx';
import { MAX_QUESTIONS } from '../../schema.ts';

/** One row of the list while editing; the key keeps focus on the right field as rows change. */
export interface EditableQuestion {
  readonly key: number;
  readonly text: string;
}

/** The list of questions: edit in place, remove, add. Empty rows are dropped on saving. */
export function QuestionsEditor(props: {
  t: Translate;
  questions: readonly EditableQuestion[];
  onChange: (questions: EditableQuestion[]) => void;
  newKey: () => number;
}) {
  const { t, questions, onChange } = props;
  const list = useRef<HTMLOListElement>(null);
  const added = useRef(false);

  // After "add", the new (last) field gets the focus, so typing can start at once.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const fields = list.current?.querySelectorAll('input');
    fields?.[fields.length - 1]?.focus();
  }, [questions.length]);

  const update = (key: number, text: string) =>
    onChange(questions.map((q) => (q.key === key ? { ...q, text } : q)));
  const remove = (key: number) => onChange(questions.filter((q) => q.key !== key));
  const add = () => {
    added.current = true;
    onChange([...questions, { key: props.newKey(), text: '' }]);
  };

  return (
    <fieldset class="wp-choice wp-intro-questions">
      <legend class="wp-field__label">{t('console.questionsLegend')}</legend>
      <ol ref={list} class="wp-intro-questions__list">
        {questions.map((question, index) => (
          <li key={question.key} class="wp-intro-questions__item">
            <TextField
              label={t('console.questionLabel', { number: index + 1 })}
              value={question.text}
              maxLength={LIMITS.noteText}
              onInput={(e) => update(question.key, e.currentTarget.value)}
            />
            <Button variant="quiet" onClick={() => remove(question.key)}>
              {t('console.remove')}
              <VisuallyHidden> {t('console.questionLabel', { number: index + 1 })}</VisuallyHidden>
            </Button>
          </li>
        ))}
      </ol>
      <div>
        <Button variant="secondary" onClick={add} disabled={questions.length >= MAX_QUESTIONS}>
          {t('console.addQuestion')}
        </Button>
      </div>
    </fieldset>
  );
}
