import type { ComponentChildren, JSX } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  readonly label: ComponentChildren;
  readonly hint?: ComponentChildren;
  readonly error?: string | null;
  readonly children: (ids: {
    id: string;
    describedBy: string | undefined;
    invalid: boolean;
  }) => ComponentChildren;
}

/** A labelled form control with an optional hint and error, wired for screen readers. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
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
      {children({ id, describedBy, invalid: !!error })}
      {error && (
        <p id={errorId} class="wp-field__error" role="alert">
          {error}
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

export function TextField({ label, hint, error, ...input }: InputProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          {...input}
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

export function TextArea({ label, hint, error, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea
          {...textarea}
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
