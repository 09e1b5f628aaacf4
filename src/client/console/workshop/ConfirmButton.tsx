import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../../ui/Button.tsx';
import { useT } from '../../../ui/i18n.tsx';

/**
 * A destructive action asked twice, in place (no modal): the question appears next to the
 * button and focus moves to "yes"; "no" brings focus back. `describedBy` names what the
 * button acts on, for screen readers that hear many "remove" buttons.
 */
export function ConfirmButton(props: {
  label: string;
  question: string;
  describedBy?: string;
  /** Where focus goes when the confirmed removal takes this button away with its row. */
  fallbackFocusId: string;
  onConfirm: () => Promise<unknown>;
}) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return; // no focus jumps on first render
    box.current
      ?.querySelector<HTMLButtonElement>(asking ? '.wp-button--danger' : 'button')
      ?.focus();
  }, [asking]);

  // Unmounting while focus is inside (or was just lost to a disabled button): keep it on the page.
  useEffect(
    () => () => {
      const active = document.activeElement;
      if (active === document.body || (active && box.current?.contains(active))) {
        document.getElementById(props.fallbackFocusId)?.focus();
      }
    },
    [],
  );

  function toggle(next: boolean) {
    moved.current = true;
    setAsking(next);
  }

  if (!asking) {
    return (
      <span ref={box}>
        <Button variant="danger" aria-describedby={props.describedBy} onClick={() => toggle(true)}>
          {props.label}
        </Button>
      </span>
    );
  }
  return (
    <span ref={box} class="wp-console-confirm" role="group" aria-label={props.question}>
      <span>{props.question}</span>
      <Button
        variant="danger"
        busy={busy}
        onClick={async () => {
          setBusy(true);
          await props.onConfirm();
          setBusy(false);
          toggle(false);
        }}
      >
        {t('console.confirm.yes')}
      </Button>
      <Button variant="secondary" onClick={() => toggle(false)}>
        {t('console.confirm.no')}
      </Button>
    </span>
  );
}
