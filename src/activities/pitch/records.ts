import type { ContributionRecord, ReportInput } from '../../domain/activity.ts';
import { texts } from '../../domain/coedit/yjsDoc.ts';
import { own } from '../../domain/ids.ts';
import { runningOrder } from './order.ts';
import { PREP, type PitchConfig, type PitchState, type PrepField } from './schema.ts';

/** The report's fields: the free notes were working notes for the talk and stay out. */
const REPORTED: readonly PrepField[] = ['stand', 'goals'];

/**
 * One record per filled-in field of each municipality's preparation, in running order. A
 * preparation is written together by the municipality's phones, so it has no single author;
 * it speaks for the partnership. One never pitched says so in `phase`.
 */
export function records(state: PitchState, input: ReportInput<PitchConfig>): ContributionRecord[] {
  return runningOrder(state.order, input.partnerships).flatMap((id) => {
    const partnership = own(input.partnerships, id);
    const prep = own(state.preps, id);
    if (!partnership || !prep) return [];
    const fields = texts(PREP, prep);
    const phase = prep.public
      ? input.t('phase.prepare')
      : `${input.t('phase.prepare')} · ${input.t('report.notShared')}`;
    return REPORTED.filter((field) => fields[field].trim().length > 0).map((field) => ({
      id: `${id}.${field}`,
      type: 'pitchPrep',
      phase,
      round: null,
      group: partnership.municipality,
      authorId: null,
      side: null,
      partnershipId: id,
      at: null,
      text: fields[field].trim(),
      codes: [input.t(`field.${field}`)],
      links: [],
    }));
  });
}
