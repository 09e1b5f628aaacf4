import type { ContributionRecord, ReportInput } from '../../domain/activity.ts';
import { wallRecord } from '../../domain/lists/wall.ts';
import { wallTexts, type SurpriseConfig, type SurpriseState } from './schema.ts';

/**
 * One record per text on the wall, oldest first, as the report lists them (hidden and deleted
 * texts stay out). The wall is the whole room's, so there is no group. A text written
 * anonymously, or in an activity that is anonymous now, names no writer in any export, nor a
 * side or partnership: on a mixed wall those could point at one person. What a facilitator
 * typed in from the room has no author at all; the code says it was said aloud.
 */
export function records(
  state: SurpriseState,
  input: ReportInput<SurpriseConfig>,
): ContributionRecord[] {
  const phase = input.t('phase.open');
  return wallTexts(state).map((item) =>
    wallRecord(item, input, {
      type: 'surprise',
      phase,
      codes: [input.t(item.spoken ? 'records.spoken' : 'records.written')],
    }),
  );
}
