import './tree.css';
import { Notice } from '../../../ui/Notice.tsx';
import { groupList } from '../schema.ts';
import { sharedItemIds } from '../shared.ts';
import { myGroup } from '../viewShapes.ts';
import { GroupActivity } from './parts/GroupActivity.tsx';
import { GroupHeader } from './parts/GroupHeader.tsx';
import { ItemForm } from './parts/ItemForm.tsx';
import { TreeBoard } from './parts/TreeBoard.tsx';
import { TreeLists } from './parts/TreeLists.tsx';
import type { TreeViewProps } from './types.ts';

/** The phone: my group and its tree while building; every tree once they are shared. */
export default function TreeParticipant(props: TreeViewProps) {
  const { t, me, activity } = props;
  const { state } = activity;
  if (!me) return null;
  const group = myGroup(state);
  const header = (
    <header class="wp-stack">
      <h1 id="activity-title">{activity.title}</h1>
      <p class="wp-row">
        <span class="wp-badge">{t(`phase.${state.phase}`)}</span>
      </p>
    </header>
  );

  if (state.phase === 'shared' || state.phase === 'closed') {
    const shared = sharedItemIds(Object.values(state.items));
    const groups = groupList(state).sort(
      (a, b) => Number(b.id === group?.id) - Number(a.id === group?.id),
    );
    return (
      <article class="wp-stack wp-tree" aria-labelledby="activity-title">
        {header}
        <Notice
          tone={state.phase === 'closed' ? 'success' : 'info'}
          title={t(`participant.${state.phase}Title`)}
        >
          <p>{t(`participant.${state.phase}Hint`)}</p>
        </Notice>
        {groups.map((g) => (
          <TreeLists
            key={g.id}
            state={state}
            group={g}
            t={t}
            references={props.references}
            shared={shared}
            headingLevel={2}
          />
        ))}
      </article>
    );
  }

  return (
    <article class="wp-stack wp-tree" aria-labelledby="activity-title">
      {header}
      {!group ? (
        <Notice
          title={
            state.phase === 'grouping'
              ? t('participant.groupingTitle')
              : t('participant.noGroupTitle')
          }
        >
          <p>
            {state.phase === 'grouping'
              ? t('participant.groupingHint')
              : t('participant.noGroupHint')}
          </p>
        </Notice>
      ) : (
        <GroupHeader props={props} group={group} />
      )}
      {group && state.phase === 'grouping' && <p>{t('participant.waitForStart')}</p>}
      {group && state.phase === 'building' && (
        <>
          <p class="wp-field__hint">{t('participant.privateHint')}</p>
          <section class="wp-card wp-stack" aria-labelledby="tree-add">
            <h2 id="tree-add">{t('participant.addTitle')}</h2>
            <ItemForm view={props} />
          </section>
          <TreeBoard view={props} group={group} />
          <GroupActivity view={props} group={group} />
        </>
      )}
    </article>
  );
}
