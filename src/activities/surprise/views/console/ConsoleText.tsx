import { own } from '../../../../domain/ids.ts';
import { AskFirstButton } from '../../../../ui/AskFirstButton.tsx';
import { Button } from '../../../../ui/Button.tsx';
import type { SurpriseText } from '../../schema.ts';
import type { SurpriseViewProps } from '../types.ts';

/** One text as the facilitator sees it: who wrote it, and spotlight, hide or delete. */
export function ConsoleText(props: SurpriseViewProps & { item: SurpriseText }) {
  const { t, item, send, activity } = props;
  const textId = `surprise-text-${item.id}`;
  const spotlit = activity.state.spotlightId === item.id;
  const pending = props.pending.some((p) => 'textId' in p.command && p.command.textId === item.id);
  const classes = ['wp-note'];
  if (item.hidden) classes.push('wp-surprise-hidden');
  if (spotlit) classes.push('wp-note--spotlight');
  if (pending) classes.push('wp-note--pending');
  return (
    <li class={classes.join(' ')} aria-current={spotlit ? 'true' : undefined}>
      <p id={textId} class="wp-note__text">
        {item.text}
      </p>
      <p class="wp-note__meta wp-row">
        <span>{byLine(props)}</span>
        {item.hidden && <span class="wp-badge">{t('console.hidden')}</span>}
        {spotlit && <span class="wp-badge">{t('console.spotlighted')}</span>}
        {pending && <span>{t('console.pending')}</span>}
      </p>
      <div class="wp-row">
        {!item.hidden && (
          <Button
            variant="secondary"
            aria-describedby={textId}
            onClick={() => void send({ type: 'spotlightText', textId: spotlit ? null : item.id })}
          >
            {spotlit ? t('console.stopSpotlight') : t('console.spotlight')}
          </Button>
        )}
        <Button
          variant="quiet"
          aria-describedby={textId}
          onClick={() =>
            void send({ type: item.hidden ? 'unhideText' : 'hideText', textId: item.id })
          }
        >
          {item.hidden ? t('console.unhide') : t('console.hide')}
        </Button>
        {item.spoken && (
          <AskFirstButton
            variant="quiet"
            describedBy={textId}
            question={t('console.confirmDelete')}
            confirmLabel={t('console.delete')}
            cancelLabel={t('console.cancel')}
            onConfirm={() => send({ type: 'deleteText', textId: item.id })}
          >
            {t('console.delete')}
          </AskFirstButton>
        )}
      </div>
    </li>
  );
}

/** "Door Anna", "Door Anna (anderen zien de naam niet)" or "Gezegd in de zaal". */
function byLine(props: SurpriseViewProps & { item: SurpriseText }): string {
  const { t, item } = props;
  if (item.spoken) return t('console.spoken');
  const author = item.authorId ? own(props.workshop.participants, item.authorId) : undefined;
  const name = author?.displayName ?? t('console.unknownAuthor');
  return item.anonymous ? t('console.anonymousAuthor', { name }) : t('console.author', { name });
}
