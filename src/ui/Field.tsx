import type { ComponentChildren, JSX } from 'preact';
import { useId } from 'preact/hooks';
import { CharacterCount } from './CharacterCount.tsx';
import { characterLimit, type CharacterLimit } from './characterLimit.ts';

interface FieldProps {
  readonly label: ComponentChildren;
  readonly hint?: ComponentChildren;
  readonly error?: string | null;
  /** A text with a limit: shows the counter and marks the field invalid when over. */
  readonly limit?: CharacterLimit | null;
  readonly children: (ids: {
    id: string;
    describedBy: string | undefined;
    invalid: boolean;
  }) => ComponentChildren;
}

/**
 * A labelled form control with an optional hint, counter and error, wired for screen readers.
 * The counter sits between the control and the error, so what is wrong is read last.
 */
export function Field({ label, hint, error, limit, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const countId = limit ? `${id}-count` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, countId, errorId].filter(Boolean).join(' ') || undefined;
  const over = limit?.stage === 'over';
  return (
    <div class="wp-field">
      <label for={id} class="wp-field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} class="wp-field__hint">
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: !!error || over })}
      {limit && countId && <CharacterCount id={countId} limit={limit} />}
      {error && (
        <p id={errorId} class="wp-field__error" role="alert">
          <bdi>{error}</bdi>
        </p>
      )}
    </div>
  );
}

type InputProps = JSX.IntrinsicElements['input'] & {
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | null;
};

/**
 * The counter for a controlled field with `maxLength`. The native `maxLength` is not set then:
 * it silently cuts off what is pasted, and the person would never know. An uncontrolled field
 * keeps the native limit.
 */
function limitOf(value: unknown, maxLength: unknown): CharacterLimit | null {
  if (typeof value !== 'string' || typeof maxLength !== 'number') return null;
  return characterLimit(value, maxLength);
}

/*
 * Text fields take `dir="auto"`: an Arabic note runs right to left in a Dutch page, and the
 * other way round, as the person types it.
 */
export function TextField({ label, hint, error, maxLength, ...input }: InputProps) {
  const limit = limitOf(input.value, maxLength);
  return (
    <Field label={label} hint={hint} error={error} limit={limit}>
      {({ id, describedBy, invalid }) => (
        <input
          dir="auto"
          {...input}
          maxLength={limit ? undefined : maxLength}
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          class="wp-input"
        />
      )}
    </Field>
  );
}

type TextAreaProps = JSX.IntrinsicElements['textarea'] & {
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | null;
};

export function TextArea({ label, hint, error, maxLength, ...textarea }: TextAreaProps) {
  const limit = limitOf(textarea.value, maxLength);
  return (
    <Field label={label} hint={hint} error={error} limit={limit}>
      {({ id, describedBy, invalid }) => (
        <textarea
          dir="auto"
          {...textarea}
          maxLength={limit ? undefined : maxLength}
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          class="wp-input wp-textarea"
        />
      )}
    </Field>
  );
}

type SelectProps = JSX.IntrinsicElements['select'] & {
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | null;
};

export function Select({ label, hint, error, children, ...select }: SelectProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <select
          {...select}
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          class="wp-input wp-select"
        >
          {children}
        </select>
      )}
    </Field>
  );
}
