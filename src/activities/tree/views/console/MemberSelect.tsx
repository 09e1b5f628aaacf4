import type { Participant } from '../../../../domain/workshop/state.ts';
import type { GroupView } from '../../schema.ts';
import type { TreeViewProps } from '../types.ts';

/** One person and the group they are in; choosing another group moves them at once. */
export function MemberSelect(props: {
  view: TreeViewProps;
  person: Participant;
  groups: readonly GroupView[];
  groupId: string | null;
}) {
  const { view, person, groups } = props;
  const { t, tApp } = view;
  const municipality = person.partnershipId
    ? view.workshop.partnerships[person.partnershipId]?.municipality
    : undefined;
  const id = `tree-member-${person.id}`;
  return (
    <li class="wp-tree-member">
      <label for={id}>
        <span class="wp-tree-member__name">{person.displayName}</span>{' '}
        <span class="wp-note__meta">
          {[municipality, tApp(`common.sides.${person.side}`)].filter(Boolean).join(' · ')}
        </span>
        <span class="wp-visually-hidden">
          {' '}
          – {t('console.moveLabel', { name: person.displayName })}
        </span>
      </label>
      <select
        id={id}
        class="wp-input wp-select"
        value={props.groupId ?? ''}
        onChange={(e) =>
          void view.send({
            type: 'moveMember',
            participantId: person.id,
            groupId: e.currentTarget.value || null,
          })
        }
      >
        <option value="">{t('console.noGroup')}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {t('groupName', { number: g.number })}
          </option>
        ))}
      </select>
    </li>
  );
}
