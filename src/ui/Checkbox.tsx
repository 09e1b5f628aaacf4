import type { ComponentChildren } from 'preact';

/**
 * A checkbox with its label as one large touch target (the whole line toggles it), for
 * settings and for selecting items to merge.
 */
export function Checkbox(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** The id of the text that says what the box selects, when the label alone does not. */
  describedBy?: string;
  children: ComponentChildren;
}) {
  return (
    <label class="wp-console-check">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {props.children}
    </label>
  );
}
