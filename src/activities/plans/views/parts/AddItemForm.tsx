import { useState } from 'preact/hooks';
import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { SIDES, type Side } from '../../../../domain/workshop/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { Choice } from '../../../../ui/Choice.tsx';
import { TextArea, TextField } from '../../../../ui/Field.tsx';
import { Notice } from '../../../../ui/Notice.tsx';
import { sendFailure } from '../../../../ui/sendFailure.ts';
import type { ListName } from '../../schema.ts';
import type { PlansViewProps } from '../types.ts';

/** The field a new item starts with: its one required text. */
const MAIN_FIELD: Readonly<Record<ListName, 'text' | 'what' | 'name'>> = {
  goals: 'text',
  actions: 'what',
  supporters: 'name',
  questions: 'text',
};

/**
 * Adds an item with its main text (and for a supporter, whose constituency); the other fields
 * are filled in on the item itself, by anyone in the partnership. The form empties at once, so
 * the next item can be typed; if the server refuses, the text comes back with the reason.
 */
export function AddItemForm(props: {
  view: PlansViewProps;
  list: ListName;
  /** The facilitator says whose plan; a phone adds to its own. */
  partnershipId?: string;
  onAdded: (list: ListName) => void;
}) {
  const { view, list } = props;
  const { t, tApp } = view;
  const [value, setValue] = useState('');
  const [side, setSide] = useState<Side>(view.me?.side ?? 'formal');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const field = MAIN_FIELD[list];

  const submit = (event: Event) => {
    event.preventDefault();
    const text = value.trim();
    if (!text) return setError(t('field.required'));
    setError(null);
    setFailure(null);
    setValue('');
    const item =
      list === 'supporters'
        ? { list, side, name: text }
        : list === 'actions'
          ? { list, what: text }
          : { list, text };
    const target = props.partnershipId ? { partnershipId: props.partnershipId } : {};
    void view.send({ type: 'addItem', item, ...target }).then((result) => {
      if (result.ok) return props.onAdded(list);
      setValue((now) => now || text);
      const shown = sendFailure(result, tApp, ['item']);
      if (shown.field) setError(shown.message);
      else setFailure(shown.message);
    });
  };

  const long = field !== 'name';
  const limit = long ? LIMITS.noteText : LIMITS.title;
  const input = {
    label: t(`newItem.${list}`),
    value,
    error,
    maxLength: value.length > limit * 0.8 ? limit : undefined,
    onInput: (e: Event) => setValue((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <form class="wp-stack wp-plans-add" onSubmit={submit} noValidate>
      {list === 'supporters' && (
        <Choice
          compact
          legend={t('field.side')}
          name={`plans-new-side-${props.partnershipId ?? 'own'}`}
          options={SIDES.map((s) => ({ value: s, label: t(`sideOf.${s}`) }))}
          value={side}
          onChange={setSide}
        />
      )}
      {long ? <TextArea {...input} rows={2} /> : <TextField {...input} />}
      {failure && <Notice tone="error">{failure}</Notice>}
      <div class="wp-row">
        <Button type="submit" variant="secondary">
          {t(`add.${list}`)}
        </Button>
      </div>
    </form>
  );
}
