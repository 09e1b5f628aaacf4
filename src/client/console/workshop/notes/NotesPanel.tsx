import './notes.css';
import { useState } from 'preact/hooks';
import { own } from '../../../../domain/ids.ts';
import type { WorkshopState } from '../../../../domain/workshop/state.ts';
import { useT } from '../../../../ui/i18n.tsx';
import type { ConnectionSnapshot } from '../../../shared/connection.ts';
import type { RunCommand } from '../../commands.ts';
import { Link } from '../../Link.tsx';
import { notesPath } from '../../navigation.ts';
import { NoteForm } from './NoteForm.tsx';
import { NoteList } from './NoteList.tsx';
import { defaultBlockId, notesOfBlock } from './noteModel.ts';
import { useBlockNotes } from './useBlockNotes.ts';

/** How many notes the live screen shows; the rest are one link away. */
const LATEST = 3;
const OPEN_KEY = 'wp:notes-panel-open';

/**
 * The notes on the live screen: folded to one line ("Aantekeningen · 4") so it does not crowd
 * the controls; open, a quick form for the running block and its newest notes.
 */
export function NotesPanel(props: {
  workshopId: string;
  workshop: WorkshopState;
  snapshot: ConnectionSnapshot;
  run: RunCommand;
}) {
  const t = useT();
  const { workshop } = props;
  const [open, setOpen] = useState(() => readOpen());
  const blockId = defaultBlockId(workshop.programme);
  const notes = useBlockNotes(props, blockId);
  const block = blockId ? own(workshop.programme.blocks, blockId) : undefined;
  const count = blockId ? notesOfBlock(workshop, blockId).length : 0;

  return (
    <details
      class="wp-card wp-notes-panel"
      open={open}
      onToggle={(e) => {
        const next = e.currentTarget.open;
        setOpen(next);
        saveOpen(next);
      }}
    >
      <summary>
        <span>{t('console.notes.panel.title')}</span>
        {block && <span class="wp-badge">{t('console.notes.count', { count })}</span>}
      </summary>
      {open && (
        <div class="wp-stack">
          {!blockId || !block ? (
            <p>{t('console.notes.panel.noBlock')}</p>
          ) : (
            <>
              <p class="wp-field__hint">
                <bdi>{block.title}</bdi>
              </p>
              <NoteForm {...notes.form} />
              <h3 id="wp-notes-panel-latest" tabIndex={-1}>
                {t('console.notes.panel.latest')}
              </h3>
              <NoteList
                {...notes.list(blockId)}
                fallbackFocusId="wp-notes-panel-latest"
                limit={LATEST}
              />
            </>
          )}
          <p>
            <Link href={notesPath(props.workshopId)}>{t('console.notes.panel.all')}</Link>
          </p>
        </div>
      )}
    </details>
  );
}

function readOpen(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) === '1';
  } catch {
    return false;
  }
}

function saveOpen(open: boolean): void {
  try {
    localStorage.setItem(OPEN_KEY, open ? '1' : '0');
  } catch {
    // Without storage the panel starts folded, as it does the first time.
  }
}
