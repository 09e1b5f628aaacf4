import { SIDES } from '../../../../domain/workshop/state.ts';
import { otherSide } from '../../../../domain/workshop/state.ts';
import { useConsoleShortcut } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import { visibleNotes, type StrengthCommand } from '../../schema.ts';
import type { StrengthViewProps } from '../types.ts';

/** A note's first words, enough to recognise it in the list of shortcuts. */
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * The keys this kind offers on the live screen: the next phase (write → share → write again;
 * closing is never one key away), sharing the lists, and spotlighting the next note in the
 * order the columns show them. Each key does what the button with the same words does.
 */
export function useStrengthShortcuts(props: StrengthViewProps): void {
  const { t, activity } = props;
  const { phase, spotlightId } = activity.state;
  const send = (command: StrengthCommand) => props.send(command);

  const share = phase === 'write' ? t('console.startPlenary') : null;
  const next =
    phase === 'write'
      ? { label: t('console.startPlenary'), command: { type: 'startPlenary' } as const }
      : phase === 'plenary'
        ? { label: t('console.startWriteRound'), command: { type: 'startWriteRound' } as const }
        : null;
  useConsoleShortcut('nextPhase', next?.label ?? null, () => next && send(next.command));
  useConsoleShortcut('share', share, () => send({ type: 'startPlenary' }));

  // The columns show the notes about formal workers first (written by the informal group).
  const order = SIDES.flatMap((about) =>
    visibleNotes(activity.state).filter((n) => n.group === otherSide(about) && n.revealed),
  );
  const at = order.findIndex((n) => n.id === spotlightId);
  const following = order[at + 1] ?? null;
  const spotlight =
    order.length === 0
      ? null
      : following
        ? `${t('console.spotlight')}: ${short(following.text)}`
        : t('console.stopSpotlight');
  useConsoleShortcut('spotlightNext', spotlight, () =>
    send({ type: 'spotlightNote', noteId: following?.id ?? null }),
  );
}
