import { useState } from 'preact/hooks';
import { own } from '../../../../domain/ids.ts';
import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { Button } from '../../../../ui/Button.tsx';
import { LiveRegion } from '../../../../ui/LiveRegion.tsx';
import { useAnnouncement } from '../../../../ui/useOnChange.ts';
import { wallTexts, type SurpriseText } from '../../schema.ts';
import type { SurpriseViewProps } from '../types.ts';
import { ShortTextForm } from '../../../../ui/ShortTextForm.tsx';

/**
 * The wall on the phone, newest first (a phone shows the top, and the top is what is new):
 * my own texts marked, and while the round is open with "Wijzigen" and "Verwijderen".
 */
export function WallList({ props }: { props: SurpriseViewProps }) {
  const { t, me, activity, pending, workshop } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const texts = wallTexts(activity.state).reverse();
  const waiting = pending.filter((p) => p.command.type === 'addText');
  const newest = texts[0];
  // Screen readers hear a text someone else shared; one's own needs no telling.
  const announcement = useAnnouncement(newest?.id ?? '', () =>
    newest && newest.authorId !== me?.id ? t('participant.added', { text: newest.text }) : '',
  );
  const open = activity.state.phase === 'open';
  const mine = (item: SurpriseText) => !!me && item.authorId === me.id;
  const byLine = (item: SurpriseText) => {
    if (item.spoken) return t('participant.spoken');
    const author = item.authorId ? own(workshop.participants, item.authorId) : undefined;
    return author && !mine(item) ? author.displayName : null;
  };

  return (
    <section class="wp-stack" aria-labelledby="surprise-wall">
      <h2 id="surprise-wall">{t('participant.wall')}</h2>
      <LiveRegion message={announcement} />
      {texts.length === 0 && waiting.length === 0 && <p>{t('participant.empty')}</p>}
      <ul class="wp-notes wp-surprise-wall">
        {waiting.map((p) => (
          <li key={p.clientActionId} class="wp-note wp-note--pending">
            <p class="wp-note__text">{'text' in p.command ? p.command.text : ''}</p>
            <p class="wp-note__meta">{t('participant.pending')}</p>
          </li>
        ))}
        {texts.map((item) => (
          <li key={item.id} class={`wp-note${mine(item) ? ' wp-surprise-mine' : ''}`}>
            {editing === item.id ? (
              <ShortTextForm
                label={t('participant.edit')}
                submitLabel={t('participant.save')}
                cancelLabel={t('participant.cancel')}
                initial={item.text}
                tApp={props.tApp}
                onSubmit={(text) => props.send({ type: 'editText', textId: item.id, text })}
                onDone={() => setEditing(null)}
              />
            ) : (
              <p id={`surprise-${item.id}`} class="wp-note__text">
                {item.text}
              </p>
            )}
            {(mine(item) || byLine(item)) && (
              <p class="wp-note__meta wp-row">
                {mine(item) && (
                  <span class="wp-badge wp-surprise-badge">{t('participant.mine')}</span>
                )}
                {byLine(item) && <span>{byLine(item)}</span>}
              </p>
            )}
            {mine(item) && open && editing !== item.id && (
              <div class="wp-row">
                <Button
                  variant="secondary"
                  aria-describedby={`surprise-${item.id}`}
                  onClick={() => setEditing(item.id)}
                >
                  {t('participant.edit')}
                </Button>
                <AskFirstButton
                  describedBy={`surprise-${item.id}`}
                  question={t('participant.confirmDelete')}
                  confirmLabel={t('participant.delete')}
                  cancelLabel={t('participant.cancel')}
                  onConfirm={() => props.send({ type: 'deleteText', textId: item.id })}
                >
                  {t('participant.delete')}
                </AskFirstButton>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
