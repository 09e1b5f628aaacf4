import { SIDES } from '../../../../domain/workshop/state.ts';
import type { FitColumn } from '../../../../ui/fit/FitPages.tsx';
import { listOf } from '../../schema.ts';
import type { RolesViewProps } from '../types.ts';

/**
 * Both lists of one group side by side, in the facilitator's order, each role with its
 * support. Large type, read from the back of the room; a long list goes on on the next page
 * (FitPages), numbered on.
 */
export function roleColumns(
  props: RolesViewProps,
  group: string,
  headingLevel: 2 | 3,
): FitColumn[] {
  const { t } = props;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return SIDES.map((side) => {
    const roles = listOf(props.activity.state, group, side);
    const headingId = `projector-${group}-${side}`;
    return {
      key: side,
      class: `wp-roles-list wp-roles-list--${side}`,
      labelledBy: headingId,
      head: <Heading id={headingId}>{t(`list.${side}`)}</Heading>,
      ordered: true,
      listClass: `wp-roles-board${roles.length > 6 ? ' wp-roles-board--dense' : ''}`,
      empty: <p class="wp-roles-empty">{t('projector.noRoles')}</p>,
      items: roles.map((role) => (
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
      )),
    };
  });
}
