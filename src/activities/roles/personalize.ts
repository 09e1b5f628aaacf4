import type { Role } from './schema.ts';
import type { RolesOverlay, RolesView } from './viewShapes.ts';
import { own } from '../../domain/ids.ts';

/**
 * Runs in the browser: names me as the proposer of my anonymous roles and as the one endorser
 * of the roles I endorse, so the phone's lists read as before. The overlay may name a role the
 * view does not hold yet (they arrive as separate patches): it waits for the view.
 */
export function personalize(
  view: RolesView,
  overlay: RolesOverlay,
  participantId: string,
): RolesView {
  const roles: Record<string, Role> = { ...view.roles };
  const change = (ids: Readonly<Record<string, true>>, mine: (role: Role) => Role) => {
    for (const id of Object.keys(ids)) {
      const role = own(roles, id);
      if (role) roles[id] = mine(role);
    }
  };
  change(overlay.proposed, (role) => ({ ...role, proposerId: participantId }));
  change(overlay.endorsed, (role) => ({ ...role, endorsers: [participantId] }));
  return { ...view, roles };
}
