import type { JSX } from 'preact';

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

/** A button at least 44 px high, with a visible focus ring. */
export function Button(
  props: JSX.IntrinsicElements['button'] & { variant?: Variant; busy?: boolean },
) {
  const {
    variant = 'primary',
    busy = false,
    class: className,
    type = 'button',
    children,
    disabled,
    ...rest
  } = props;
  return (
    <button
      {...rest}
      type={type}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      class={['wp-button', `wp-button--${variant}`, className].filter(Boolean).join(' ')}
    >
      {children}
    </button>
  );
}
