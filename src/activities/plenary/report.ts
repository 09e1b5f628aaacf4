import type { ReportInput } from '../../domain/activity.ts';
import type { ReportBlock } from '../../domain/report.ts';
import {
  notesByCluster,
  orderedClusters,
  shownNotes,
  type Note,
  type PlenaryConfig,
  type PlenaryState,
} from './schema.ts';

/**
 * The report section: the question, then each cluster the facilitator made with its notes,
 * then the notes not clustered. Hidden notes stay out; what a facilitator typed in from the
 * room is marked so. No names: the report is read outside the room.
 */
export function report(state: PlenaryState, input: ReportInput<PlenaryConfig>): ReportBlock[] {
  const notes = shownNotes(state);
  const groups = notesByCluster(notes);
  const item = (n: Note) => (n.spoken ? `${n.text} (${input.t('report.spoken')})` : n.text);
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: input.title },
    { type: 'paragraph', text: input.t('report.prompt', { prompt: input.config.prompt }) },
  ];
  if (notes.length === 0) {
    blocks.push({ type: 'paragraph', text: input.t('report.none') });
    return blocks;
  }
  const clusters = orderedClusters(state);
  for (const cluster of clusters)
    blocks.push({
      type: 'list',
      title: cluster.name,
      items: (groups.get(cluster.id) ?? []).map(item),
    });
  const loose = groups.get(null) ?? [];
  if (loose.length > 0)
    blocks.push({
      type: 'list',
      // Without clusters these are simply the notes; with them, the ones left over.
      title: input.t(clusters.length > 0 ? 'report.unclustered' : 'report.notes'),
      items: loose.map(item),
    });
  return blocks;
}
