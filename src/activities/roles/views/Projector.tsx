import './roles.css';
import './projector/projector.css';
import { FitPages } from '../../../ui/fit/FitPages.tsx';
import { WORKSHOP_GROUP } from '../schema.ts';
import { municipalitySections } from './projector/MunicipalityBoard.tsx';
import { roleColumns } from './projector/ProjectorColumns.tsx';
import { RoleSpotlight } from './projector/RoleSpotlight.tsx';
import type { RolesViewProps } from './types.ts';

/**
 * The big screen: both lists growing live with their support, in the facilitator's order;
 * a spotlighted role large with the strengths behind it. Per municipality, counts only until
 * the facilitator shares a municipality's lists. Never scrolls: long lists and many
 * municipalities go on on the next page (FitPages turns them; the facilitator can pin one).
 */
export default function RolesProjector(props: RolesViewProps) {
  // The host may draw this view once more with the next activity's state when the running
  // activity changes kind; draw nothing rather than misread another kind's state.
  if (props.activity.kind !== 'roles') return null;
  const { t, activity } = props;
  const { state, config } = activity;
  // Only a shared role can be spotlighted, so every view that shows the board holds it.
  const spotlight =
    state.spotlightId && Object.hasOwn(state.roles, state.spotlightId)
      ? state.roles[state.spotlightId]
      : undefined;
  return (
    <section class="wp-stack wp-roles-projector" aria-label={t(`phase.${state.phase}`)}>
      {spotlight && <RoleSpotlight {...props} role={spotlight} />}
      <FitPages
        sections={
          config.scope === 'workshop'
            ? [{ key: 'workshop', columns: roleColumns(props, WORKSHOP_GROUP, 2) }]
            : municipalitySections(props)
        }
      />
    </section>
  );
}
