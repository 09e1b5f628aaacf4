import type { ReportInput } from '../../domain/activity.ts';
import type { ReportBlock } from '../../domain/report.ts';
import { wallTexts, type SurpriseConfig, type SurpriseState } from './schema.ts';

/**
 * The report section: the question and what people found surprising, in the order it was
 * shared. Hidden texts stay out; what a facilitator typed in from the room is marked so. No
 * names: the report is read outside the room.
 */
export function report(state: SurpriseState, input: ReportInput<SurpriseConfig>): ReportBlock[] {
  const texts = wallTexts(state);
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: input.title },
    { type: 'paragraph', text: input.t('report.intro', { prompt: input.config.prompt }) },
  ];
  if (texts.length === 0) {
    blocks.push({ type: 'paragraph', text: input.t('report.none') });
    return blocks;
  }
  blocks.push({
    type: 'list',
    title: input.t('report.texts'),
    items: texts.map((t) => (t.spoken ? `${t.text} (${input.t('report.spoken')})` : t.text)),
  });
  return blocks;
}
