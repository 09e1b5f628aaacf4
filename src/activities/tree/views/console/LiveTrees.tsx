import { Button } from '../../../../ui/Button.tsx';
import { treeSvgs } from '../../picture.ts';
import { ZONES, isShared, zoneItems } from '../../schema.ts';
import { TreeFigure } from '../parts/TreeFigure.tsx';
import type { TreeViewProps } from '../types.ts';

/**
 * Every group's tree as it grows (facilitators see everything, also before sharing): the
 * picture, and below it the items, each of which can be taken off (e.g. something hurtful).
 */
export function LiveTrees(props: TreeViewProps) {
  const { t, activity } = props;
  const { state } = activity;
  const pictures = treeSvgs(state, t);
  if (pictures.length === 0) return null;
  const canTidy = state.phase === 'building' || state.phase === 'shared';
  const shared = isShared(state.phase);
  return (
    <section class="wp-stack" aria-labelledby="tree-live-title">
      <h4 id="tree-live-title">{t('console.treesTitle')}</h4>
      <div class="wp-tree-live">
        {pictures.map(({ group, svg }) => (
          <details key={group.id} class="wp-card wp-tree-live__group" open>
            <summary>
              {t('groupTitle', { number: group.number, focus: t(`focus.${group.focus}`) })}
            </summary>
            <TreeFigure svg={svg} />
            {ZONES.map((zone) => {
              const items = zoneItems(state, group.id, zone);
              if (items.length === 0) return null;
              return (
                <div key={zone}>
                  <h5>{t(`zone.${zone}`)}</h5>
                  <ul class="wp-tree-live__items">
                    {items.map((item) => (
                      <li key={item.id}>
                        <span id={`tree-live-${item.id}`}>{item.text}</span>
                        {!shared && <span class="wp-badge">{t('console.notShared')}</span>}
                        {canTidy && (
                          <Button
                            variant="quiet"
                            aria-describedby={`tree-live-${item.id}`}
                            onClick={() => void props.send({ type: 'deleteItem', itemId: item.id })}
                          >
                            {t('console.deleteItem')}
                          </Button>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </details>
        ))}
      </div>
    </section>
  );
}
