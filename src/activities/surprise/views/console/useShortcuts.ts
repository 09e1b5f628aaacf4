import { useConsoleShortcut } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import { wallTexts } from '../../schema.ts';
import type { SurpriseViewProps } from '../types.ts';

/** A text's first words, enough to recognise it in the list of shortcuts. */
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * The keys this kind offers on the live screen: closing or reopening the round (both can be
 * undone by the other) and spotlighting the next text in the order of the wall. Each key does
 * what the button with the same words does.
 */
export function useSurpriseShortcuts(props: SurpriseViewProps): void {
  const { t, activity } = props;
  const { phase, spotlightId } = activity.state;
  const open = phase === 'open';
  useConsoleShortcut('nextPhase', open ? t('console.close') : t('console.reopen'), () =>
    props.send({ type: open ? 'close' : 'reopen' }),
  );
  const order = wallTexts(activity.state);
  const at = order.findIndex((item) => item.id === spotlightId);
  const following = order[at + 1] ?? null;
  const label =
    order.length === 0
      ? null
      : following
        ? `${t('console.spotlight')}: ${short(following.text)}`
        : t('console.stopSpotlight');
  useConsoleShortcut('spotlightNext', label, () =>
    props.send({ type: 'spotlightText', textId: following?.id ?? null }),
  );
}
