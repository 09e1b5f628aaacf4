import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import type { GroupView } from '../../schema.ts';
import { own } from '../../../../domain/ids.ts';

/** "Anna" from "Anna van Dam": groups are small, first names are enough and kinder to privacy. */
export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/u)[0] ?? displayName;
}

/**
 * The group's members who are still in the workshop, by first name, in placing order (none
 * where the view does not name them). The view sends their cards along (`people`).
 */
export function memberNames(group: GroupView, workshop: WorkshopState): string[] {
  return (group.members ?? []).flatMap((id) => {
    const person = own(workshop.participants, id) ?? null;
    return person && !person.removed ? [firstName(person.displayName)] : [];
  });
}
