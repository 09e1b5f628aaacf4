import { useState } from 'preact/hooks';
import { Button } from '../../../../ui/Button.tsx';
import { useT } from '../../../../ui/i18n.tsx';

/**
 * "Nu starten", or "Opnieuw starten" for an item that ran before; busy while the server
 * answers. Refused, the button stays but lost focus while disabled; started, it is gone: either
 * way focus goes to the item's title (`describedBy`), so a keyboard user is not left on the page.
 */
export function StartBlockButton(props: {
  startedBefore: boolean;
  describedBy: string;
  start: () => Promise<unknown>;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  async function start() {
    setBusy(true);
    await props.start();
    setBusy(false);
    requestAnimationFrame(() => {
      if (document.activeElement === document.body)
        document.getElementById(props.describedBy)?.focus();
    });
  }
  return (
    <Button
      variant="secondary"
      busy={busy}
      aria-describedby={props.describedBy}
      onClick={() => void start()}
    >
      {props.startedBefore
        ? t('console.programme.block.restart')
        : t('console.programme.block.start')}
    </Button>
  );
}
