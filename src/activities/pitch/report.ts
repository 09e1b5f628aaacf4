import type { ReportInput } from '../../domain/activity.ts';
import type { ReportBlock } from '../../domain/report.ts';
import { runningOrder } from './order.ts';
import { texts } from '../../domain/coedit/yjsDoc.ts';
import { own } from '../../domain/ids.ts';
import { PREP, type PitchConfig, type PitchState } from './schema.ts';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The report section, as in the seed: per municipality, in running order, the state of the
 * collaboration ("stand van zaken") and what they want to achieve. The free notes were working
 * notes for the talk and stay out. A preparation the room never saw (its pitch did not start
 * before the activity ended) is in too, marked "not shared in the room".
 */
export function report(state: PitchState, input: ReportInput<PitchConfig>): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: input.title },
    {
      type: 'paragraph',
      text: input.t('report.intro', { count: input.config.minutesPerPitch }),
    },
  ];
  for (const id of runningOrder(state.order, input.partnerships)) {
    const partnership = own(input.partnerships, id);
    if (!partnership) continue;
    const prep = texts(PREP, own(state.preps, id));
    blocks.push({ type: 'heading', level: 3, text: partnership.municipality });
    const organisations = [partnership.formalOrganisation, partnership.informalOrganisation]
      .filter(Boolean)
      .join(' · ');
    if (organisations) blocks.push({ type: 'paragraph', text: organisations });
    const stand = lines(prep.stand);
    const goals = lines(prep.goals);
    if (stand.length === 0 && goals.length === 0) {
      blocks.push({ type: 'paragraph', text: input.t('report.nothing') });
      continue;
    }
    // Prepared but never shared (the activity ended before this pitch): kept, and marked.
    if (!own(state.preps, id)?.public)
      blocks.push({ type: 'paragraph', text: input.t('report.notShared') });
    blocks.push({
      type: 'list',
      title: input.t('field.stand'),
      items: stand.length ? stand : [input.t('report.empty')],
    });
    blocks.push({
      type: 'list',
      title: input.t('field.goals'),
      items: goals.length ? goals : [input.t('report.empty')],
    });
  }
  return blocks;
}
