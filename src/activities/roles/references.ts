import type { Reference } from '../../domain/activity.ts';
import { visibleRoles, type RolesState } from './schema.ts';

/**
 * Shared roles, offered to later activities (the tree links its items to roles). Only roles
 * the whole room may see: a municipality's private lists stay out until they are shared.
 */
export function references(state: RolesState, _config: unknown, activityId: string): Reference[] {
  return visibleRoles(state)
    .filter((r) => r.shared)
    .map((r) => ({ type: 'role', activityId, id: r.id, text: r.name, side: r.side }));
}
