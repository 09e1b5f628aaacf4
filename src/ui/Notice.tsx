import type { ComponentChildren } from 'preact';

/** A message box. Errors are announced at once (`role="alert"`), information politely. */
export function Notice(props: {
  tone?: 'info' | 'error' | 'success';
  title?: ComponentChildren;
  children?: ComponentChildren;
}) {
  const tone = props.tone ?? 'info';
  return (
    <div class={`wp-notice wp-notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {props.title && <p class="wp-notice__title">{props.title}</p>}
      {props.children}
    </div>
  );
}
