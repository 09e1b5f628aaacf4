import './notes.css';
import { useState } from 'preact/hooks';
import { own } from '../../../../domain/ids.ts';
import type { WorkshopView } from '../../../../domain/views/workshopView.ts';
import { useT } from '../../../../ui/i18n.tsx';
import { Notice } from '../../../../ui/Notice.tsx';
import type { ConnectionSnapshot } from '../../../shared/connection.ts';
import { ConnectionBanner } from '../../../shared/ConnectionBanner.tsx';
import type { RunCommand } from '../../commands.ts';
import { ModeSwitch } from '../ModeSwitch.tsx';
import { BlockPicker } from './BlockPicker.tsx';
import { NoteForm } from './NoteForm.tsx';
import { NoteList } from './NoteList.tsx';
import { defaultBlockId, notesOfBlock } from './noteModel.ts';
import { BlockPhotos } from './photos/BlockPhotos.tsx';
import { useBlockNotes } from './useBlockNotes.ts';

/**
 * "Verslaglegging": the screen note-takers keep open on a phone while they walk between the
 * groups, and facilitators beside the live screen. Write a note for a block (the running one
 * unless another is picked) and see that block's notes arrive, everyone's, as they are made.
 */
export function NotesPage(props: {
  workshopId: string;
  workshop: WorkshopView;
  snapshot: ConnectionSnapshot;
  run: RunCommand;
}) {
  const t = useT();
  const { workshop, snapshot } = props;
  // Null follows the programme: the block running now, so a new block needs no extra tap.
  const [picked, setPicked] = useState<string | null>(null);
  const blockId =
    (picked && own(workshop.programme.blocks, picked) ? picked : null) ??
    defaultBlockId(workshop.programme);
  const notes = useBlockNotes(props, blockId);
  const block = blockId ? own(workshop.programme.blocks, blockId) : undefined;

  return (
    <main id="main" tabIndex={-1} class="wp-page wp-page--wide wp-stack wp-notes-page">
      <h1>{workshop.title}</h1>
      <ModeSwitch workshopId={props.workshopId} mode="notes" />
      <ConnectionBanner snapshot={snapshot} />
      {!blockId || !block ? (
        <Notice>{t('console.notes.noBlocks')}</Notice>
      ) : (
        <div class="wp-notes-page__grid">
          <section class="wp-notes-page__write wp-card wp-stack" aria-labelledby="wp-notes-title">
            <h2 id="wp-notes-title">{t('console.notes.mode')}</h2>
            <p class="wp-field__hint wp-notes-page__intro">{t('console.notes.intro')}</p>
            <BlockPicker programme={workshop.programme} value={blockId} onChange={setPicked} />
            <NoteForm {...notes.form} />
          </section>
          <section class="wp-notes-page__read wp-stack" aria-labelledby="wp-notes-list">
            <div class="wp-spread">
              <h2 id="wp-notes-list" tabIndex={-1}>
                {t('console.notes.listTitle', { block: block.title })}
              </h2>
              <span class="wp-badge">
                {t('console.notes.count', { count: notesOfBlock(workshop, blockId).length })}
              </span>
            </div>
            <NoteList {...notes.list(blockId)} fallbackFocusId="wp-notes-list" />
            <BlockPhotos
              workshopId={props.workshopId}
              workshop={workshop}
              blockId={blockId}
              run={props.run}
            />
          </section>
        </div>
      )}
    </main>
  );
}
