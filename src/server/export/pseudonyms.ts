import type { WorkshopState } from '../../domain/workshop/state.ts';

/**
 * Short keys for participants in the data exports: `P7` for "Deelnemer 7 (…)", numbered in the
 * order people joined, exactly as `peopleLabels` (src/domain/reportDocument/people.ts) numbers
 * them, so the key and the report's pseudonym always name the same person. With names chosen,
 * the key is the participant's id (opaque, but stable across exports).
 */
export function participantKeys(
  state: WorkshopState,
  options: { readonly names: boolean },
): ReadonlyMap<string, string> {
  const ordered = Object.values(state.participants).sort(
    (a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id),
  );
  return new Map(ordered.map((p, i) => [p.id, options.names ? p.id : `P${i + 1}`]));
}
