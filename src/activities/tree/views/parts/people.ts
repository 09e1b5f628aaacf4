import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import type { Group } from '../../schema.ts';

/** "Anna" from "Anna van Dam": groups are small, first names are enough and kinder to privacy. */
export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/u)[0] ?? displayName;
}

/** The group's members who are still in the workshop, by first name, in placing order. */
export function memberNames(group: Group, workshop: WorkshopState): string[] {
  return group.members.flatMap((id) => {
    const person = workshop.participants[id];
    return person && !person.removed ? [firstName(person.displayName)] : [];
  });
}
