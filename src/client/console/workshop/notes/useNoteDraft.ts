import { useCallback, useState } from 'preact/hooks';
import { SIDES } from '../../../../domain/workshop/state.ts';
import { emptyNote, NOTE_KIND_ORDER, type NoteFields } from './noteModel.ts';

/**
 * The note being written, kept in this tab's session storage: a note-taker who switches to the
 * live screen and back (or reloads) finds the half-written text, and the group they stand at,
 * where they left them. One draft per workshop, shared by the notes screen and the live panel.
 */
export function useNoteDraft(workshopId: string) {
  const key = `wp:note-draft:${workshopId}`;
  const [draft, setDraftState] = useState<NoteFields>(() => read(key));
  const setDraft = useCallback(
    (next: NoteFields | ((current: NoteFields) => NoteFields)) =>
      setDraftState((current) => {
        const value = typeof next === 'function' ? next(current) : next;
        write(key, value);
        return value;
      }),
    [key],
  );
  return [draft, setDraft] as const;
}

function read(key: string): NoteFields {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    return stored && typeof stored === 'object' ? clean(stored as Partial<NoteFields>) : emptyNote;
  } catch {
    return emptyNote;
  }
}

/** Storage is the browser's, not ours: keep only values the form can show. */
function clean(stored: Partial<NoteFields>): NoteFields {
  const str = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    kind: NOTE_KIND_ORDER.find((k) => k === stored.kind) ?? emptyNote.kind,
    text: str(stored.text),
    side: SIDES.find((s) => s === stored.side) ?? null,
    partnershipId: str(stored.partnershipId) || null,
    group: str(stored.group),
  };
}

function write(key: string, value: NoteFields): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full store: the draft then lives as long as the page, which is fine.
  }
}
