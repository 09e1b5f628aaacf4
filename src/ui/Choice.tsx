import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface ChoiceOption<V extends string> {
  readonly value: V;
  readonly label: ComponentChildren;
  readonly description?: ComponentChildren;
}

/** Radio buttons drawn as large cards: easy to hit on a phone, a real radio group for assistive tech. */
export function Choice<V extends string>(props: {
  legend: ComponentChildren;
  name: string;
  options: readonly ChoiceOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  error?: string | null;
  compact?: boolean;
}) {
  const id = useId();
  return (
    <fieldset
      class={props.compact ? 'wp-choice wp-choice--compact' : 'wp-choice'}
      aria-describedby={props.error ? `${id}-error` : undefined}
    >
      <legend class="wp-field__label">{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} class="wp-choice__option">
          <input
            type="radio"
            name={props.name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          <span class="wp-choice__text">
            <span class="wp-choice__label">{option.label}</span>
            {option.description && <span class="wp-choice__description">{option.description}</span>}
          </span>
        </label>
      ))}
      {props.error && (
        <p id={`${id}-error`} class="wp-field__error" role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
