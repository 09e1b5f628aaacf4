import { LIMITS } from '../../../../domain/workshop/limits.ts';
import { SIDES } from '../../../../domain/workshop/state.ts';
import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { WHO, type AnyItem, type ListName } from '../../schema.ts';
import type { PlansViewProps } from '../types.ts';
import { PlanChoice } from './PlanChoice.tsx';
import { PlanField } from './PlanField.tsx';

/**
 * One item of a plan as its partnership (or the facilitator) edits it: each field on its own,
 * saved on its own, and a way to take the item out (asked first).
 */
export function EditableItem(props: {
  view: PlansViewProps;
  list: ListName;
  item: AnyItem;
  /** 1-based position in its list, for the heading of an action. */
  number: number;
}) {
  const { view, list, item } = props;
  const { t } = view;
  const field = (name: string, value: string | null, label: string, extra = {}) => (
    <PlanField
      view={view}
      list={list}
      itemId={item.id}
      field={name}
      value={value}
      label={label}
      maxLength={LIMITS.noteText}
      multiline
      {...extra}
    />
  );
  const short = { multiline: false, maxLength: LIMITS.title };
  return (
    <li class={`wp-card wp-stack wp-plans-item wp-plans-item--${list}`}>
      {'text' in item &&
        field('text', item.text, t(list === 'goals' ? 'field.goal' : 'field.question'), {
          required: true,
        })}
      {'what' in item && (
        <>
          <h4 class="wp-plans-item__title">{t('item.action', { number: props.number })}</h4>
          {field('what', item.what, t('field.what'), { required: true })}
          <PlanChoice
            view={view}
            list={list}
            itemId={item.id}
            field="who"
            value={item.who}
            legend={t('field.who')}
            options={WHO.map((who) => ({ value: who, label: t(`who.${who}`) }))}
          />
          {field('people', item.people, t('field.people'), short)}
          {field('byWhen', item.byWhen, t('field.byWhen'), {
            ...short,
            hint: t('field.byWhenHint'),
          })}
          {field('support', item.support, t('field.support'))}
        </>
      )}
      {'name' in item && (
        <>
          <PlanChoice
            view={view}
            list={list}
            itemId={item.id}
            field="side"
            value={item.side}
            legend={t('field.side')}
            options={SIDES.map((side) => ({ value: side, label: t(`sideOf.${side}`) }))}
          />
          {field('name', item.name, t('field.name'), { ...short, required: true })}
          {field('ask', item.ask, t('field.ask'))}
        </>
      )}
      <div class="wp-row wp-plans-item__actions">
        <AskFirstButton
          variant="quiet"
          question={t('item.confirmRemove')}
          confirmLabel={t('item.confirmRemoveYes')}
          cancelLabel={t('item.cancel')}
          onConfirm={() => view.send({ type: 'removeItem', list, itemId: item.id })}
        >
          {t('item.remove')}
        </AskFirstButton>
      </div>
    </li>
  );
}
