import type { ComponentChildren } from 'preact';
import { LiveRegion } from './LiveRegion.tsx';

/**
 * An activity's settings in the console, folded away because they are mostly set before the
 * activity starts. `message` ("Instellingen opgeslagen") shows under the form and is read
 * aloud once, so saving is confirmed without moving focus.
 */
export function SettingsDetails(props: {
  summary: string;
  message: string;
  children: ComponentChildren;
}) {
  return (
    <details class="wp-card wp-details">
      <summary>{props.summary}</summary>
      {props.children}
      <p aria-hidden="true">{props.message}</p>
      <LiveRegion message={props.message} />
    </details>
  );
}
