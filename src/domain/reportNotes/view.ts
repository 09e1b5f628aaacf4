import type { ReportNote } from './types.ts';

type Notes = Readonly<Record<string, ReportNote>>;

/**
 * What the projector may show of the minutes: the one shared note, without its author (who
 * took the note is the facilitators' business). Everything else stays on the console.
 */
export function sharedNoteOnly(notes: Notes): Notes {
  const shared = Object.values(notes).find((n) => n.shared);
  return shared ? { [shared.id]: { ...shared, authorAccountId: '' } } : {};
}
