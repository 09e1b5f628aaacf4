import { FitPages } from '../../../../ui/fit/FitPages.tsx';
import { ZONES, groupList } from '../../schema.ts';
import { zoneCount } from '../../viewShapes.ts';
import { memberNames } from '../parts/people.ts';
import type { TreeViewProps } from '../types.ts';

/**
 * While building: how many items each group has in each part of its tree. The content is
 * still private to the group; the projector receives only these counts.
 */
export function BuildingCounts(props: TreeViewProps) {
  const { t, activity, workshop } = props;
  const { state } = activity;
  return (
    <section class="wp-tree-projector__screen" aria-labelledby="tree-building">
      <FitPages
        sections={[
          {
            key: 'building',
            head: (
              <div>
                <h2 id="tree-building">{t('projector.buildingTitle')}</h2>
                <p>{t('projector.buildingHint')}</p>
              </div>
            ),
            columns: [
              {
                key: 'groups',
                listClass: 'wp-tree-cards',
                items: groupList(state).map((group) => (
                  <li key={group.id} class={`wp-card wp-tree-card wp-tree-card--${group.focus}`}>
                    <h3>
                      {t('groupTitle', { number: group.number, focus: t(`focus.${group.focus}`) })}
                    </h3>
                    <p class="wp-tree-card__names">{memberNames(group, workshop).join(', ')}</p>
                    <dl class="wp-tree-counts">
                      {ZONES.map((zone) => (
                        <div key={zone} class={`wp-tree-counts__row wp-tree-zone--${zone}`}>
                          <dt>{t(`zone.${zone}`)}</dt>
                          <dd>{zoneCount(state, group.id, zone)}</dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                )),
              },
            ],
          },
        ]}
      />
    </section>
  );
}
