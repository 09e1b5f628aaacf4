import { own } from '../../../../domain/ids.ts';
import type { FitColumn, FitSection } from '../../../../ui/fit/FitPages.tsx';
import { LISTS, itemsOf, type AnyItem, type ListName, type Plan } from '../../schema.ts';
import type { PlanCounts } from '../../viewShapes.ts';
import { whoText } from '../parts/ReadOnlyItem.tsx';
import { byMunicipality } from '../parts/OtherPlans.tsx';
import type { PlansViewProps } from '../types.ts';

/** One item as the room reads it: the text large, who/when/support smaller beneath. */
function item(list: ListName, entry: AnyItem, index: number, props: PlansViewProps) {
  const { t } = props;
  const meta: string[] = [];
  let main = '';
  if ('text' in entry) main = entry.text;
  if ('what' in entry) {
    // Actions are numbered as on the phones ("Actie 2"); a flex item draws no list marker.
    main = `${index + 1}. ${entry.what}`;
    const who = whoText(entry, t);
    if (who) meta.push(who);
    if (entry.byWhen) meta.push(entry.byWhen);
    if (entry.support) meta.push(`${t('item.supportLabel')}: ${entry.support}`);
  }
  if ('name' in entry) {
    main = entry.name;
    meta.push(t(`sideOf.${entry.side}`));
    if (entry.ask) meta.push(entry.ask);
  }
  return (
    <li key={entry.id} class={`wp-plans-board__item wp-plans-board__item--${list}`}>
      <span class="wp-plans-board__main">{main}</span>
      {meta.length > 0 && <span class="wp-plans-board__meta">{meta.join(' · ')}</span>}
    </li>
  );
}

/** A plan's four lists side by side; a long list goes on on the next page, numbered on. */
function planColumns(id: string, plan: Plan, props: PlansViewProps): FitColumn[] {
  const { t } = props;
  return LISTS.map((list) => {
    const headingId = `plans-projector-${id}-${list}`;
    return {
      key: list,
      class: `wp-plans-board wp-plans-board--${list}`,
      labelledBy: headingId,
      head: <h3 id={headingId}>{t(`list.${list}`)}</h3>,
      listClass: 'wp-plans-board__list',
      empty: <p class="wp-plans-board__empty">{t('projector.nothingYet')}</p>,
      items: itemsOf(plan, list).map((entry, index) => item(list, entry, index, props)),
    };
  });
}

function countsText(counts: PlanCounts, props: PlansViewProps): string {
  return LISTS.map((list) => props.t(`count.${list}`, { count: counts[list] })).join(' · ');
}

/**
 * The projector's pages: the spotlighted plan alone; otherwise first how far each plan not
 * shared yet has come (counts only), then each shared plan on pages of its own, in turn.
 */
export function planSections(props: PlansViewProps): FitSection[] {
  const { t, workshop } = props;
  const { plans, progress, sharedPlans, spotlightId } = props.activity.state;
  const place = (id: string) => own(workshop.partnerships, id)?.municipality ?? '';
  const section = (id: string): FitSection => ({
    key: id,
    head: <h2 id={`plans-projector-${id}`}>{t('participant.planOf', { place: place(id) })}</h2>,
    columns: planColumns(id, plans[id]!, props),
  });
  if (spotlightId && Object.hasOwn(plans, spotlightId)) return [section(spotlightId)];
  const waiting = byMunicipality(props, Object.keys(progress));
  const shown = byMunicipality(
    props,
    sharedPlans.filter((id) => Object.hasOwn(plans, id)),
  );
  const counts: FitSection[] =
    waiting.length === 0
      ? []
      : [
          {
            key: 'progress',
            head: <h2 id="plans-progress">{t('projector.progressTitle')}</h2>,
            columns: [
              {
                key: 'progress',
                labelledBy: 'plans-progress',
                listClass: 'wp-plans-progress',
                items: waiting.map((id) => (
                  <li key={id} class="wp-card wp-plans-progress__item">
                    <p class="wp-plans-progress__place">{place(id)}</p>
                    <p class="wp-plans-progress__counts">{countsText(progress[id]!, props)}</p>
                    <p class="wp-plans-progress__status">{t('projector.hiddenUntilShared')}</p>
                  </li>
                )),
              },
            ],
          },
        ];
  return [...counts, ...shown.map(section)];
}
