import type { GroupView } from '../../schema.ts';
import type { TreeViewProps } from '../types.ts';
import { memberNames } from './people.ts';

/** My group on the phone: its name, its focus (with what that means) and who is in it. */
export function GroupHeader({ props, group }: { props: TreeViewProps; group: GroupView }) {
  const { t } = props;
  return (
    <section class="wp-card wp-stack wp-tree-mygroup" aria-labelledby="tree-my-group">
      <h2 id="tree-my-group">
        {t('participant.yourGroup')}: {t('groupName', { number: group.number })}
      </h2>
      <p class="wp-row">
        <span class={`wp-badge wp-tree-focus wp-tree-focus--${group.focus}`}>
          {t(`focus.${group.focus}`)}
        </span>
        <span>{t(`focusHelp.${group.focus}`)}</span>
      </p>
      <p>{t('participant.members', { names: memberNames(group, props.workshop).join(', ') })}</p>
    </section>
  );
}
