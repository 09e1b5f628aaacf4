import type { Side } from '../../../../domain/workshop/state.ts';
import { byRank, listOf } from '../../schema.ts';
import { ConsoleRole } from './ConsoleRole.tsx';
import { SortableRoles } from './SortableRoles.tsx';
import type { ConsoleItemProps } from './types.ts';

/**
 * One list as the facilitator tends it: the roles in use, in order and sortable, then the
 * hidden ones, greyed, so they can be brought back.
 */
export function ConsoleList(props: ConsoleItemProps & { group: string; side: Side }) {
  const { t, group, side } = props;
  const { state } = props.activity;
  const shown = listOf(state, group, side);
  const hidden = Object.values(state.roles)
    .filter((r) => r.group === group && r.side === side && r.hidden && !r.mergedInto)
    .sort(byRank);
  const headingId = `${props.activity.id}-${group}-${side}`;
  return (
    <section class={`wp-stack wp-roles-list wp-roles-list--${side}`} aria-labelledby={headingId}>
      <div>
        <h4 id={headingId}>{t(`list.${side}`)}</h4>
        <p class="wp-note__meta">{t('rolesCount', { count: shown.length })}</p>
      </div>
      {shown.length + hidden.length === 0 && <p>{t('console.noRoles')}</p>}
      {shown.length > 0 && <SortableRoles {...props} roles={shown} />}
      {hidden.length > 0 && (
        <ul class="wp-notes">
          {hidden.map((role) => (
            <ConsoleRole key={role.id} {...props} role={role} position={-1} total={0} />
          ))}
        </ul>
      )}
    </section>
  );
}
