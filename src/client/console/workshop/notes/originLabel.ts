import type { Translate } from '../../../../i18n/index.ts';
import { own } from '../../../../domain/ids.ts';
import type { Side, WorkshopState } from '../../../../domain/workshop/state.ts';

/** "Groep 2 · Zaanstad · Formeel": where a note came from, in one short line ('' when unknown). */
export function originLabel(
  workshop: WorkshopState,
  origin: { side: Side | null; partnershipId: string | null; group: string },
  t: Translate,
): string {
  const partnership = origin.partnershipId
    ? own(workshop.partnerships, origin.partnershipId)
    : undefined;
  return [
    origin.group.trim(),
    partnership?.municipality ?? '',
    origin.side ? t(`console.notes.sides.${origin.side}`) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
