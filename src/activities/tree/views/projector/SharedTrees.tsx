import { FitPages, type FitSection } from '../../../../ui/fit/FitPages.tsx';
import { treeSvgs } from '../../picture.ts';
import { sharedTexts } from '../../shared.ts';
import { groupList, zoneItems, ZONES } from '../../schema.ts';
import { TreeFigure } from '../parts/TreeFigure.tsx';
import { SingleTree } from './SingleTree.tsx';
import type { TreeViewProps } from '../types.ts';

/**
 * After sharing: the tree the facilitator chose, filling the screen (SingleTree); or all trees
 * side by side (as many to a page as stay readable) and, on a page of its own, what several
 * groups named, marked in the pictures.
 */
export function SharedTrees(props: TreeViewProps) {
  const { t, activity } = props;
  const { state } = activity;
  const chosen = groupList(state).find((g) => g.id === state.shownGroupId);
  // Keyed by group: another tree on the screen starts at its first page.
  if (chosen) return <SingleTree key={chosen.id} {...props} group={chosen} />;
  const pictures = treeSvgs(state, t);
  // Texts in group and zone order, so the first wording of a shared item is the one shown.
  const ordered = groupList(state).flatMap((g) => ZONES.flatMap((z) => zoneItems(state, g.id, z)));
  const common = sharedTexts(ordered);
  const sections: FitSection[] = [
    {
      key: 'trees',
      columns: [
        {
          key: 'trees',
          // Up to four trees in one row; more in two rows a page, four to a row.
          listClass: `wp-tree-compare__grid wp-tree-compare__grid--${Math.min(pictures.length, 4)} wp-tree-compare__grid--rows-${pictures.length > 4 ? 2 : 1}`,
          items: pictures.map(({ group, svg }) => (
            <li key={group.id}>
              <TreeFigure svg={svg} />
            </li>
          )),
        },
      ],
    },
  ];
  if (pictures.length > 1)
    sections.push({
      key: 'common',
      head: <h3 id="tree-common">★ {t('projector.sharedByGroups')}</h3>,
      columns: [
        {
          key: 'common',
          class: 'wp-tree-common',
          labelledBy: 'tree-common',
          listClass: 'wp-tree-common__list',
          empty: <p>{t('projector.noShared')}</p>,
          items: common.map((c) => <li key={c.text}>{c.text}</li>),
        },
      ],
    });
  return (
    <section class="wp-tree-compare" aria-labelledby="tree-compare">
      <h2 id="tree-compare" class="wp-visually-hidden">
        {t('projector.compareTitle')}
      </h2>
      <FitPages sections={sections} />
    </section>
  );
}
