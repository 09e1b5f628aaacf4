import type { ContributionRecord } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import { orderedBlocks } from '../../domain/programme/state.ts';
import type { ReportOptions } from '../../domain/reportDocument/document.ts';
import type { ReportSources } from '../../domain/reportDocument/build.ts';
import { peopleLabels } from '../../domain/reportDocument/people.ts';
import type { ActivityInstance, Side, WorkshopState } from '../../domain/workshop/state.ts';
import { participantKeys } from './pseudonyms.ts';
import { reportInputOf } from '../../domain/reportDocument/input.ts';
import { noteRecords } from './noteRecords.ts';

/** One contribution as a row of the research exports: the kind's record plus who and where. */
export interface ExportRecord {
  readonly activityId: string;
  readonly activityKind: string;
  readonly activityTitle: string;
  readonly id: string;
  readonly type: string;
  readonly phase: string;
  readonly round: number | null;
  readonly group: string;
  /** `P7`, or the participant's id when names were chosen; empty when nobody is named. */
  readonly authorKey: string;
  /** "Deelnemer 7 (Zaanstad, informeel)", or the name; empty for anonymous or facilitators' work. */
  readonly author: string;
  readonly municipality: string;
  readonly side: Side | null;
  /** The author's language, when there is a named author. */
  readonly language: string;
  /** ISO 8601, UTC; empty when the activity does not keep the time. */
  readonly time: string;
  readonly text: string;
  readonly codes: readonly string[];
  readonly links: readonly { readonly activityId: string; readonly id: string }[];
}

export interface ExportActivity {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly records: readonly ExportRecord[];
}

/**
 * Every activity's contributions, in programme order (activities outside the programme after
 * them, in the order they were added), then the minutes' notes (`noteRecords`). Activities that
 * never ran, and kinds without `records`, are left out. Pure: the same state and options give
 * the same rows.
 */
export function collectRecords(
  state: WorkshopState,
  options: ReportOptions,
  sources: ReportSources,
): ExportActivity[] {
  const people = peopleLabels(state, options, {
    participant: sources.t('person.participant'),
    formal: sources.t('person.formal'),
    informal: sources.t('person.informal'),
    unknown: sources.t('person.unknown'),
  });
  const keys = participantKeys(state, options);
  const result: ExportActivity[] = [];
  for (const activity of activitiesInOrder(state)) {
    const kind = sources.kinds.get(activity.kind);
    if (!kind?.records || activity.status === 'ready') continue;
    const made = kind.records(
      activity.state,
      reportInputOf(state, activity, sources.kindT(activity.kind), {
        references: sources.references,
        person: people.label,
      }),
    );
    const row = (r: ContributionRecord): ExportRecord => {
      const author = r.authorId === null ? undefined : own(state.participants, r.authorId);
      const partnershipId = r.partnershipId ?? author?.partnershipId ?? null;
      return {
        activityId: activity.id,
        activityKind: activity.kind,
        activityTitle: activity.title,
        id: r.id,
        type: r.type,
        phase: r.phase ?? '',
        round: r.round,
        group: r.group ?? '',
        authorKey: author ? (keys.get(author.id) ?? '') : '',
        author: author ? people.label(author.id) : '',
        municipality:
          partnershipId === null
            ? ''
            : (own(state.partnerships, partnershipId)?.municipality ?? ''),
        side: r.side ?? author?.side ?? null,
        language: author?.language ?? '',
        time: r.at === null ? '' : new Date(r.at).toISOString(),
        text: r.text,
        codes: r.codes,
        links: r.links,
      };
    };
    result.push({
      id: activity.id,
      kind: activity.kind,
      title: activity.title,
      records: made.map(row),
    });
  }
  // The note-takers' minutes come after the activities, as one more source of records.
  const notes = noteRecords(state, sources);
  if (notes) result.push(notes);
  return result;
}

function activitiesInOrder(state: WorkshopState): ActivityInstance[] {
  const ids = orderedBlocks(state.programme).flatMap((b) => (b.activityId ? [b.activityId] : []));
  const seen = new Set(ids);
  const all = [...ids, ...state.activityOrder.filter((id) => !seen.has(id))];
  return [...new Set(all)].flatMap((id) => {
    const activity = own(state.activities, id);
    return activity ? [activity] : [];
  });
}
