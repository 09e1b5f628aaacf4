import type { Participant, Partnership } from '../../domain/workshop/state.ts';
import type { Pairing } from './schema.ts';

/**
 * The round-robin suggestion: in the given order, partnership i visits partnership i + 1 and
 * the last visits the first. So every partnership visits exactly once and hosts exactly once,
 * and nobody visits itself. Fewer than two partnerships make no visits.
 */
export function roundRobin(ids: readonly string[]): Record<string, string> {
  const visits: Record<string, string> = {};
  if (ids.length < 2) return visits;
  ids.forEach((visitorId, i) => {
    visits[visitorId] = ids[(i + 1) % ids.length]!;
  });
  return visits;
}

/**
 * The partnerships to pair, in a stable order a facilitator can follow (by municipality
 * name): those with someone in the workshop; when fewer than two have anyone yet, all of them.
 */
export function pairingOrder(
  partnerships: Readonly<Record<string, Partnership>>,
  participants: Readonly<Record<string, Participant>>,
): string[] {
  const all = Object.values(partnerships).sort(
    (a, b) => a.municipality.localeCompare(b.municipality, 'nl') || a.id.localeCompare(b.id),
  );
  const peopled = new Set(
    Object.values(participants)
      .filter((p) => !p.removed && p.partnershipId)
      .map((p) => p.partnershipId),
  );
  const withPeople = all.filter((p) => peopled.has(p.id));
  return (withPeople.length >= 2 ? withPeople : all).map((p) => p.id);
}

/** How many visits each partnership gets under a pairing (for the editor's warnings). */
export function hostCounts(pairing: Pairing): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hostId of Object.values(pairing)) counts.set(hostId, (counts.get(hostId) ?? 0) + 1);
  return counts;
}
