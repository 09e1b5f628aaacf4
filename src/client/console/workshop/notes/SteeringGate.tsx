import './notes.css';
import type { ComponentChildren } from 'preact';

/**
 * Switches off every button and field inside for a note-taker, who may see but not steer (the
 * server refuses their commands anyway; this spares them a refusal per click). A disabled
 * fieldset does that for all descendants at once, and `display: contents` leaves the layout
 * as it was. For everyone else it adds nothing.
 */
export function SteeringGate(props: { readOnly: boolean; children: ComponentChildren }) {
  if (!props.readOnly) return <>{props.children}</>;
  return (
    <fieldset class="wp-steer" disabled>
      {props.children}
    </fieldset>
  );
}
