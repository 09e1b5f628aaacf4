import { useEffect, useRef } from 'preact/hooks';
import * as Y from 'yjs';
import { Field } from '../../../../ui/Field.tsx';
import type { PrepField } from '../../prep.ts';
import { minimalChange } from '../../textDiff.ts';
import { LOCAL } from './usePrepDoc.ts';

/** Long enough for a five-minute talk's worth of points, short enough for one update. */
const MAX_CHARS = 2000;

interface Caret {
  readonly start: Y.RelativePosition;
  readonly end: Y.RelativePosition;
  readonly direction: 'forward' | 'backward' | 'none';
}

/**
 * A textarea bound to one Y.Text. The textarea is uncontrolled: on input we apply the minimal
 * change (common prefix and suffix) to the Y.Text; when someone else's change arrives we
 * rewrite the value and put the caret back where it was *in the text* (a Yjs relative
 * position), so typing on while others type never jumps.
 */
export function SharedTextField(props: {
  doc: Y.Doc;
  field: PrepField;
  label: string;
  hint: string;
  onRemoteChange: (field: PrepField) => void;
}) {
  const { doc, field } = props;
  const ref = useRef<HTMLTextAreaElement>(null);
  const onRemote = useRef(props.onRemoteChange);
  onRemote.current = props.onRemoteChange;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const text = doc.getText(field);
    el.value = text.toString();
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
      if (tr.origin === LOCAL) return;
      el.value = text.toString();
      if (caret) {
        const start = Y.createAbsolutePositionFromRelativePosition(caret.start, doc);
        const end = Y.createAbsolutePositionFromRelativePosition(caret.end, doc);
        if (start && end) el.setSelectionRange(start.index, end.index, caret.direction);
      }
      onRemote.current(field);
    };
    doc.on('beforeTransaction', before);
    text.observe(changed);
    return () => {
      doc.off('beforeTransaction', before);
      text.unobserve(changed);
    };
  }, [doc, field]);

  const onInput = () => {
    const el = ref.current;
    if (!el) return;
    const text = doc.getText(field);
    const { at, removed, inserted } = minimalChange(text.toString(), el.value);
    if (removed === 0 && inserted === '') return;
    doc.transact(() => {
      if (removed > 0) text.delete(at, removed);
      if (inserted) text.insert(at, inserted);
    }, LOCAL);
  };

  return (
    <Field label={props.label} hint={props.hint}>
      {({ id, describedBy }) => (
        <textarea
          ref={ref}
          id={id}
          aria-describedby={describedBy}
          class="wp-input wp-textarea wp-pitch-textarea"
          maxLength={MAX_CHARS}
          rows={4}
          onInput={onInput}
        />
      )}
    </Field>
  );
}
