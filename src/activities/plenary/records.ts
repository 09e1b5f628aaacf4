import type { ContributionRecord, ReportInput } from '../../domain/activity.ts';
import { wallRecord } from '../../domain/lists/wall.ts';
import {
  notesByCluster,
  orderedClusters,
  shownNotes,
  type PlenaryConfig,
  type PlenaryState,
} from './schema.ts';

/**
 * One record per note the report shows (hidden and deleted notes stay out), in the report's
 * order: cluster by cluster, then the notes not clustered. The cluster is the code a
 * researcher starts from. A note written anonymously, or in an activity that is anonymous now,
 * names no writer in any export, nor a side or partnership: the room is mixed, so those could
 * point at one person. What a facilitator typed in from the room has no author and says so.
 */
export function records(
  state: PlenaryState,
  input: ReportInput<PlenaryConfig>,
): ContributionRecord[] {
  const phase = input.t('phase.open');
  const groups = notesByCluster(shownNotes(state));
  const sections = [
    ...orderedClusters(state).map((c) => ({ code: c.name, notes: groups.get(c.id) ?? [] })),
    { code: input.t('unclustered'), notes: groups.get(null) ?? [] },
  ];
  return sections.flatMap(({ code, notes }) =>
    notes.map((note) =>
      wallRecord(note, input, {
        type: 'note',
        phase,
        codes: note.spoken ? [code, input.t('records.spoken')] : [code],
      }),
    ),
  );
}
