import { FitPages } from '../../../../ui/fit/FitPages.tsx';
import { groupList } from '../../schema.ts';
import { memberNames } from '../parts/people.ts';
import type { TreeViewProps } from '../types.ts';

/** While grouping: every group with its focus and members' first names, for finding each other. */
export function GroupsOverview(props: TreeViewProps) {
  const { t, activity, workshop } = props;
  const groups = groupList(activity.state);
  return (
    <section class="wp-tree-projector__screen" aria-labelledby="tree-groups">
      <FitPages
        sections={[
          {
            key: 'groups',
            head: <h2 id="tree-groups">{t('projector.groupingTitle')}</h2>,
            columns: [
              {
                key: 'groups',
                listClass: 'wp-tree-cards',
                empty: <p class="wp-tree-projector__wait">{t('projector.groupingWaiting')}</p>,
                items: groups.map((group) => {
                  const names = memberNames(group, workshop);
                  return (
                    <li key={group.id} class={`wp-card wp-tree-card wp-tree-card--${group.focus}`}>
                      <h3>{t('groupName', { number: group.number })}</h3>
                      <p class={`wp-badge wp-tree-focus wp-tree-focus--${group.focus}`}>
                        {t(`focus.${group.focus}`)}
                      </p>
                      <p class="wp-tree-card__names">
                        {names.length ? names.join(', ') : t('projector.noMembers')}
                      </p>
                    </li>
                  );
                }),
              },
            ],
          },
        ]}
      />
    </section>
  );
}
