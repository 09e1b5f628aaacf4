import { Choice } from '../../../../ui/Choice.tsx';
import { groupTitle } from '../../picture.ts';
import { groupList } from '../../schema.ts';
import type { TreeViewProps } from '../types.ts';

const COMPARE = 'compare';

/** After sharing: which tree the big screen shows large, or all of them side by side. */
export function ProjectorChoice(props: TreeViewProps) {
  const { t, activity } = props;
  const { shownGroupId } = activity.state;
  return (
    <section class="wp-stack" aria-labelledby="tree-projector-title">
      <h4 id="tree-projector-title">{t('console.projectorTitle')}</h4>
      <Choice<string>
        legend={t('console.projectorLabel')}
        name="tree-projector"
        compact
        value={shownGroupId ?? COMPARE}
        onChange={(value) =>
          void props.send({ type: 'showTree', groupId: value === COMPARE ? null : value })
        }
        options={[
          { value: COMPARE, label: t('console.compare') },
          ...groupList(activity.state).map((g) => ({ value: g.id, label: groupTitle(g, t) })),
        ]}
      />
    </section>
  );
}
