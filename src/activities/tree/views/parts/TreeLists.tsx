import type { Reference } from '../../../../domain/activity.ts';
import type { Translate } from '../../../../i18n/index.ts';
import { ZONES, zoneItems, type GroupView } from '../../schema.ts';
import type { TreeView } from '../../viewShapes.ts';
import { groupTitle } from '../../picture.ts';
import { LinkList } from './LinkList.tsx';

/** One group's tree as plain lists (the phone after sharing; readable at any size). */
export function TreeLists(props: {
  state: TreeView;
  group: GroupView;
  t: Translate;
  references: readonly Reference[];
  shared: ReadonlySet<string>;
  headingLevel: 2 | 3;
}) {
  const { state, group, t } = props;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const Sub = props.headingLevel === 2 ? 'h3' : 'h4';
  const headingId = `tree-lists-${group.id}`;
  return (
    <section class="wp-card wp-stack wp-tree-lists" aria-labelledby={headingId}>
      <Heading id={headingId}>{groupTitle(group, t)}</Heading>
      {ZONES.map((zone) => {
        const items = zoneItems(state, group.id, zone);
        return (
          <div key={zone} class={`wp-tree-lists__zone wp-tree-zone--${zone}`}>
            <Sub>{t(`zone.${zone}`)}</Sub>
            {items.length === 0 ? (
              <p class="wp-note__meta">{t('picture.empty')}</p>
            ) : (
              <ul>
                {items.map((item) => (
                  <li
                    key={item.id}
                    class={props.shared.has(item.id) ? 'wp-tree-shared' : undefined}
                  >
                    {props.shared.has(item.id) && (
                      <span title={t('picture.sharedLegend')}>
                        ★ <span class="wp-visually-hidden">{t('picture.sharedLegend')}: </span>
                      </span>
                    )}
                    {item.text}
                    <LinkList links={item.links} references={props.references} t={t} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
