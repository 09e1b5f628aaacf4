import { LISTS, type ListName, type Plan } from '../../schema.ts';
import type { PlansViewProps } from '../types.ts';
import { ListSection } from './ListSection.tsx';

/** A plan's four lists in their order: goals, actions, supporters, open questions. */
export function PlanLists(props: {
  view: PlansViewProps;
  plan: Plan;
  partnershipId: string;
  editable: boolean;
  asFacilitator?: boolean;
  headingLevel: 3 | 4;
  onAdded?: (list: ListName) => void;
}) {
  return (
    <>
      {LISTS.map((list) => (
        <ListSection key={list} {...props} list={list} />
      ))}
    </>
  );
}

/** Links to a plan's lists: a long plan on a phone is four short jumps away. */
export function ListJumps(props: { view: PlansViewProps; partnershipId: string }) {
  const { t } = props.view;
  return (
    <nav aria-label={t('participant.jumpTo')}>
      <ul class="wp-plans-jumps">
        {LISTS.map((list) => (
          <li key={list}>
            <a class="wp-plans-jumps__link" href={`#plans-${props.partnershipId}-${list}`}>
              {t(`list.${list}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
