import { useState } from 'preact/hooks';
import { useT } from '../../../../ui/i18n.tsx';
import type { RunCommand } from '../../commands.ts';
import { NOTE_TEXT_LIMIT, type NoteFields } from './noteModel.ts';

/**
 * Saving a new note. The text is cleared at once: the command sits in the connection's outbox
 * (kept across reloads, sent when online) and the list shows it as "wordt bewaard…". Only a
 * refusal gives the text back to the field, so a note is never lost on a failed send.
 */
export function useAddNote(
  run: RunCommand,
  blockId: string | null,
  draft: NoteFields,
  setDraft: (next: (current: NoteFields) => NoteFields) => void,
) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function submit(): Promise<void> {
    const text = draft.text.trim();
    if (!blockId) return;
    if (!text) return setError(t('console.notes.textRequired'));
    if (text.length > NOTE_TEXT_LIMIT)
      return setError(
        t('common.characters.tooLong', {
          limit: NOTE_TEXT_LIMIT,
          over: text.length - NOTE_TEXT_LIMIT,
        }),
      );
    setError(null);
    setNotice(null);
    setDraft((current) => ({ ...current, text: '' }));
    const result = await run({
      type: 'addReportNote',
      blockId,
      kind: draft.kind,
      text,
      side: draft.side,
      partnershipId: draft.partnershipId,
      group: draft.group.trim(),
    });
    if (result.ok) return setNotice(t('console.notes.saved'));
    // Whatever was typed since goes after the refused text, never over it.
    setDraft((current) => ({
      ...current,
      text: current.text.trim() ? `${text}\n\n${current.text}` : text,
    }));
    setError(`${t('console.notes.failed')} ${result.message}`);
  }

  return { submit, error, notice };
}
