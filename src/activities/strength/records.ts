import type { ContributionRecord, ReportInput } from '../../domain/activity.ts';
import { own } from '../../domain/ids.ts';
import { visibleNotes, type Note, type StrengthConfig, type StrengthState } from './schema.ts';

/**
 * One record per note the report shows (hidden notes and merged-away originals stay out). A
 * note is anonymous when it was written anonymously or the activity is anonymous now: either
 * way no export names its writer, and its partnership stays out too (with the side, it could
 * point at one person). Notes the room never saw say so in `phase`.
 */
export function records(
  state: StrengthState,
  input: ReportInput<StrengthConfig>,
): ContributionRecord[] {
  return visibleNotes(state).map((note) => {
    const authorId = isAnonymous(note, input.config) ? null : note.authorId;
    const author = authorId === null ? undefined : own(input.participants, authorId);
    return {
      id: note.id,
      type: 'note',
      phase: phaseOf(note, input),
      round: note.round,
      group: input.t(`group.${note.group}`),
      authorId,
      side: note.group,
      partnershipId: author?.partnershipId ?? null,
      at: note.createdAt,
      text: note.text,
      codes: [input.t(`category.${note.category}`)],
      links: [],
    };
  });
}

function isAnonymous(note: Note, config: StrengthConfig): boolean {
  return note.anonymous || config.anonymousToPeers;
}

/** Notes are written in the groups; a merged note is made in the plenary, by a facilitator. */
function phaseOf(note: Note, input: ReportInput<StrengthConfig>): string {
  const phase = input.t(note.mergedFrom.length > 0 ? 'phase.plenary' : 'phase.write');
  return note.revealed ? phase : `${phase} · ${input.t('report.notShared')}`;
}
