import { own } from '../../domain/ids.ts';
import { orderedBlocks } from '../../domain/programme/state.ts';
import type { ReportSources } from '../../domain/reportDocument/build.ts';
import type { WorkshopState } from '../../domain/workshop/state.ts';
import type { ExportActivity, ExportRecord } from './records.ts';

/** The minutes' place among the activities of an export: a fixed id, never an activity's. */
export const REPORT_NOTES_ID = 'reportNotes';

/**
 * The note-takers' notes as research records, one "activity" after the real ones: the phase is
 * the programme block, the code the note's kind ("Conclusie"). Nobody is the author: the
 * note-taker is no participant, and who took a note stays among the facilitators. Null when
 * there are no notes, so exports of workshops without minutes stay as they were.
 */
export function noteRecords(state: WorkshopState, sources: ReportSources): ExportActivity | null {
  const notes = Object.values(state.reportNotes ?? {});
  if (notes.length === 0) return null;
  const place = new Map(orderedBlocks(state.programme).map((b, i) => [b.id, i]));
  const order = (blockId: string) => place.get(blockId) ?? place.size;
  // Programme order, then time; the sort is stable, so notes of one moment keep their order.
  notes.sort((a, b) => order(a.blockId) - order(b.blockId) || a.at - b.at);
  const title = sources.t('notes.exportTitle');
  const records = notes.map((note): ExportRecord => ({
    activityId: REPORT_NOTES_ID,
    activityKind: REPORT_NOTES_ID,
    activityTitle: title,
    id: note.id,
    type: 'reportNote',
    phase: own(state.programme.blocks, note.blockId)?.title ?? '',
    round: null,
    group: note.group,
    authorKey: '',
    author: '',
    municipality:
      note.partnershipId === null
        ? ''
        : (own(state.partnerships, note.partnershipId)?.municipality ?? ''),
    side: note.side,
    language: '',
    time: new Date(note.at).toISOString(),
    text: note.text,
    codes: [sources.t(`notes.kinds.${note.kind}`)],
    links: [],
  }));
  return { id: REPORT_NOTES_ID, kind: REPORT_NOTES_ID, title, records };
}
