import { useConsoleShortcut } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import type { CrossTheLineCommand } from '../../schema.ts';
import { currentCard, revealedCards, type CrossTheLineViewProps } from '../types.ts';
import { upcoming } from './OrderPanel.tsx';

/** A prejudice's first words, enough to recognise it in the list of shortcuts. */
const short = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}…` : text);

/**
 * The keys of the live screen. F: the next step of the evening — start showing, close the
 * open crossing (show the count), show the next prejudice, go to the skittles, knock the next
 * one over. S: put the next prejudice on the screen. D: show the count of the open one. N stays
 * the programme's "next item"; closing the activity is never one key away. Each key does what the button with the same words does.
 */
export function useCrossTheLineShortcuts(props: CrossTheLineViewProps): void {
  const { t, activity } = props;
  const { phase } = activity.state;
  const current = currentCard(activity.state);
  const next = phase === 'play' ? (upcoming(props)[0] ?? null) : null;
  const open = phase === 'play' && current?.stage === 'crossing' ? current : null;
  const standing =
    phase === 'bowl'
      ? (revealedCards(activity.state).find((c) => c.outcome === 'debunked' && !c.knockedDown) ??
        null)
      : null;

  const reveal = next
    ? {
        label: t('console.revealNext', { text: short(next.text) }),
        command: { type: 'revealPrejudice', prejudiceId: next.id } as CrossTheLineCommand,
      }
    : null;
  const close = open
    ? {
        label: t('console.closeCrossing'),
        command: { type: 'closeCrossing', prejudiceId: open.id } as CrossTheLineCommand,
      }
    : null;
  const step =
    phase === 'collect'
      ? { label: t('console.move.play'), command: { type: 'startPlay' } as CrossTheLineCommand }
      : phase === 'play'
        ? (close ??
          reveal ?? {
            label: t('console.move.bowl'),
            command: { type: 'startBowling' } as CrossTheLineCommand,
          })
        : standing
          ? {
              label: `${t('console.knockDown')}: ${short(standing.text)}`,
              command: { type: 'knockDown', prejudiceId: standing.id } as CrossTheLineCommand,
            }
          : null;
  const send = (command: CrossTheLineCommand | undefined) => command && props.send(command);
  useConsoleShortcut('nextPhase', step?.label ?? null, () => send(step?.command));
  useConsoleShortcut('spotlightNext', reveal?.label ?? null, () => send(reveal?.command));
  useConsoleShortcut('share', close?.label ?? null, () => send(close?.command));
}
