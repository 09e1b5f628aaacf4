import type { ComponentChildren } from 'preact';

/**
 * Announces `message` to screen readers without moving focus (e.g. "new note from your
 * group"). The region stays in the page; only its text changes.
 */
export function LiveRegion(props: { message: string; assertive?: boolean }) {
  return (
    <div
      class="wp-visually-hidden"
      aria-live={props.assertive ? 'assertive' : 'polite'}
      aria-atomic="true"
    >
      {props.message}
    </div>
  );
}

export function VisuallyHidden(props: { children: ComponentChildren }) {
  return <span class="wp-visually-hidden">{props.children}</span>;
}
