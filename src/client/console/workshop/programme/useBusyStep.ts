import { useRef, useState } from 'preact/hooks';

/**
 * A step behind a button that is busy while it runs. A busy button is disabled, which drops
 * focus to the page: afterwards focus goes back to the first button of `buttons`, so a
 * keyboard user can press on.
 */
export function useBusyStep() {
  const [busy, setBusy] = useState(false);
  const buttons = useRef<HTMLDivElement>(null);
  async function act(step: () => Promise<unknown> | null) {
    setBusy(true);
    await step();
    setBusy(false);
    requestAnimationFrame(() => {
      if (document.activeElement === document.body)
        buttons.current?.querySelector<HTMLButtonElement>('button')?.focus();
    });
  }
  return { busy, buttons, act };
}
