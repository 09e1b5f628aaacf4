import { SIDES } from '../../../../domain/workshop/state.ts';
import { listOf } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';

/**
 * Both lists of one group side by side, in the facilitator's order, each role with its
 * support. Large type: read from the back of the room.
 */
export function ProjectorColumns(props: RolesViewProps & { group: string; headingLevel: 2 | 3 }) {
  const { t } = props;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div class="wp-columns wp-roles-columns">
      {SIDES.map((side) => {
        const roles = listOf(props.activity.state, props.group, side);
        const headingId = `projector-${props.group}-${side}`;
        return (
          <section
            key={side}
            class={`wp-roles-list wp-roles-list--${side}`}
            aria-labelledby={headingId}
          >
            <Heading id={headingId}>{t(`list.${side}`)}</Heading>
            {roles.length === 0 ? (
              <p class="wp-roles-empty">{t('projector.noRoles')}</p>
            ) : (
              <ol class={`wp-roles-board${roles.length > 6 ? ' wp-roles-board--dense' : ''}`}>
                {roles.map((role) => (
                  <li
                    key={role.id}
                    class={`wp-roles-board__item wp-note--${side}${props.activity.state.spotlightId === role.id ? ' wp-note--spotlight' : ''}`}
                  >
                    <span class="wp-roles-board__name">{role.name}</span>
                    <span class="wp-roles-board__meta">
                      <span class="wp-roles-board__count">
                        {t('endorsementsShort', { count: role.endorsements })}
                      </span>
                      {role.strengths.length > 0 && (
                        <span>{t('strengthsCount', { count: role.strengths.length })}</span>
                      )}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
