import type { ComponentChildren } from 'preact';
import type { Translate } from '../../../../i18n/index.ts';
import type { Note } from '../../schema.ts';

/** One note as a card; the border colour says which group wrote it. */
export function NoteCard(props: {
  note: Note;
  t: Translate;
  spotlight?: boolean;
  mine?: boolean;
  children?: ComponentChildren;
}) {
  const { note, t } = props;
  const classes = ['wp-note', `wp-note--${note.group}`, props.spotlight ? 'wp-note--spotlight' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li class={classes} aria-current={props.spotlight ? 'true' : undefined}>
      <p class="wp-note__text">{note.text}</p>
      <p class="wp-note__meta">
        {note.category && <span class="wp-badge">{t(`category.${note.category}`)}</span>}
        {props.mine && <span class="wp-badge wp-badge--mine">{t('participant.mine')}</span>}
        {props.spotlight && (
          <span class="wp-badge wp-badge--spotlight">{t('projector.spotlight')}</span>
        )}
      </p>
      {props.children}
    </li>
  );
}
