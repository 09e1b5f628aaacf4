import { itemsOf, type ListName, type NewItem, type Plan } from '../../schema.ts';
import type { PlansViewProps } from '../types.ts';
import { AddItemForm } from './AddItemForm.tsx';
import { Advice } from './Advice.tsx';
import { EditableItem } from './EditableItem.tsx';
import { ReadOnlyItem } from './ReadOnlyItem.tsx';

/** New items of this list on their way to the server, to show them as "being saved". */
function pendingItems(view: PlansViewProps, list: ListName, partnershipId: string) {
  const items: { key: string; item: NewItem }[] = [];
  for (const p of view.pending) {
    const command = p.command;
    if (command.type !== 'addItem' || command.item.list !== list) continue;
    if (command.partnershipId && command.partnershipId !== partnershipId) continue;
    items.push({ key: p.clientActionId, item: command.item as NewItem });
  }
  return items;
}

/**
 * One list of a plan (goals, actions, supporters or questions): its heading, what belongs in
 * it, its items, and — when the plan may be edited here — a form for the next one. The open
 * questions are followed by the advice that came back from the consultation.
 */
export function ListSection(props: {
  view: PlansViewProps;
  list: ListName;
  plan: Plan;
  partnershipId: string;
  editable: boolean;
  /** The facilitator edits a plan by naming it; phones edit their own. */
  asFacilitator?: boolean;
  headingLevel: 3 | 4;
  onAdded?: (list: ListName) => void;
}) {
  const { view, list, plan, partnershipId, editable } = props;
  const { t } = view;
  const items = itemsOf(plan, list);
  const pending = editable ? pendingItems(view, list, partnershipId) : [];
  const headingId = `plans-${partnershipId}-${list}`;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section
      id={headingId}
      class={`wp-stack wp-plans-list wp-plans-list--${list}`}
      aria-labelledby={`${headingId}-title`}
    >
      <Heading id={`${headingId}-title`}>
        {t(`list.${list}`)} <span class="wp-plans-list__count">({items.length})</span>
      </Heading>
      {editable && <p class="wp-field__hint">{t(`listHint.${list}`)}</p>}
      {items.length === 0 && pending.length === 0 ? (
        <p class="wp-plans-empty">{t(`empty.${list}`)}</p>
      ) : (
        <ul class="wp-plans-items">
          {items.map((item, index) =>
            editable ? (
              <EditableItem key={item.id} view={view} list={list} item={item} number={index + 1} />
            ) : (
              <ReadOnlyItem key={item.id} item={item} t={t} />
            ),
          )}
          {pending.map(({ key, item }) => (
            <ReadOnlyItem key={key} item={item} t={t} pending={t('field.saving')} />
          ))}
        </ul>
      )}
      {list === 'questions' && (
        <Advice
          references={view.references}
          partnershipId={partnershipId}
          t={t}
          headingLevel={props.headingLevel === 3 ? 4 : 5}
        />
      )}
      {editable && (
        <AddItemForm
          view={view}
          list={list}
          {...(props.asFacilitator ? { partnershipId } : {})}
          onAdded={(added) => props.onAdded?.(added)}
        />
      )}
    </section>
  );
}
