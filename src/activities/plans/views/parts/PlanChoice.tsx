import { useState } from 'preact/hooks';
import { Choice, type ChoiceOption } from '../../../../ui/Choice.tsx';
import { sendFailure } from '../../../../ui/sendFailure.ts';
import type { ListName } from '../../schema.ts';
import type { ItemChangeInput, PlansViewProps } from '../types.ts';
import { useSentValue } from './useSentValue.ts';

/**
 * A choice of one plan item (who takes an action on, whose constituency a supporter is in),
 * saved at once as its own field: it never touches what others write in the item's texts.
 */
export function PlanChoice<V extends string>(props: {
  view: PlansViewProps;
  list: ListName;
  itemId: string;
  field: string;
  value: V | null;
  legend: string;
  options: readonly ChoiceOption<V>[];
}) {
  const { view, list, itemId, field } = props;
  const [shown, markSent] = useSentValue<V | null>(props.value);
  const [error, setError] = useState<string | null>(null);
  const choose = (value: V) => {
    if (value === props.value) return;
    markSent(value);
    const change = { list, [field]: value } as ItemChangeInput;
    void view.send({ type: 'editItem', itemId, change }).then((result) => {
      setError(result.ok ? null : sendFailure(result, view.tApp).message);
    });
  };
  return (
    <Choice
      compact
      legend={props.legend}
      name={`${itemId}-${field}`}
      options={props.options}
      value={shown}
      onChange={choose}
      error={error}
    />
  );
}
