import type { ReportInput } from '../../domain/activity.ts';
import type { ReportBlock } from '../../domain/report.ts';
import {
  visibleNotes,
  type Category,
  type Note,
  type StrengthConfig,
  type StrengthState,
} from './schema.ts';

/**
 * The report section, shaped like the seed's: both lists of strengths (each written by the
 * other side), then caveats and self-reflection. Hidden notes and merged originals stay out.
 * Every other note is in, also those of a round that was never shared in the room (closed or
 * stopped without a plenary): those carry "not shared in the room", so readers know the room
 * did not discuss them.
 */
export function report(state: StrengthState, input: ReportInput<StrengthConfig>): ReportBlock[] {
  const notes = visibleNotes(state);
  const item = (n: Note) => (n.revealed ? n.text : `${n.text} (${input.t('report.notShared')})`);
  const texts = (group: 'formal' | 'informal', category: Category) =>
    notes.filter((n) => n.group === group && n.category === category).map(item);
  const both = (category: Category) => notes.filter((n) => n.category === category).map(item);

  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: input.title },
    { type: 'paragraph', text: input.t('report.intro') },
    // Informal workers wrote about formal workers, and the other way round.
    { type: 'list', title: input.t('report.aboutFormal'), items: texts('informal', 'strength') },
    { type: 'list', title: input.t('report.aboutInformal'), items: texts('formal', 'strength') },
  ];
  const caveats = both('caveat');
  if (caveats.length > 0)
    blocks.push({ type: 'list', title: input.t('report.caveats'), items: caveats });
  const reflections = both('selfReflection');
  if (reflections.length > 0) {
    blocks.push({ type: 'list', title: input.t('report.selfReflection'), items: reflections });
  }
  blocks.push({
    type: 'counts',
    items: [
      { label: input.t('group.formal'), value: notes.filter((n) => n.group === 'formal').length },
      {
        label: input.t('group.informal'),
        value: notes.filter((n) => n.group === 'informal').length,
      },
    ],
  });
  return blocks;
}
