import { Select } from '../../../../ui/Field.tsx';
import { FOCUSES, type Focus, type GroupView } from '../../schema.ts';
import type { TreeViewProps } from '../types.ts';
import { MemberSelect } from './MemberSelect.tsx';
import { own } from '../../../../domain/ids.ts';

/** One group in the console: its focus, and each member with a select to move them. */
export function GroupCard(props: {
  view: TreeViewProps;
  group: GroupView;
  groups: readonly GroupView[];
}) {
  const { view, group } = props;
  const { t, workshop } = view;
  const name = t('groupName', { number: group.number });
  const members = (group.members ?? []).flatMap((id) => {
    const person = own(workshop.participants, id) ?? null;
    return person && !person.removed ? [person] : [];
  });
  return (
    <li class="wp-card wp-stack wp-tree-groupcard">
      <h5>{name}</h5>
      <Select
        label={t('console.focusLabel', { group: name })}
        value={group.focus}
        onChange={(e) =>
          void view.send({
            type: 'setFocus',
            groupId: group.id,
            focus: e.currentTarget.value as Focus,
          })
        }
      >
        {FOCUSES.map((f) => (
          <option key={f} value={f}>
            {t(`focus.${f}`)}
          </option>
        ))}
      </Select>
      {members.length === 0 ? (
        <p class="wp-note__meta">{view.t('projector.noMembers')}</p>
      ) : (
        <ul class="wp-tree-members">
          {members.map((person) => (
            <MemberSelect
              key={person.id}
              view={view}
              person={person}
              groups={props.groups}
              groupId={group.id}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
