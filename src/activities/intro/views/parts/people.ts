import type { Translate } from '../../../../i18n/index.ts';
import type { Side, WorkshopState } from '../../../../domain/workshop/state.ts';
import { own } from '../../../../domain/ids.ts';

/** A conversation member as the views show them. */
export interface PersonView {
  readonly id: string;
  readonly name: string;
  readonly firstName: string;
  readonly municipality: string | null;
  readonly side: Side | null;
}

/**
 * Looks a participant up in the workshop as this screen composed it: the views hold ids, and
 * name in `people` whom this screen may show (a phone its partner(s), the projector the pairs,
 * the console everyone), so those are the ones found here.
 */
export function personView(workshop: WorkshopState, id: string, unknown: string): PersonView {
  const participant = own(workshop.participants, id) ?? null;
  if (!participant) {
    return { id, name: unknown, firstName: unknown, municipality: null, side: null };
  }
  const name = participant.displayName;
  const partnershipId = participant.partnershipId;
  const partnership =
    partnershipId && Object.hasOwn(workshop.partnerships, partnershipId)
      ? workshop.partnerships[partnershipId]
      : undefined;
  return {
    id,
    name,
    firstName: name.split(/\s+/)[0] || name,
    municipality: partnership?.municipality ?? null,
    side: participant.side,
  };
}

/** "Utrecht · Informele werker": where someone comes from, in words (not only colour). */
export function personDetails(person: PersonView, t: Translate, tApp: Translate): string {
  return t('person', {
    municipality: person.municipality ?? t('noMunicipality'),
    side: person.side ? tApp(`common.sides.${person.side}`) : '',
  });
}

/** "Anna en Bram", "Anna, Bram en Chadia". */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** mm:ss, rounded up, so a round of 4 minutes starts at 04:00 and ends exactly at 00:00. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}
