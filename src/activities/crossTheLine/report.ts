import type { ReportInput } from '../../domain/activity.ts';
import type { ReportBlock } from '../../domain/report.ts';
import { crossingCount } from './counts.ts';
import { countLines } from './countText.ts';
import {
  orderedPrejudices,
  revealedPrejudices,
  shownArguments,
  type CrossTheLineConfig,
  type CrossTheLineState,
  type Prejudice,
} from './schema.ts';

/**
 * The report section: per prejudice discussed, its words, the side it is about, how many
 * crossed (under the same small-group rule as the screens: never a number under 3 unless the
 * facilitator opted in for that item), the arguments that debunk it and the outcome. Never
 * who submitted, crossed or argued anonymously. Rejected submissions stay out.
 */
export function report(
  state: CrossTheLineState,
  input: ReportInput<CrossTheLineConfig>,
): ReportBlock[] {
  const { t } = input;
  const played = revealedPrejudices(state);
  const crossedCell = (p: Prejudice) => {
    const count = crossingCount(p);
    if (!count) return t('report.notCounted');
    const lines = countLines(count, t);
    return [lines.main, ...lines.detail].join('; ');
  };
  const outcomeCell = (p: Prejudice) =>
    p.outcome === null
      ? t('report.noOutcome')
      : p.knockedDown
        ? `${t('outcome.debunked')} (${t('report.knockedDown')})`
        : t(`outcome.${p.outcome}`);
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: input.title },
    { type: 'paragraph', text: t('report.intro') },
  ];
  if (played.length > 0)
    blocks.push({
      type: 'table',
      columns: ['prejudice', 'about', 'crossed', 'outcome'].map((c) => t(`report.columns.${c}`)),
      rows: played.map((p) => [p.text, t(`about.${p.about}`), crossedCell(p), outcomeCell(p)]),
    });
  for (const p of played) {
    const args = shownArguments(p);
    if (args.length === 0) continue;
    blocks.push({
      type: 'list',
      title: t('report.argumentsFor', { text: p.text }),
      items: args.map((a) => a.text),
    });
  }
  const unplayed = orderedPrejudices(state).filter((p) => p.revealedSeq === null);
  if (unplayed.length > 0)
    blocks.push({ type: 'list', title: t('report.notPlayed'), items: unplayed.map((p) => p.text) });
  blocks.push({
    type: 'counts',
    items: [
      {
        label: t('report.debunkedCount'),
        value: played.filter((p) => p.outcome === 'debunked').length,
      },
      { label: t('report.staysCount'), value: played.filter((p) => p.outcome === 'stays').length },
    ],
  });
  return blocks;
}
