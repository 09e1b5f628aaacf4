import { useId, useState } from 'preact/hooks';
import { own } from '../../../../domain/ids.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { Button } from '../../../../ui/Button.tsx';
import { useLanguage, useT } from '../../../../ui/i18n.tsx';
import { Notice } from '../../../../ui/Notice.tsx';
import type { RunCommand } from '../../commands.ts';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { formatClock } from '../format.ts';
import { NoteEditor } from './NoteEditor.tsx';
import type { ReportNote } from './noteModel.ts';
import { NoteText } from './NoteText.tsx';

/**
 * One stored note with who wrote it and when. Anyone on the team may correct or remove it (a
 * colleague's typo too); putting it on the projector is for those who steer the room.
 */
export function NoteItem(props: {
  workshop: WorkshopState;
  note: ReportNote;
  run: RunCommand;
  canShare: boolean;
  /** Where focus goes when this note is removed. */
  fallbackFocusId: string;
}) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const { note, workshop } = props;
  const [editing, setEditing] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const author =
    own(workshop.facilitators, note.authorAccountId)?.name ?? t('console.notes.unknownAuthor');
  const time = formatClock(note.at, workshop.programme.timeZone, language);

  async function share(shared: boolean) {
    setSharing(true);
    const result = await props.run({ type: 'shareReportNote', noteId: note.id, shared });
    setSharing(false);
    setError(result.ok ? null : result.message);
  }

  if (editing) {
    return (
      <li class="wp-rnote wp-card">
        <NoteEditor
          workshop={workshop}
          note={note}
          run={props.run}
          onDone={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li class={note.shared ? 'wp-rnote wp-card wp-rnote--shared' : 'wp-rnote wp-card'}>
      <div id={`${id}-note`} class="wp-stack wp-rnote__body">
        <NoteText workshop={workshop} note={note} />
        <p class="wp-rnote__by">
          <bdi>{t('console.notes.byAt', { name: author, time })}</bdi>
          {note.editedAt !== null && <> · {t('console.notes.edited')}</>}
          {note.shared && (
            <strong class="wp-rnote__on-screen"> · {t('console.notes.onScreen')}</strong>
          )}
        </p>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      <div class="wp-row wp-rnote__actions">
        <Button
          variant="secondary"
          aria-describedby={`${id}-note`}
          onClick={() => setEditing(true)}
        >
          {t('console.notes.edit')}
        </Button>
        {props.canShare && (
          <Button
            variant={note.shared ? 'primary' : 'secondary'}
            busy={sharing}
            aria-describedby={`${id}-note`}
            onClick={() => void share(!note.shared)}
          >
            {note.shared ? t('console.notes.unshare') : t('console.notes.share')}
          </Button>
        )}
        <ConfirmButton
          label={t('console.notes.remove')}
          question={t('console.notes.confirmRemove')}
          describedBy={`${id}-note`}
          fallbackFocusId={props.fallbackFocusId}
          onConfirm={async () => {
            const result = await props.run({ type: 'removeReportNote', noteId: note.id });
            setError(result.ok ? null : result.message);
          }}
        />
      </div>
    </li>
  );
}
