import { useEffect, useRef } from 'preact/hooks';
import { meaningOf, type KeyPress, type ShortcutAction } from '../../../../ui/shortcuts/actions.ts';
import type { ShortcutOffer, ShortcutRegistry } from '../../../../ui/shortcuts/registry.ts';

/** What the live screen does with a key the registry knows. */
export interface ShortcutHandlers {
  help(): void;
  /** False when there is nothing to undo (the key then does nothing). */
  undo(): boolean;
  /** False when this facilitator may not steer (a note-taker): steering keys then only say so. */
  mayRun(): boolean;
  ran(action: ShortcutAction, offer: ShortcutOffer): void;
  unavailable(action: ShortcutAction): void;
  notAllowed(action: ShortcutAction): void;
}

function describe(event: KeyboardEvent): KeyPress {
  const target = event.target instanceof Element ? event.target : null;
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    repeat: event.repeat,
    defaultPrevented: event.defaultPrevented,
    target: {
      tagName: target?.tagName ?? 'BODY',
      type: target instanceof HTMLInputElement ? target.type : undefined,
      editable: target instanceof HTMLElement && target.isContentEditable,
      inDialog: !!target?.closest('dialog[open]'),
    },
  };
}

/** Listens for the live screen's shortcuts on the whole page while it is shown. */
export function useShortcutKeys(registry: ShortcutRegistry, handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const meaning = meaningOf(describe(event));
      if (!meaning) return;
      const h = latest.current;
      if (meaning.type === 'help') {
        event.preventDefault();
        h.help();
      } else if (meaning.type === 'undo') {
        if (h.undo()) event.preventDefault();
      } else {
        event.preventDefault();
        const offer = registry.current(meaning.action);
        if (!h.mayRun()) h.notAllowed(meaning.action);
        else if (offer) {
          h.ran(meaning.action, offer);
          void offer.run();
        } else h.unavailable(meaning.action);
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [registry]);
}
