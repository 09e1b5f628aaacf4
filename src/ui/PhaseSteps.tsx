import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PhaseMachine } from '../domain/phases.ts';
import { Button } from './Button.tsx';

/**
 * The facilitator's phase controls for any kind: where the activity is now, and one button per
 * move its phase machine allows from here. The kind supplies the words and what each move
 * sends; a move into a final phase (closing) is drawn as the secondary button.
 */
export function PhaseSteps<P extends string>(props: {
  machine: PhaseMachine<P>;
  phase: P;
  /** "Nu: schrijven · ronde 2" */
  status: ComponentChildren;
  /** The button text for moving to `to`, e.g. "Deel in de groep". */
  actionLabel: (to: P) => string;
  onMove: (to: P) => Promise<unknown>;
  /** A move that cannot be made yet (say, building before anyone is in a group). */
  disabled?: (to: P) => boolean;
}) {
  const { machine, phase } = props;
  const [busy, setBusy] = useState<P | null>(null);
  async function move(to: P) {
    setBusy(to);
    try {
      await props.onMove(to);
    } finally {
      setBusy(null);
    }
  }
  return (
    <div class="wp-spread wp-console-phase">
      <p>{props.status}</p>
      <div class="wp-row">
        {machine.next(phase).map((to) => (
          <Button
            key={to}
            variant={machine.isFinal(to) || to === 'closed' ? 'secondary' : 'primary'}
            busy={busy === to}
            disabled={props.disabled?.(to) ?? false}
            onClick={() => void move(to)}
          >
            {props.actionLabel(to)}
          </Button>
        ))}
      </div>
    </div>
  );
}
