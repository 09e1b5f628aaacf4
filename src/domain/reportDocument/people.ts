import type { Participant, Partnership, WorkshopState } from '../workshop/state.ts';

export interface PeopleLabels {
  /** How the report names one participant: a pseudonym unless names were chosen. */
  label(participantId: string): string;
}

/**
 * Pseudonyms that stay the same for a workshop: "Deelnemer 7 (Zaanstad, informeel)", numbered
 * in the order people joined, so two exports of one workshop name the same person alike and a
 * researcher can follow someone through the data without knowing who it is.
 */
export function peopleLabels(
  state: WorkshopState,
  options: { readonly names: boolean },
  words: {
    readonly participant: string;
    readonly formal: string;
    readonly informal: string;
    readonly unknown: string;
  },
): PeopleLabels {
  const ordered = Object.values(state.participants).sort(
    (a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id),
  );
  const numbers = new Map(ordered.map((p, i) => [p.id, i + 1]));
  const byId = new Map(ordered.map((p) => [p.id, p]));
  const partnerships = new Map(Object.values(state.partnerships).map((p) => [p.id, p]));
  const where = (p: Participant) => {
    const partnership: Partnership | undefined =
      p.partnershipId === null ? undefined : partnerships.get(p.partnershipId);
    const side = p.side === 'formal' ? words.formal : words.informal;
    return partnership ? `${partnership.municipality}, ${side}` : side;
  };
  return {
    label(participantId) {
      const p = byId.get(participantId);
      if (!p) return words.unknown;
      if (options.names) return `${p.displayName} (${where(p)})`;
      return `${words.participant} ${numbers.get(p.id)} (${where(p)})`;
    },
  };
}
