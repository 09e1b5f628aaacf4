import { SIDES } from '../../../../domain/workshop/state.ts';
import { listOf } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';
import { RoleCard } from './RoleCard.tsx';

/**
 * The two lists of one group, stacked under their own headings: "Rollen van de formele
 * werker" and "Rollen van de informele werker". On one's own lists, proposals still on
 * their way show dashed at the end.
 */
export function RoleLists(
  props: RolesViewProps & { group: string; own: boolean; headingLevel: 2 | 3 | 4 },
) {
  const { t } = props;
  const Heading = (['h2', 'h3', 'h4'] as const)[props.headingLevel - 2] ?? 'h2';
  return (
    <div class="wp-stack">
      {SIDES.map((side) => {
        const roles = listOf(props.activity.state, props.group, side);
        const waiting = props.own
          ? props.pending.filter((p) => p.command.type === 'proposeRole' && p.command.side === side)
          : [];
        const headingId = `roles-${props.group}-${side}`;
        return (
          <section
            key={side}
            class={`wp-stack wp-roles-list wp-roles-list--${side}`}
            aria-labelledby={headingId}
          >
            <Heading id={headingId}>{t(`list.${side}`)}</Heading>
            {roles.length === 0 && waiting.length === 0 && <p>{t('participant.noRoles')}</p>}
            <ul class="wp-notes">
              {roles.map((role) => (
                <RoleCard key={role.id} {...props} role={role} own={props.own} />
              ))}
              {waiting.map((p) => (
                <li key={p.clientActionId} class={`wp-note wp-note--pending wp-note--${side}`}>
                  <p class="wp-roles-card__name">{'name' in p.command ? p.command.name : ''}</p>
                  <p class="wp-note__meta">{t('participant.pending')}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
