import { useEffect, useId, useRef, useState } from 'preact/hooks';
import * as Y from 'yjs';
import type { ActivityViewProps } from '../activityView.ts';
import { characterLimit } from '../characterLimit.ts';
import { Field } from '../Field.tsx';
import { minimalChange } from './textDiff.ts';
import { LOCAL, type SharedText } from './useSharedText.ts';

interface Caret {
  readonly start: Y.RelativePosition;
  readonly end: Y.RelativePosition;
  readonly direction: 'forward' | 'backward' | 'none';
}

export interface SharedTextFieldProps {
  /** The document, from `useSharedText`. */
  readonly shared: SharedText;
  /** One of the document's fields. */
  readonly field: string;
  readonly label: string;
  readonly hint?: string;
  /** Shown while someone else edits this field, e.g. "Iemand anders past deze tekst nu aan…". */
  readonly othersEditingLabel: string;
  /** The activity's props: the field says when you edit, and hears when others do. */
  readonly presence: Pick<ActivityViewProps, 'signal' | 'othersActive'>;
  /** Someone else's change arrived in this field (e.g. to tell a screen reader, now and then). */
  readonly onRemoteChange?: (field: string) => void;
  /** Extra classes for the textarea. */
  readonly class?: string;
}

/**
 * A textarea bound to one field of a co-edited document. The textarea is uncontrolled: on
 * input we apply the minimal change (common prefix and suffix) to the Y.Text; when someone
 * else's change arrives we rewrite the value and put the caret back where it was *in the text*
 * (a Yjs relative position), so typing on while others type never jumps. Entering the field
 * and typing in it tell the others who write with you "someone else is editing this field" (no
 * name; it fades a few seconds after the last keystroke, or at once when you leave the field).
 */
export function SharedTextField(props: SharedTextFieldProps) {
  const { shared, field } = props;
  const { ydoc } = shared;
  const ref = useRef<HTMLTextAreaElement>(null);
  const othersId = useId();
  const latest = useRef(props);
  latest.current = props;
  const editing = (active: boolean) => latest.current.presence.signal('editing', field, active);
  // What the textarea holds, for the counter. Over the limit it is held here, not sent (the
  // server would refuse it) and not cut off: the person sees by how much and shortens it.
  const [value, setValue] = useState('');
  const held = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const text = ydoc.getText(field);
    el.value = text.toString();
    setValue(el.value);
    let caret: Caret | null = null;
    const before = (tr: Y.Transaction) => {
      caret =
        tr.origin !== LOCAL && document.activeElement === el
          ? {
              start: Y.createRelativePositionFromTypeIndex(text, el.selectionStart),
              end: Y.createRelativePositionFromTypeIndex(text, el.selectionEnd),
              direction: el.selectionDirection,
            }
          : null;
    };
    const changed = (_event: Y.YTextEvent, tr: Y.Transaction) => {
      // While this phone holds a text over the limit, it keeps it on screen; the others'
      // words merge in when it is short enough to send (a minimal change against theirs).
      if (tr.origin === LOCAL || held.current) return;
      el.value = text.toString();
      setValue(el.value);
      if (caret) {
        const start = Y.createAbsolutePositionFromRelativePosition(caret.start, ydoc);
        const end = Y.createAbsolutePositionFromRelativePosition(caret.end, ydoc);
        if (start && end) el.setSelectionRange(start.index, end.index, caret.direction);
      }
      latest.current.onRemoteChange?.(field);
    };
    ydoc.on('beforeTransaction', before);
    text.observe(changed);
    return () => {
      ydoc.off('beforeTransaction', before);
      text.unobserve(changed);
      // Leaving the screen while in the field ends the signal at once, not after its timeout.
      if (document.activeElement === el) editing(false);
    };
  }, [ydoc, field]);

  const onInput = () => {
    const el = ref.current;
    if (!el) return;
    editing(true); // repeated while typing; the host throttles it
    setValue(el.value);
    held.current = el.value.length > shared.maxLength;
    if (held.current) return;
    const text = ydoc.getText(field);
    const { at, removed, inserted } = minimalChange(text.toString(), el.value);
    if (removed === 0 && inserted === '') return;
    ydoc.transact(() => {
      if (removed > 0) text.delete(at, removed);
      if (inserted) text.insert(at, inserted);
    }, LOCAL);
  };

  const othersEditing = props.presence.othersActive('editing', field);
  return (
    <Field
      label={props.label}
      hint={props.hint}
      limit={characterLimit(value, shared.maxLength, { trim: false })}
    >
      {({ id, describedBy, invalid }) => (
        <>
          <textarea
            ref={ref}
            id={id}
            aria-describedby={
              [describedBy, othersEditing ? othersId : null].filter(Boolean).join(' ') || undefined
            }
            class={['wp-input wp-textarea', props.class].filter(Boolean).join(' ')}
            aria-invalid={invalid || undefined}
            dir="auto"
            rows={4}
            onInput={onInput}
            onFocus={() => editing(true)}
            onBlur={() => editing(false)}
          />
          {othersEditing && (
            <p id={othersId} class="wp-field__hint">
              {props.othersEditingLabel}
            </p>
          )}
        </>
      )}
    </Field>
  );
}
