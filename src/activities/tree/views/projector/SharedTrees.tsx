import { treeSvgs } from '../../picture.ts';
import { sharedTexts } from '../../shared.ts';
import { groupList, zoneItems, ZONES } from '../../schema.ts';
import { TreeFigure } from '../parts/TreeFigure.tsx';
import type { TreeViewProps } from '../types.ts';

/**
 * After sharing: the tree the facilitator chose, large; or all trees side by side with what
 * several groups named, marked in the pictures and listed below them.
 */
export function SharedTrees(props: TreeViewProps) {
  const { t, activity } = props;
  const { state } = activity;
  const pictures = treeSvgs(state, t);
  const chosen = pictures.find((p) => p.group.id === state.shownGroupId);
  if (chosen) {
    return (
      <section class="wp-tree-single" aria-label={t('groupName', { number: chosen.group.number })}>
        <TreeFigure svg={chosen.svg} class="wp-tree-figure--large" />
      </section>
    );
  }
  // Texts in group and zone order, so the first wording of a shared item is the one shown.
  const ordered = groupList(state).flatMap((g) => ZONES.flatMap((z) => zoneItems(state, g.id, z)));
  const common = sharedTexts(ordered);
  return (
    <section class="wp-stack wp-tree-compare" aria-labelledby="tree-compare">
      <h2 id="tree-compare" class="wp-visually-hidden">
        {t('projector.compareTitle')}
      </h2>
      <div class={`wp-tree-compare__grid wp-tree-compare__grid--${Math.min(pictures.length, 4)}`}>
        {pictures.map(({ group, svg }) => (
          <TreeFigure key={group.id} svg={svg} />
        ))}
      </div>
      {pictures.length > 1 && (
        <div class="wp-tree-common">
          <h3>★ {t('projector.sharedByGroups')}</h3>
          {common.length === 0 ? (
            <p>{t('projector.noShared')}</p>
          ) : (
            <ul>
              {common.map((c) => (
                <li key={c.text}>{c.text}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
