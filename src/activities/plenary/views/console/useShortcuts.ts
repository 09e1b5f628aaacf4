import { useConsoleShortcut } from '../../../../ui/shortcuts/useConsoleShortcut.ts';
import type { PlenaryViewProps } from '../types.ts';

/**
 * The key this kind offers on the live screen: closing or reopening the question (each undoes
 * the other). It does what the button with the same words does. Clustering stays with the
 * mouse, touch and the menus: a single key cannot say where a note should go.
 */
export function usePlenaryShortcuts(props: PlenaryViewProps): void {
  const { t, activity } = props;
  const open = activity.state.phase === 'open';
  useConsoleShortcut('nextPhase', open ? t('console.close') : t('console.reopen'), () =>
    props.send({ type: open ? 'close' : 'reopen' }),
  );
}
