import { createContext } from 'preact';
import { useContext, useLayoutEffect, useRef } from 'preact/hooks';
import type { ShortcutAction } from './actions.ts';
import { ShortcutRegistry } from './registry.ts';

/**
 * The shortcuts of the console's run mode. Only the running activity's panel provides it: a
 * kind's view drawn elsewhere (an item opened to prepare it) offers nothing, so a key always
 * acts on what runs in the room.
 */
export const ShortcutContext = createContext<ShortcutRegistry | null>(null);

/**
 * Offers `action` while `label` is not null: a kind's console view calls this beside the button
 * that does the same, with that button's words as `label`, so the help overlay can say what the
 * key does now. `run` may change every render; only a change of `label` renews the offer.
 *
 * ```tsx
 * useConsoleShortcut('share', phase === 'write' ? t('console.startPlenary') : null, () =>
 *   props.send({ type: 'startPlenary' }),
 * );
 * ```
 */
export function useConsoleShortcut(
  action: ShortcutAction,
  label: string | null,
  run: () => unknown,
): void {
  const registry = useContext(ShortcutContext);
  const latest = useRef(run);
  latest.current = run;
  // A layout effect: the offer changes in the same commit as the button it mirrors, so a key
  // pressed the moment the button shows acts like the button (a plain effect waits for a frame).
  useLayoutEffect(() => {
    if (!registry || label === null) return;
    return registry.offer(action, { label, run: () => latest.current() });
  }, [registry, action, label]);
}
