import { useT } from '../../../../ui/i18n.tsx';
import { Notice } from '../../../../ui/Notice.tsx';
import { Link } from '../../Link.tsx';
import { notesPath } from '../../navigation.ts';

/**
 * Said on the screens that steer the day when a note-taker opens them: they may look, the
 * buttons are off, and the way to their own screen is one tap away (no dead end).
 */
export function NoteTakerNotice({ workshopId }: { workshopId: string }) {
  const t = useT();
  return (
    <Notice>
      <p>{t('console.notes.noteTaker.notice')}</p>
      <p>
        <Link href={notesPath(workshopId)}>{t('console.notes.noteTaker.toNotes')}</Link>
      </p>
    </Notice>
  );
}
