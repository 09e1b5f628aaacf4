import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { useT } from '../../../../ui/i18n.tsx';
import type { RunCommand } from '../../commands.ts';
import { NoteItem } from './NoteItem.tsx';
import { NoteText } from './NoteText.tsx';
import { notesOfBlock } from './noteModel.ts';
import type { PendingNote } from './pendingNotes.ts';

/**
 * A block's notes, newest first: the ones still on their way (this device's outbox) on top,
 * then the stored ones, which arrive live from every note-taker through the workshop view.
 * `limit` shows only the newest few (the live screen's panel).
 */
export function NoteList(props: {
  workshop: WorkshopState;
  blockId: string;
  run: RunCommand;
  pending: readonly PendingNote[];
  /** Offline: pending notes wait for the connection rather than being saved right now. */
  offline: boolean;
  canShare: boolean;
  /** Where focus goes when a note is removed (the list's heading). */
  fallbackFocusId: string;
  limit?: number;
}) {
  const t = useT();
  const stored = notesOfBlock(props.workshop, props.blockId);
  const pending = props.limit === undefined ? props.pending : props.pending.slice(0, props.limit);
  const shown =
    props.limit === undefined ? stored : stored.slice(0, Math.max(0, props.limit - pending.length));
  if (pending.length + stored.length === 0)
    return <p class="wp-field__hint">{t('console.notes.empty')}</p>;
  return (
    <ul class="wp-rnote-list">
      {pending.map((note) => (
        <li key={note.clientActionId} class="wp-rnote wp-card wp-rnote--pending" aria-busy="true">
          <div class="wp-stack wp-rnote__body">
            <NoteText workshop={props.workshop} note={note} />
            <p class="wp-rnote__by">
              {props.offline ? t('console.notes.waiting') : t('console.notes.saving')}
            </p>
          </div>
        </li>
      ))}
      {shown.map((note) => (
        <NoteItem
          key={note.id}
          workshop={props.workshop}
          note={note}
          run={props.run}
          canShare={props.canShare}
          fallbackFocusId={props.fallbackFocusId}
        />
      ))}
    </ul>
  );
}
